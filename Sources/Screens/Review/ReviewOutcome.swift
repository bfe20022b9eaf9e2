/// What became of a reviewer's decision (`ReviewDocument.record`), in words for the
/// reviewer; the review screen and line mode say the same.
public enum ReviewOutcome: Equatable, Sendable {
    /// Written; a thank-you naming the revision.
    case recorded(String)
    /// Refused because the letter was saved after the reviewer read it; it was reloaded.
    case letterChanged(String)
    /// Not written for another reason (a name with control characters, an I/O error, ...).
    case notRecorded(String)

    /// The message, whatever the outcome.
    public var message: String {
        switch self {
        case .recorded(let text), .letterChanged(let text), .notRecorded(let text): text
        }
    }

    /// A short title for a dialog about a refusal.
    public var title: String {
        switch self {
        case .recorded: "Recorded"
        case .letterChanged: "The letter changed"
        case .notRecorded: "Not recorded"
        }
    }
}
