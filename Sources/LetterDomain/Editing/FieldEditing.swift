/// Why a value could not be put into a field.
public struct FieldEditError: Error, Equatable, Sendable, CustomStringConvertible {
    public var field: FieldPath
    public var reason: String
    public var description: String { "cannot set \(field): \(reason)" }
}

extension Letter {
    /// The field's current value as text ("" when empty; "true"/"false" for acknowledgements).
    public func value(at path: FieldPath) -> String {
        switch path {
        case .districtName: return district.name
        case .superintendentName: return superintendent.name
        case .superintendentEmail: return superintendent.email
        case .contacts: return contacts.map { "\($0.name), \($0.title), \($0.email)" }.joined(separator: "\n")
        case .contact(let i, let part):
            guard contacts.indices.contains(i) else { return "" }
            switch part {
            case .name: return contacts[i].name
            case .title: return contacts[i].title
            case .email: return contacts[i].email
            }
        case .reflection(let id): return reflections[id] ?? ""
        case .actions: return actions.joined(separator: "\n")
        case .action(let i): return actions.indices.contains(i) ? actions[i] : ""
        case .acknowledgement(let id): return isAcknowledged(id) ? "true" : "false"
        case .districtSignatureName: return signatures.district.name
        case .districtSignatureTitle: return signatures.district.title
        case .districtSignatureDate: return signatures.district.date?.description ?? ""
        case .kdeSignatureName: return signatures.kde.name
        case .kdeSignatureDate: return signatures.kde.date?.description ?? ""
        }
    }

    /// Sets one field from text.
    ///
    /// `contacts[N]` and `actions[N]` with N equal to the count append a new entry;
    /// an empty value for `actions[N]` removes that point. Dates take `2022-08-18`
    /// or `8/18/2022`; an empty date clears it. Acknowledgements take true/false/yes/no.
    public mutating func set(_ path: FieldPath, to value: String, edition: Edition) throws(FieldEditError) {
        switch path {
        case .districtName: district.name = value
        case .superintendentName: superintendent.name = value
        case .superintendentEmail: superintendent.email = value.trimmed
        case .contacts, .actions:
            throw FieldEditError(field: path, reason: "name one entry, such as \(path)[0]")
        case .contact(let i, let part):
            guard i <= contacts.count else {
                throw FieldEditError(field: path, reason: "there are \(contacts.count) contacts; use an index from 0 to \(contacts.count)")
            }
            if i == contacts.count { contacts.append(Contact()) }
            switch part {
            case .name: contacts[i].name = value
            case .title: contacts[i].title = value
            case .email: contacts[i].email = value.trimmed
            }
        case .reflection(let id):
            guard let prompt = edition.prompts.first(where: { $0.id == id }) else {
                throw FieldEditError(field: path, reason: "edition \(edition.id) has no prompt \"\(id)\"; its prompts are \(edition.prompts.map(\.id).joined(separator: ", "))")
            }
            guard prompt.answer == .text else {
                throw FieldEditError(field: path, reason: "this prompt takes points of action: set actions[0], actions[1], ...")
            }
            reflections[id] = value
        case .action(let i):
            guard edition.pointsPrompt != nil else {
                throw FieldEditError(field: path, reason: "edition \(edition.id) asks for no points of action")
            }
            guard i <= actions.count else {
                throw FieldEditError(field: path, reason: "there are \(actions.count) points of action; use an index from 0 to \(actions.count)")
            }
            if value.trimmed.isEmpty {
                if i < actions.count { actions.remove(at: i) }
            } else if i == actions.count {
                actions.append(value)
            } else {
                actions[i] = value
            }
        case .acknowledgement(let id):
            guard edition.expectations.contains(where: { $0.id == id }) else {
                throw FieldEditError(field: path, reason: "edition \(edition.id) has no expectation \"\(id)\"; its expectations are \(edition.expectations.map(\.id).joined(separator: ", "))")
            }
            switch value.trimmed.lowercased() {
            case "true", "yes", "y", "1", "x": acknowledgements[id] = true
            case "false", "no", "n", "0", "": acknowledgements[id] = false
            default: throw FieldEditError(field: path, reason: "expected true or false")
            }
        case .districtSignatureName: signatures.district.name = value
        case .districtSignatureTitle: signatures.district.title = value
        case .districtSignatureDate: signatures.district.date = try Self.date(value, path)
        case .kdeSignatureName: signatures.kde.name = value
        case .kdeSignatureDate: signatures.kde.date = try Self.date(value, path)
        }
    }

    private static func date(_ value: String, _ path: FieldPath) throws(FieldEditError) -> CalendarDate? {
        if value.trimmed.isEmpty { return nil }
        do { return try CalendarDate(parsing: value) } catch {
            throw FieldEditError(field: path, reason: error.description)
        }
    }
}
