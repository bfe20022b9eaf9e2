import LetterDomain

/// Why a review could not be recorded or read, in words a reviewer can act on.
public enum ReviewError: Error, Sendable, CustomStringConvertible {
    /// The letter was saved after the reviewer opened it; `current` is the letter now.
    case letterChanged(readRevision: Int, current: Letter)
    /// Only a letter in review can be approved or sent back.
    case notInReview(LetterStatus)
    /// The workflow refused the review (no name typed, no comment on a request for changes).
    case refused(TransitionError)
    /// A name, comment or fingerprint that cannot be recorded as it is.
    case invalid(field: String, reason: String)
    /// The store could not be read or written.
    case store(StoreError)
    /// Another process held the reviews lock for `seconds`; nothing was recorded.
    case busy(lockPath: String, seconds: Int)

    public var description: String {
        switch self {
        case .letterChanged(let read, let current):
            "the letter was changed by \(current.updatedBy) at \(Timestamp.format(current.updatedAt)) after you opened it "
                + "(you read revision \(read); it is now at revision \(current.revision)); nothing was recorded"
        case .notInReview(let status):
            "the letter is \(status.label), not in review: only a letter sent for review can be approved or sent back"
        case .refused(let error):
            error.description
        case .invalid(let field, let reason):
            "the \(field) \(reason)"
        case .store(let error):
            error.description
        case .busy(let path, let seconds):
            "another review or access change held the reviews lock (\(path)) for more than \(seconds) seconds; "
                + "nothing was recorded: try again in a moment, and if it persists ask the program manager"
        }
    }
}
