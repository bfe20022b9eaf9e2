/// The address of one field of a letter, as typed on the command line
/// (`superintendent.email`, `contacts[0].title`, `reflections.previous-year`, `actions[1]`, ...).
public enum FieldPath: Hashable, Sendable, CustomStringConvertible {
    /// The three fields of a point of contact.
    public enum ContactPart: String, Sendable, CaseIterable {
        case name, title, email
    }

    case districtName
    case superintendentName
    case superintendentEmail
    /// The contact list as a whole (used by findings about the count).
    case contacts
    case contact(Int, ContactPart)
    case reflection(String)
    /// The points of action as a whole (used by findings about the count).
    case actions
    case action(Int)
    case acknowledgement(String)
    case districtSignatureName
    case districtSignatureTitle
    case districtSignatureDate
    case kdeSignatureName
    case kdeSignatureDate

    /// Parses the text form; the message of the error lists what is accepted.
    public init(parsing text: String) throws(FieldPathError) {
        switch text {
        case "district.name": self = .districtName
        case "superintendent.name": self = .superintendentName
        case "superintendent.email": self = .superintendentEmail
        case "signatures.district.name": self = .districtSignatureName
        case "signatures.district.title": self = .districtSignatureTitle
        case "signatures.district.date": self = .districtSignatureDate
        case "signatures.kde.name": self = .kdeSignatureName
        case "signatures.kde.date": self = .kdeSignatureDate
        // The lists as a whole, as findings name them; `set` asks for one entry.
        case "contacts": self = .contacts
        case "actions": self = .actions
        default:
            if let rest = text.dropPrefix("reflections."), !rest.isEmpty {
                self = .reflection(rest)
            } else if let rest = text.dropPrefix("acknowledgements."), !rest.isEmpty {
                self = .acknowledgement(rest)
            } else if let rest = text.dropPrefix("actions["), let (index, tail) = Self.index(rest), tail.isEmpty {
                self = .action(index)
            } else if let rest = text.dropPrefix("contacts["), let (index, tail) = Self.index(rest),
                      let partName = tail.dropPrefix("."), let part = ContactPart(rawValue: partName) {
                self = .contact(index, part)
            } else {
                throw FieldPathError(path: text)
            }
        }
    }

    /// Reads `12]rest` into (12, "rest").
    private static func index(_ text: String) -> (Int, String)? {
        guard let close = text.firstIndex(of: "]") else { return nil }
        let digits = text[..<close]
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { return nil }
        return (value, String(text[text.index(after: close)...]))
    }

    public var description: String {
        switch self {
        case .districtName: "district.name"
        case .superintendentName: "superintendent.name"
        case .superintendentEmail: "superintendent.email"
        case .contacts: "contacts"
        case .contact(let i, let part): "contacts[\(i)].\(part.rawValue)"
        case .reflection(let id): "reflections.\(id)"
        case .actions: "actions"
        case .action(let i): "actions[\(i)]"
        case .acknowledgement(let id): "acknowledgements.\(id)"
        case .districtSignatureName: "signatures.district.name"
        case .districtSignatureTitle: "signatures.district.title"
        case .districtSignatureDate: "signatures.district.date"
        case .kdeSignatureName: "signatures.kde.name"
        case .kdeSignatureDate: "signatures.kde.date"
        }
    }

    /// The wizard step where the field is edited.
    public var step: Step {
        switch self {
        case .districtName, .superintendentName, .superintendentEmail, .contacts, .contact: .contacts
        case .reflection, .actions, .action: .reflections
        case .acknowledgement: .commitments
        case .districtSignatureName, .districtSignatureTitle, .districtSignatureDate, .kdeSignatureName, .kdeSignatureDate: .agreement
        }
    }

    /// The form's own words for the field, for labels and messages.
    public var label: String {
        switch self {
        case .districtName: "District name"
        case .superintendentName: "Superintendent name"
        case .superintendentEmail: "Superintendent email"
        case .contacts: "Points of contact"
        case .contact(let i, let part): "Point of contact \(i + 1) \(part.rawValue)"
        case .reflection(let id): "Answer to \"\(id)\""
        case .actions: "Points of action"
        case .action(let i): "Point of action \(i + 1)"
        case .acknowledgement(let id): "Acknowledgement of \"\(id)\""
        case .districtSignatureName: "District signatory name"
        case .districtSignatureTitle: "District signatory title"
        case .districtSignatureDate: "District signature date"
        case .kdeSignatureName: "KDE designee name"
        case .kdeSignatureDate: "KDE signature date"
        }
    }

    /// Longest question quoted in a label before it is shortened (with an ellipsis).
    public static let quotedLabelLimit = 50

    /// The field as the form of `edition` words it, for messages a person reads: an answer by its
    /// question and an acknowledgement by its commitment, each quoted and shortened with an
    /// ellipsis past `quotedLabelLimit` characters; every other field as `label`. A prompt or
    /// commitment the edition does not have keeps the id (`label`).
    public func label(in edition: Edition) -> String {
        switch self {
        case .reflection(let id):
            guard let prompt = edition.prompts.first(where: { $0.id == id }) else { return label }
            return "Answer to \"\(prompt.text.collapsingWhitespace.shortened(to: Self.quotedLabelLimit))\""
        case .acknowledgement(let id):
            guard let item = edition.expectations.first(where: { $0.id == id }) else { return label }
            return "Acknowledgement of \"\((item.title ?? item.text).collapsingWhitespace.shortened(to: Self.quotedLabelLimit))\""
        default:
            return label
        }
    }

    /// Every field a letter on `edition` has, in form order (for listings and line mode).
    public static func all(for letter: Letter, edition: Edition) -> [FieldPath] {
        var paths: [FieldPath] = edition.expectations.map { .acknowledgement($0.id) }
        paths += [.districtName, .superintendentName, .superintendentEmail]
        for i in letter.contacts.indices { paths += ContactPart.allCases.map { .contact(i, $0) } }
        for prompt in edition.prompts {
            switch prompt.answer {
            case .text: paths.append(.reflection(prompt.id))
            case .points: paths += letter.actions.indices.map { .action($0) }
            }
        }
        paths += [.districtSignatureName, .districtSignatureTitle, .districtSignatureDate, .kdeSignatureName, .kdeSignatureDate]
        return paths
    }
}

/// A field path that names no field.
public struct FieldPathError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var description: String {
        "unknown field \"\(path)\"; fields are district.name, superintendent.name, superintendent.email, "
            + "contacts[N].name|title|email, reflections.<prompt-id>, actions[N], acknowledgements.<expectation-id>, "
            + "signatures.district.name|title|date, signatures.kde.name|date"
    }
}

extension String {
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
