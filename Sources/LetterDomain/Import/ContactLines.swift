/// Reads the superintendent and the points of contact out of the lines found for them,
/// in the layouts people use: `name/title/email`, commas, tabs, a table row per person
/// (or a header row of "Name | Title | Email"), two people on one line, a person over
/// two or three lines, honorifics and suffixes ("Dr.", ", Jr."), and labels typed before
/// the name ("Superintendent: Dr. ..."). Any line it cannot split for certain leaves the
/// whole field empty and is reported: a list of contacts with one missing is not the list.
enum ContactLines {
    /// Name suffixes that follow a comma without being a title.
    static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "phd", "ph.d.", "ed.d.", "edd", "esq."]
    /// Labels people type before a value, and words of table header rows.
    static let labels: Set<String> = ["superintendent", "supt", "supt.", "name", "email", "e-mail", "email address", "title", "position",
                                      "contact", "point of contact", "poc", "name and email", "role"]

    /// The text without a label typed before it ("Superintendent: Dr. Jo Ray" -> "Dr. Jo Ray").
    static func withoutLabel(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        let head = ImportText.key(String(text[..<colon]))
        return labels.contains(head) ? String(text[text.index(after: colon)...]).trimmed : text
    }

    static func superintendent(_ lines: [ImportLine], _ report: inout ImportReport) {
        let parts = lines.flatMap { line in
            if case .tableRow(let cells) = line.structure { return cells.filter { !$0.trimmed.isEmpty } }
            return [line.clean]
        }
        let text = withoutLabel(parts.joined(separator: " ").trimmed)
        let source = "line \(lines[0].number)"
        let (name, email, problem) = ImportFields.nameAndEmail(text)
        if let problem {
            report.unplaced.append(UnplacedText(line: lines[0].number, text: text, reason: problem))
            return
        }
        if let name {
            let clean = withoutLabel(name)
            guard clean.contains(where: \.isLetter), !clean.contains("@") else {
                report.unplaced.append(UnplacedText(line: lines[0].number, text: text, reason: "which words are the superintendent's name is unclear"))
                return
            }
            report.superintendent.name = clean
            report.found.append(ImportedField(field: .superintendentName, value: clean, source: source))
        }
        if let email {
            report.superintendent.email = email
            report.found.append(ImportedField(field: .superintendentEmail, value: email, source: source))
            if let problem = EmailAddress.problem(with: email) {
                report.unplaced.append(UnplacedText(line: lines[0].number, text: email, reason: "kept as written, but it is not a valid address: \(problem)"))
            }
        }
    }

    /// All the contacts, or none and a report of the lines that were unclear.
    static func contacts(_ lines: [ImportLine], _ report: inout ImportReport) {
        var found: [(Contact, Int)] = []
        var unclear: [UnplacedText] = []
        var pending: [ImportLine] = []   // a person written over several lines, before their address
        for line in lines {
            if case .tableRow(let cells) = line.structure {
                let filled = cells.map(\.trimmed).filter { !$0.isEmpty }
                if filled.allSatisfy({ labels.contains(ImportText.key($0).trimmingCharacters(":")) }) { continue } // a header row
                if let contact = contact(parts: filled) { found.append((contact, line.number)) } else {
                    unclear.append(UnplacedText(line: line.number, text: line.clean, reason: "a table row that is not one person's name, title and email"))
                }
                continue
            }
            // A table's header row, its cells on lines of their own ("Name", "Title", "Email").
            if labels.contains(ImportText.key(line.clean).trimmingCharacters(":")) { continue }
            let text = withoutLabel(ImportText.bulletText(line.clean) ?? line.clean)
            let emails = ImportFields.emails(in: text)
            if emails.isEmpty {
                pending.append(line)
                continue
            }
            let people = emails.count > 1 ? split(text, emails: emails) : [text]
            if !pending.isEmpty {
                let parts = pending.map { withoutLabel(ImportText.bulletText($0.clean) ?? $0.clean) } + [text]
                pending = []
                // A contact line wrapped before its address reads as one line.
                if emails.count == 1, let contact = ImportFields.contact(parts.joined(separator: " ")).flatMap(merged) {
                    found.append((contact, line.number))
                    continue
                }
                // "Name" / "Title" / "email" on lines of their own, with no separators in them.
                let separated = parts.dropLast().contains { part in part.contains { "/|;\u{2013}\u{2014}".contains($0) } || part.filter { $0 == "," }.count > 1 }
                guard !separated, emails.count == 1, parts.count <= 3, let contact = contact(parts: parts.count == 2 ? [parts[0], "", parts[1]] : parts) else {
                    unclear.append(UnplacedText(line: line.number, text: line.clean, reason: "a point of contact over several lines whose parts are unclear"))
                    continue
                }
                found.append((contact, line.number))
                continue
            }
            for person in people {
                if let contact = ImportFields.contact(person).flatMap(merged) { found.append((contact, line.number)) } else {
                    unclear.append(UnplacedText(line: line.number, text: person, reason: "not a point of contact written name/title/email"))
                }
            }
        }
        for line in pending { unclear.append(UnplacedText(line: line.number, text: line.clean, reason: "a line among the points of contact with no email address")) }
        guard unclear.isEmpty else {
            report.unplaced += unclear
            if !found.isEmpty {
                report.unplaced.append(UnplacedText(line: found[0].1, text: "", reason: "the points of contact were left empty, since part of them is unclear"))
            }
            return
        }
        for (contact, number) in found {
            let i = report.contacts.count
            report.contacts.append(contact)
            report.found.append(ImportedField(field: .contact(i, .name), value: contact.name, source: "line \(number)"))
            if !contact.title.isEmpty { report.found.append(ImportedField(field: .contact(i, .title), value: contact.title, source: "line \(number)")) }
            report.found.append(ImportedField(field: .contact(i, .email), value: contact.email, source: "line \(number)"))
        }
    }

    /// A line with several addresses: one person per address, cut at "; " or after each address.
    private static func split(_ text: String, emails: [String]) -> [String] {
        let bySemicolon = text.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty }
        if bySemicolon.count == emails.count, zip(bySemicolon, emails).allSatisfy({ $0.contains($1) }) { return bySemicolon }
        var people: [String] = []
        var rest = Substring(text)
        for email in emails {
            guard let range = rest.firstRange(of: email) else { return [text] }
            people.append(ImportFields.trimSeparators(String(rest[..<range.upperBound])))
            rest = rest[range.upperBound...]
        }
        return ImportFields.trimSeparators(String(rest)).isEmpty ? people : [text]
    }

    /// A person from their parts (name, title..., email), with a suffix part joined to the name.
    static func contact(parts raw: [String]) -> Contact? {
        var parts = raw.map(\.trimmed)
        guard parts.count >= 2, let email = ImportFields.emails(in: parts[parts.count - 1]).first,
              ImportFields.trimSeparators(parts[parts.count - 1]) == email || parts[parts.count - 1].hasPrefix("mailto:") else { return nil }
        parts.removeLast()
        guard parts.allSatisfy({ !$0.contains("@") }), let name = parts.first, name.contains(where: \.isLetter) else { return nil }
        return merged(Contact(name: name, title: parts.dropFirst().filter { !$0.isEmpty }.joined(separator: ", "), email: email))
    }

    /// "Jo Ray" with title "Jr., Coach" is "Jo Ray, Jr." the coach.
    static func merged(_ contact: Contact) -> Contact? {
        var c = contact
        let titleParts = c.title.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmed }
        if let first = titleParts.first, suffixes.contains(first.lowercased()) {
            c.name += ", " + first
            c.title = titleParts.dropFirst().joined(separator: ", ")
        }
        c.name = withoutLabel(c.name)
        // A colon left in a name is a label or another field run into it.
        guard c.name.contains(where: \.isLetter), !c.name.contains(":"), !c.title.contains(":") else { return nil }
        return c
    }
}

extension String {
    /// Without the given characters at the end.
    fileprivate func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
