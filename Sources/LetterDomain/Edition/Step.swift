/// The five steps of the wizard, one per section of the letter form.
///
/// Every edition maps each of its sections onto one of these, so the wizard and
/// validation speak of the same parts whatever the year's wording.
public enum Step: String, Codable, Sendable, CaseIterable, Comparable {
    case purpose
    case commitments
    case contacts
    case reflections
    case agreement

    /// 1-based position, as shown in the step indicator.
    public var number: Int { Step.allCases.firstIndex(of: self)! + 1 }

    /// The short title shown in the step indicator.
    public var title: String {
        switch self {
        case .purpose: "Purpose"
        case .commitments: "Commitments"
        case .contacts: "Contacts"
        case .reflections: "Reflections"
        case .agreement: "Agreement"
        }
    }

    public static func < (lhs: Step, rhs: Step) -> Bool { lhs.number < rhs.number }
}
