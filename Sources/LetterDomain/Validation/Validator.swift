/// Checks a letter against its edition and says what is left to do.
///
/// Validation never blocks saving a draft; it blocks signing (the workflow decides).
public struct Validator: Sendable {
    public let edition: Edition

    public init(edition: Edition) {
        self.edition = edition
    }

    /// All findings, in form order.
    public func findings(for letter: Letter) -> [Finding] {
        var out: [Finding] = []
        out += commitments(letter)
        out += contacts(letter)
        out += reflections(letter)
        out += agreement(letter)
        return out.sorted { $0.step < $1.step }
    }

    /// Findings for one field only (what `kyiln set` prints and the wizard shows on leaving a field).
    public func findings(for letter: Letter, field: FieldPath) -> [Finding] {
        findings(for: letter).filter { $0.field == field }
    }

    private func commitments(_ letter: Letter) -> [Finding] {
        edition.expectations.filter { !letter.isAcknowledged($0.id) }.map {
            Finding(field: .acknowledgement($0.id), message: "The district has not acknowledged this commitment: \"\(($0.title ?? $0.text).shortened(to: 60))\"")
        }
    }

    private func contacts(_ letter: Letter) -> [Finding] {
        var out = required(letter.district.name, .districtName, limit: FieldLimits.name)
        // What the form does not ask for is not required (the 2015-2016 form has no
        // contact section); what was typed anyway is still checked.
        let asksSuperintendent = edition.asks(.superintendent)
        let asksContacts = edition.asks(.contacts)
        if asksSuperintendent || !letter.superintendent.name.trimmed.isEmpty {
            out += required(letter.superintendent.name, .superintendentName, limit: FieldLimits.name)
        }
        if asksSuperintendent || !letter.superintendent.email.trimmed.isEmpty {
            out += email(letter.superintendent.email, .superintendentEmail)
        }
        let filled = letter.contacts.enumerated().filter { !$0.element.isEmpty }
        if filled.isEmpty && asksContacts {
            out.append(Finding(field: .contact(0, .name), message: "At least one point of contact is required"))
        }
        for (i, contact) in filled {
            out += required(contact.name, .contact(i, .name), limit: FieldLimits.name)
            out += required(contact.title, .contact(i, .title), limit: FieldLimits.name)
            out += email(contact.email, .contact(i, .email))
        }
        return out
    }

    private func reflections(_ letter: Letter) -> [Finding] {
        var out: [Finding] = []
        for prompt in edition.prompts {
            switch prompt.answer {
            case .text:
                out += required(letter.answer(to: prompt.id), .reflection(prompt.id), limit: FieldLimits.answer)
            case .points:
                for (i, point) in letter.actions.enumerated() {
                    out += required(point, .action(i), limit: FieldLimits.point)
                }
                let count = letter.actions.filter { !$0.trimmed.isEmpty }.count
                if count < FieldLimits.points.lowerBound {
                    out.append(Finding(field: .actions, message: "Name at least \(FieldLimits.points.lowerBound) points of action (\(count) so far)"))
                } else if count > FieldLimits.points.upperBound {
                    out.append(Finding(field: .actions, message: "Name at most \(FieldLimits.points.upperBound) points of action (\(count) now)"))
                }
            }
        }
        let known = Set(edition.prompts.map(\.id))
        for id in letter.reflections.keys.sorted() where !known.contains(id) {
            out.append(Finding(field: .reflection(id), message: "Edition \(edition.id) has no prompt \"\(id)\"; this answer is not printed", severity: .warning))
        }
        return out
    }

    private func agreement(_ letter: Letter) -> [Finding] {
        var out: [Finding] = []
        let district = letter.signatures.district, kde = letter.signatures.kde
        let mustBeSigned: Set<LetterStatus> = [.signed, .active, .expired, .terminated]
        let mustBeCountersigned: Set<LetterStatus> = [.active, .expired]
        if district.date != nil || mustBeSigned.contains(letter.status) {
            out += required(district.name, .districtSignatureName, limit: FieldLimits.name)
            out += required(district.title, .districtSignatureTitle, limit: FieldLimits.name)
            if district.date == nil {
                out.append(Finding(field: .districtSignatureDate, message: "The district's signature date is required once the letter is signed"))
            }
        } else {
            out += tooLong(district.name, .districtSignatureName, limit: FieldLimits.name)
            out += tooLong(district.title, .districtSignatureTitle, limit: FieldLimits.name)
        }
        if edition.effectivePeriod == .schoolYear, let signedOn = letter.signatures.completedOn, signedOn > letter.schoolYear.lastDay {
            out.append(Finding(field: letter.signatures.kde.date == signedOn ? .kdeSignatureDate : .districtSignatureDate,
                               message: "Signed on \(signedOn), after the \(letter.schoolYear) school year ended (\(letter.schoolYear.lastDay)): the letter would never be in force",
                               severity: .warning))
        }
        if kde.date == nil && !mustBeCountersigned.contains(letter.status) {
            // Not countersigned yet: a name typed is still kept whole, and one over the limit said so.
            out += tooLong(kde.name, .kdeSignatureName, limit: FieldLimits.name)
        }
        if kde.date != nil || mustBeCountersigned.contains(letter.status) {
            if kde.name.trimmed.isEmpty && edition.kdeDesignee.name == nil {
                out.append(Finding(field: .kdeSignatureName, message: "KDE designee name is required"))
            }
            out += tooLong(kde.name, .kdeSignatureName, limit: FieldLimits.name)
            guard let kdeDate = kde.date else {
                out.append(Finding(field: .kdeSignatureDate, message: "KDE's signature date is required once the letter is countersigned"))
                return out
            }
            if let districtDate = district.date {
                if kdeDate < districtDate {
                    out.append(Finding(field: .kdeSignatureDate, message: "KDE's date (\(kdeDate)) cannot be before the district's (\(districtDate))"))
                }
            } else {
                out.append(Finding(field: .kdeSignatureDate, message: "KDE countersigns after the district: enter the district's signature date first"))
            }
        }
        return out
    }

    private func required(_ value: String, _ field: FieldPath, limit: Int) -> [Finding] {
        if value.trimmed.isEmpty { return [Finding(field: field, message: "\(field.label(in: edition)) is required")] }
        return tooLong(value, field, limit: limit)
    }

    private func tooLong(_ value: String, _ field: FieldPath, limit: Int) -> [Finding] {
        value.count > limit ? [Finding(field: field, message: "\(field.label(in: edition)) is too long (\(value.count) characters; at most \(limit))")] : []
    }

    private func email(_ value: String, _ field: FieldPath) -> [Finding] {
        if value.trimmed.isEmpty { return [Finding(field: field, message: "\(field.label(in: edition)) is required")] }
        if value.count > FieldLimits.email { return tooLong(value, field, limit: FieldLimits.email) }
        if let problem = EmailAddress.problem(with: value) {
            return [Finding(field: field, message: "\(field.label(in: edition)) \"\(value.shortened(to: 40))\" is not an email address: \(problem)")]
        }
        return []
    }
}
