import LetterDomain
import LetterStore
import FoundationEssentials

/// What a save (or a transition, which saves) came to.
public enum SaveOutcome: Sendable {
    /// Stored as a new revision.
    case saved(SavedLetter)
    /// Nothing differed from the stored letter: nothing was written. Values that could not be
    /// stored are listed (a typed signature date after today, say).
    case unchanged(unstored: [UnstoredValue])
    /// Someone saved the letter since it was read; nothing was written.
    case conflict(SaveConflict)
    /// The save would undo a district's decision (an approved letter whose content changed goes
    /// back to review): nothing was written; save again with the confirmation to go ahead.
    case confirmationNeeded(DistrictDecision)
}

/// A letter just stored, and what the person should be told about it.
public struct SavedLetter: Sendable {
    /// The letter as stored (with its new revision).
    public var letter: Letter
    /// Typed values that were not stored (the stored value of each field was kept).
    public var unstored: [UnstoredValue]
    /// The district decision this save undid, if it sent an approved letter back to review.
    public var reopened: DistrictDecision?
}

/// A typed value that was not stored (the stored value of its field was kept), with the field
/// named as the form names it: a signature date after today, or, in the wizard, a date that is
/// not a date.
public struct UnstoredValue: Sendable, Equatable {
    public var field: FieldPath
    /// The field as the person knows it ("KDE date"; by default `field.label`).
    public var label: String
    /// What was typed.
    public var typed: String
    /// Why it was not stored ("month 12 of 2026 has no day 32").
    public var reason: String

    public init(field: FieldPath, label: String? = nil, typed: String, reason: String) {
        self.field = field
        self.label = label ?? field.label
        self.typed = typed
        self.reason = reason
    }

    /// `KDE date not saved: month 12 of 2026 has no day 32`.
    public var message: String { "\(label) not saved: \(reason)" }
}

/// A district's decision on a letter, as its history records it.
public struct DistrictDecision: Sendable, Equatable {
    /// `approved` or `changes-requested`.
    public var status: LetterStatus
    /// The reviewer's name (and key fingerprint), or "the district" when no review is recorded.
    public var by: String
    /// When it was decided (nil for letters from before reviews were recorded).
    public var at: Date?
    /// The revision the district decided on.
    public var revision: Int

    /// The decision behind a letter's current status.
    static func of(_ letter: Letter) -> DistrictDecision {
        let entry = letter.history.last { $0.action == .reviewed && $0.toStatus == letter.status }
        // A decision KDE recorded names the district's person and how it came, not the KDE user.
        let by = entry?.recorded.map { "\($0.person) (\($0.channel.phrase), recorded by KDE)" } ?? entry?.by
        return DistrictDecision(status: letter.status, by: by ?? "the district", at: entry?.at, revision: letter.revision)
    }
}
