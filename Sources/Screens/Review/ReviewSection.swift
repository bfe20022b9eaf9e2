import LetterDomain

/// The pages of the review screen: the five sections of the form, then the decision page
/// (status, open findings, the reviews so far, other years).
public enum ReviewSection: Equatable, Sendable {
    case step(Step)
    case decision

    /// In the order PgDn visits them.
    public static let all: [ReviewSection] = Step.allCases.map(ReviewSection.step) + [.decision]

    /// Position in `all`.
    public var index: Int { Self.all.firstIndex(of: self)! }

    /// The title in the step indicator.
    public var title: String {
        switch self {
        case .step(let step): step.title
        case .decision: "Decide"
        }
    }
}
