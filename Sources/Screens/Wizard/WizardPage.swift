import LetterDomain

/// A page of the wizard: one of the five steps of the form, or the final review.
public enum WizardPage: Hashable, Sendable {
    case step(Step)
    case review

    /// All pages in order.
    public static let all: [WizardPage] = Step.allCases.map(WizardPage.step) + [.review]

    var index: Int { WizardPage.all.firstIndex(of: self)! }

    var next: WizardPage? { index + 1 < WizardPage.all.count ? WizardPage.all[index + 1] : nil }
    var previous: WizardPage? { index > 0 ? WizardPage.all[index - 1] : nil }

    var title: String {
        switch self {
        case .step(let step): step.title
        case .review: "Review"
        }
    }
}
