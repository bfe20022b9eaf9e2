/// Renders a letter (or a blank form) as Markdown in the form's order.
///
/// Values are made visible (no control characters) and Markdown punctuation in
/// them is escaped, so a district's text cannot turn into links or headings.
public struct MarkdownRenderer: Sendable {
    public init() {}

    /// The whole letter as Markdown, ending in a newline. A letter that is not in force
    /// starts and ends with its marking (`LetterMarking`).
    public func render(_ layout: FormLayout) -> String {
        var out: [String] = []
        let marking = LetterMarking(layout).map(markingLine)
        if let marking { out.append(marking) }
        var titleDone = false
        for block in layout.blocks {
            switch block {
            case .header(let text):
                out.append(titleDone ? "**\(escape(text))**" : "# \(escape(text))")
                titleDone = true
            case .heading(let text): out.append("## \(escape(text))")
            case .subheading(let text): out.append("### \(escape(text))")
            case .paragraph(let text): out.append(escape(text))
            case .note(let text): out.append("*\(escape(text))*")
            case .item(let marker, let text):
                let body = text.trimmed.isEmpty ? "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : escape(text)
                out.append((marker == "·" ? "- " : marker + " ") + body)
            case .field(let label, let values):
                if values.isEmpty {
                    out.append("**\(escape(label))** \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_")
                } else if values.count == 1 {
                    out.append("**\(escape(label))** \(escape(values[0]))")
                } else {
                    out.append("**\(escape(label))**\n\n" + values.map { "- " + escape($0) }.joined(separator: "\n"))
                }
            case .answer(let paragraphs):
                out.append(paragraphs.isEmpty ? "> \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : paragraphs.map { "> " + escape($0).replacing("\n", with: "  \n> ") }.joined(separator: "\n>\n"))
            case .signature(let name, let date, let label, let dateLabel):
                let who = name.trimmed.isEmpty ? "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : escape(name)
                let when = date.isEmpty ? "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : escape(date)
                out.append("\(who)  \n\(label.split(separator: "\n").map { escape(String($0)) }.joined(separator: "  \n"))  \n\(escape(dateLabel)) \(when)")
            case .lines(let lines):
                out.append(lines.map { escape($0) }.joined(separator: "  \n"))
            }
        }
        if let marking { out.append(marking) }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// `> **DRAFT — not signed; not in force**`: a quoted, bold line of its own.
    public func markingLine(_ marking: LetterMarking) -> String {
        "> **\(escape(marking.line))**"
    }

    /// Escapes the characters Markdown would treat as markup.
    func escape(_ text: String) -> String {
        var out = ""
        for character in VisibleText.make(text) {
            if "\\`*_{}[]<>()#+-.!|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
