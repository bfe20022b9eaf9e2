import LetterDomain

/// The things that can have focus on a wizard page, in Tab order.
enum WizardControl: Equatable, Hashable, Sendable {
    /// The read-only text of the page (purpose, commitments, the rendered letter).
    case reading
    /// The district's acknowledgement of each member commitment.
    case acknowledgements
    /// A one-line field.
    case field(FieldPath)
    /// A multi-line answer.
    case area(FieldPath)
    case addContact
    case removeContact(Int)
    case addPoint
    case removePoint(Int)
    /// The list of findings on the review page.
    case findings

    /// The field a control edits, if any.
    var field: FieldPath? {
        switch self {
        case .field(let path), .area(let path): path
        default: nil
        }
    }

    var isTextInput: Bool { field != nil }
}
