/// What an export or print of a letter that is not in force says about itself, on every
/// page: a letter that is not `active` must never pass for an agreement.
///
/// A blank form (no letter) is not marked, and neither is an `active` letter: that one is
/// the agreement both parties signed.
public struct LetterMarking: Equatable, Sendable {
    /// The marking in capitals: "DRAFT", "APPROVED – NOT SIGNED", "EXPIRED".
    public let headline: String
    /// What that means for the agreement: "not signed; not in force".
    public let detail: String

    /// The marking of a letter in `status`; nil for `active`, the one status that is in force.
    public init?(status: LetterStatus) {
        switch status {
        case .draft: (headline, detail) = ("DRAFT", "not signed; not in force")
        case .inReview: (headline, detail) = ("IN REVIEW", "with the district for review; not signed; not in force")
        case .changesRequested: (headline, detail) = ("CHANGES REQUESTED", "the district asked for changes; not signed; not in force")
        case .approved: (headline, detail) = ("APPROVED – NOT SIGNED", "approved by the district; not in force until both parties have signed")
        case .signed: (headline, detail) = ("SIGNED – NOT COUNTERSIGNED", "signed by the district; not in force until KDE countersigns")
        case .active: return nil
        case .expired: (headline, detail) = ("EXPIRED", "its effective period is over; no longer in force")
        case .terminated: (headline, detail) = ("TERMINATED", "ended by written notice; no longer in force")
        }
    }

    /// The marking of a letter as laid out; nil for a blank form or an active letter. A
    /// decision KDE recorded (e-mail, phone, paper) says so, never passing for an SSH review.
    public init?(_ layout: FormLayout) {
        guard let letter = layout.letter, let base = LetterMarking(status: letter.status) else { return nil }
        headline = base.headline
        if let recorded = letter.standingRecordedDecision {
            detail = base.detail + "; the decision came \(recorded.channel.phrase) from \(recorded.person) on \(recorded.date), recorded by KDE"
        } else {
            detail = base.detail
        }
    }

    /// "DRAFT — not signed; not in force": one line, for text, Markdown and the HTML banner.
    public var line: String { "\(headline) — \(detail)" }
}
