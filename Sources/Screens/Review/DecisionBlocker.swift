import LetterDomain

/// Why a reviewer cannot approve or request changes right now.
public enum DecisionBlocker: Equatable, Sendable {
    /// There is no letter to review (none yet, or it cannot be read).
    case noLetter
    /// Only a letter in review can be decided on.
    case notInReview(LetterStatus)

    /// The explanation, the same on the review screen and in line mode.
    public var message: String {
        switch self {
        case .noLetter: "There is no letter to review."
        case .notInReview(let status): "This letter is \(status.label), not in review: there is nothing to approve or send back now."
        }
    }
}
