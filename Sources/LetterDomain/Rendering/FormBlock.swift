/// The letter laid out as the form prints it, before it is turned into text or Markdown.
///
/// Both renderers walk the same blocks, so the two outputs cannot drift apart.
public enum FormBlock: Equatable, Sendable {
    /// A line of the header (network, year, title).
    case header(String)
    /// A section heading ("I. Statement of Purpose").
    case heading(String)
    /// A heading inside a section.
    case subheading(String)
    /// A paragraph of the form's text.
    case paragraph(String)
    /// A list entry with its marker ("·" or "1.").
    case item(marker: String, text: String)
    /// A fill-in line: label and the values written on it (empty: a blank line to fill).
    case field(label: String, values: [String])
    /// A district's answer of one or more paragraphs (empty: blank lines to write on).
    case answer([String])
    /// A signature line: who signed (or blank), the date (or blank), the captions.
    case signature(name: String, date: String, label: String, dateLabel: String)
    /// Lines printed as they are (return address).
    case lines([String])
    /// A line kyiln adds that the paper form does not have (acknowledgements, effective period).
    case note(String)
}

/// Builds the blocks of a letter, or of a blank form when there is no letter.
public struct FormLayout: Sendable {
    /// The edition worded for the letter's school year (`Edition.worded(for:)`), or as it
    /// is for a blank form: every renderer prints the letter's year, never the form's.
    public let edition: Edition
    public let letter: Letter?

    public init(edition: Edition, letter: Letter?) {
        self.edition = letter.map { edition.worded(for: $0.schoolYear) } ?? edition
        self.letter = letter
    }

    /// The lines above the first section (network, year, title), in the letter's year.
    public var headerBlocks: [FormBlock] { edition.headerLines.map(FormBlock.header) }

    /// The blocks in print order.
    public var blocks: [FormBlock] {
        var out = headerBlocks
        for section in edition.sections {
            if !section.heading.isEmpty { out.append(.heading(section.heading)) }
            for block in section.blocks { out += blocks(for: block) }
        }
        if let formDate = edition.formDate { out.append(.lines([formDate])) }
        out.append(.lines(edition.returnTo.text))
        return out
    }

    /// The blocks of the sections on one wizard step, headings included.
    public func blocks(of step: Step) -> [FormBlock] {
        var out: [FormBlock] = []
        for section in edition.sections(for: step) {
            if !section.heading.isEmpty { out.append(.heading(section.heading)) }
            for block in section.blocks { out += blocks(for: block) }
        }
        return out
    }

    private func blocks(for block: EditionBlock) -> [FormBlock] {
        switch block {
        case .paragraph(let text):
            return [.paragraph(text.replacingPlaceholders(district: letter?.district.name))]
        case .subheading(let text):
            return [.subheading(text)]
        case .list(let role, let style, let items):
            var out = items.enumerated().map { i, item in
                FormBlock.item(marker: style == .numbered ? "\(i + 1)." : "·", text: item.fullText)
            }
            if role == .expectations, let letter {
                let done = items.filter { letter.isAcknowledged($0.id) }.count
                out.append(.note("Acknowledged by the district: \(done) of \(items.count) commitments"))
            }
            return out
        case .field(let field, let label):
            return [.field(label: label, values: values(for: field))]
        case .prompt(let prompt):
            let question = prompt.note.map { prompt.text + " " + $0 } ?? prompt.text
            switch prompt.answer {
            case .text:
                let answer = letter?.answer(to: prompt.id) ?? ""
                return [.paragraph(question), .answer(answer.paragraphs)]
            case .points:
                let points = (letter?.actions ?? []).filter { !$0.trimmed.isEmpty }
                let shown = points.isEmpty ? ["", "", ""] : points
                return [.paragraph(question)] + shown.map { .item(marker: "·", text: $0) }
            }
        case .signatures:
            return signatures()
        }
    }

    private func values(for field: ContactField) -> [String] {
        guard let letter else { return [] }
        switch field {
        case .district:
            return letter.district.name.trimmed.isEmpty ? [] : [letter.district.name]
        case .superintendent:
            let s = letter.superintendent
            let parts = [s.name, s.email].map(\.trimmed).filter { !$0.isEmpty }
            return parts.isEmpty ? [] : [parts.joined(separator: ", ")]
        case .contacts:
            return letter.contacts.filter { !$0.isEmpty }.map {
                [$0.name, $0.title, $0.email].map(\.trimmed).filter { !$0.isEmpty }.joined(separator: ", ")
            }
        }
    }

    private func signatures() -> [FormBlock] {
        var out: [FormBlock] = []
        for signatory in edition.signatories {
            switch signatory.party {
            case .district:
                let s = letter?.signatures.district
                let who = [s?.name ?? "", s?.title ?? ""].map(\.trimmed).filter { !$0.isEmpty }.joined(separator: ", ")
                out.append(.signature(name: who, date: s?.date?.description ?? "", label: signatory.label, dateLabel: signatory.dateLabel))
            case .kde:
                let s = letter?.signatures.kde
                var label = signatory.label
                if let name = edition.kdeDesignee.name {
                    label = [name, edition.kdeDesignee.title].compactMap { $0 }.joined(separator: ", ") + "\n" + label
                }
                out.append(.signature(name: s?.name ?? "", date: s?.date?.description ?? "", label: label, dateLabel: signatory.dateLabel))
            }
        }
        if let letter, let note = PeriodStanding.of(letter, rule: edition.effectivePeriod).note {
            out.append(.note(note))
        }
        // How each party signed (without paper, or on paper and recorded by KDE), under the lines.
        if let letter { out += SignatureWords.lines(letter).map(FormBlock.note) }
        return out
    }
}

extension String {
    /// `{district}` filled with the district's name, or a blank to write on.
    func replacingPlaceholders(district: String?) -> String {
        guard contains("{district}") else { return self }
        let name = district.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 } ?? "____________________"
        return replacing("{district}", with: name)
    }

    /// Paragraphs separated by blank lines, each with its inner line breaks kept.
    var paragraphs: [String] {
        var out: [String] = []
        var current: [Substring] = []
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { out.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: "\n")) }
        return out
    }
}
