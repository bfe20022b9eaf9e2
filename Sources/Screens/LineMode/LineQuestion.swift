import LetterDomain

/// One question of line mode: the same fields as the wizard, asked one at a time.
enum LineQuestion: Equatable {
    /// Read-only text of a step (purpose, commitments), shown once.
    case read(Step, String)
    /// A yes/no acknowledgement of a member commitment.
    case acknowledge(ListItem)
    /// A one-line field.
    case field(FieldPath)
    /// A free-text answer of one or more paragraphs.
    case answer(ReflectionPrompt)
    /// A point of action (1-based number shown).
    case point(Int)
    /// Whether to add another point of contact.
    case addContact
    /// Whether to add a third point of action.
    case addPoint

    var step: Step {
        switch self {
        case .read(let step, _): step
        case .acknowledge: .commitments
        case .field(let path): path.step
        case .answer, .point, .addPoint: .reflections
        case .addContact: .contacts
        }
    }

    /// The questions for a letter, in form order; rebuilt after each answer because
    /// adding a contact or a point adds questions.
    static func all(for letter: Letter, edition: Edition, points: Int) -> [LineQuestion] {
        var out: [LineQuestion] = [.read(.purpose, FormText.purpose(of: edition, district: letter.district.name))]
        out.append(.read(.commitments, FormText.commitments(of: edition)))
        out += edition.expectations.map(LineQuestion.acknowledge)
        out += [.field(.districtName), .field(.superintendentName), .field(.superintendentEmail)]
        for i in letter.contacts.indices {
            out += FieldPath.ContactPart.allCases.map { .field(.contact(i, $0)) }
        }
        out.append(.addContact)
        for prompt in edition.prompts {
            switch prompt.answer {
            case .text: out.append(.answer(prompt))
            case .points:
                out += (0..<points).map(LineQuestion.point)
                if points < FieldLimits.points.upperBound { out.append(.addPoint) }
            }
        }
        out += [.field(.districtSignatureName), .field(.districtSignatureTitle), .field(.districtSignatureDate),
                .field(.kdeSignatureName), .field(.kdeSignatureDate)]
        return out
    }

    /// What a valid answer looks like, said with every prompt.
    var expects: String {
        switch self {
        case .read: "Press Enter to go on."
        case .acknowledge, .addContact, .addPoint: "Answer yes or no."
        case .answer: "Type the answer; paragraphs are kept. End it with a line holding only a period (.)."
        case .point: "One point of action, one line; 2 to 3 points in all."
        case .field(let path):
            switch path {
            case .superintendentEmail, .contact(_, .email): "An email address, such as name@district.kyschools.us."
            case .districtSignatureDate, .kdeSignatureDate: "A date such as 2022-08-18 or 8/18/2022; a single dash (-) clears it."
            default: "One line, up to \(FieldLimits.name) characters."
            }
        }
    }
}
