import FoundationEssentials

/// One line of a letter's history: when, who, what.
public struct HistoryEntry: Codable, Sendable, Equatable {
    /// What happened.
    public enum Action: String, Codable, Sendable {
        case created
        case saved
        case transition
        case reviewed
        case imported
        case replaced
        case rolledOver = "rolled-over"
        /// Moved to the store's trash (never a signed letter).
        case deleted
        /// Brought back from the trash.
        case restored
        /// Moved onto another edition of the form.
        case editionChanged = "edition-changed"
        /// A message about the letter was sent to its district (`kyiln mail`); the letter
        /// itself did not change. The note says which message, to whom, and its Message-ID.
        case mailed
    }

    public var at: Date
    /// The local user name, or the reviewer's name and key fingerprint.
    public var by: String
    public var action: Action
    /// For transitions: the status before and after.
    public var fromStatus: LetterStatus?
    public var toStatus: LetterStatus?
    /// The fields that changed, with old and new values shortened.
    public var changes: [FieldChange]
    /// A free note (transition note, review comment, import source).
    public var note: String?
    /// Set on a `reviewed` entry the program manager recorded for a decision that came by
    /// e-mail, phone or paper (`by` is then the KDE user, never the district).
    public var recorded: RecordedDecision?

    public init(at: Date, by: String, action: Action, fromStatus: LetterStatus? = nil, toStatus: LetterStatus? = nil,
                changes: [FieldChange] = [], note: String? = nil, recorded: RecordedDecision? = nil) {
        self.at = at
        self.by = by
        self.action = action
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.changes = changes
        self.note = note
        self.recorded = recorded
    }
}

/// A field's value before and after a save, shortened for the history.
public struct FieldChange: Codable, Sendable, Equatable {
    public var field: String
    public var old: String
    public var new: String

    /// Longest value kept in the history; the letter itself holds the full text.
    public static let valueLimit = 80

    public init(field: String, old: String, new: String) {
        self.field = field
        self.old = old.collapsingWhitespace.shortened(to: FieldChange.valueLimit)
        self.new = new.collapsingWhitespace.shortened(to: FieldChange.valueLimit)
    }

    /// The changes between two versions of a letter, less those that a history entry added
    /// since `old` already records (same field, same new value): one action, one entry. A status
    /// change that sets a date records the date in its own entry, so the save that stores it adds
    /// no second line for the same date.
    public static func between(_ old: Letter, _ new: Letter) -> [FieldChange] {
        let recorded = Set(addedEntries(old, new).flatMap(\.changes).map { RecordedValue(field: $0.field, new: $0.new) })
        return new.differingFields(from: old)
            .map { FieldChange(field: $0.description, old: old.value(at: $0), new: new.value(at: $0)) }
            .filter { !recorded.contains(RecordedValue(field: $0.field, new: $0.new)) }
    }

    /// The entries `new` has after the ones `old` has. Counted, not compared: a history read back
    /// from a file has its times to the second, the one in memory to the fraction.
    private static func addedEntries(_ old: Letter, _ new: Letter) -> ArraySlice<HistoryEntry> {
        new.history.dropFirst(old.history.count)
    }

    private struct RecordedValue: Hashable {
        var field: String
        var new: String
    }
}
