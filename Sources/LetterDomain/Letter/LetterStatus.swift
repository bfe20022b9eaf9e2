/// Where a letter stands in its yearly life.
///
/// Stored as its raw string; later versions may add cases, which is why letters
/// carry a `schemaVersion`.
public enum LetterStatus: String, Codable, Sendable, CaseIterable {
    /// Being filled in by the program manager.
    case draft
    /// Sent to the district for review.
    case inReview = "in-review"
    /// Approved by the district.
    case approved
    /// The district asked for changes.
    case changesRequested = "changes-requested"
    /// Signed by the district superintendent or designee.
    case signed
    /// Countersigned by KDE: in force.
    case active
    /// Its effective period is over.
    case expired
    /// Ended early by written notice.
    case terminated

    /// The word shown to people.
    public var label: String {
        switch self {
        case .draft: "draft"
        case .inReview: "in review"
        case .approved: "approved"
        case .changesRequested: "changes requested"
        case .signed: "signed"
        case .active: "active"
        case .expired: "expired"
        case .terminated: "terminated"
        }
    }
}
