/// Renders a letter as one self-contained, printable HTML page: the form's order
/// and wording, inline print CSS, no scripts, no external resources.
///
/// Every value is escaped (`HTMLEscaping`), and the page forbids scripts and remote
/// loads in its Content-Security-Policy as a second line of defence.
public struct HTMLRenderer: Sendable {
    public init() {}

    /// The page, ending in a newline. A letter that is not in force carries its marking
    /// (`LetterMarking`) in the title, at the top and bottom, and on every printed page.
    public func render(_ layout: FormLayout) -> String {
        var body = body(of: layout.blocks)
        // A signed letter ends with its signature page (before the closing marking).
        body += SignaturePage.html(for: layout)
        let marking = LetterMarking(layout)
        if let marking {
            let banner = "<p class=\"marking\" role=\"note\"><strong>\(e(marking.headline))</strong> — \(e(marking.detail))</p>"
            body.insert(banner, at: 0)
            body.append(banner)
            // Fixed: browsers print a fixed element on every page.
            body.append("<div class=\"watermark\" aria-hidden=\"true\">\(e(marking.headline))</div>")
        }
        let title = [marking?.headline, layout.edition.title, layout.letter?.district.name, layout.letter?.schoolYear.description]
            .compactMap { $0 }.filter { !$0.trimmed.isEmpty }.joined(separator: " – ")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(e(title))</title>
            <style>
            \(Self.css)\(marking.map(Self.markingCSS) ?? "")
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    /// The HTML of the blocks, one element per line.
    private func body(of blocks: [FormBlock]) -> [String] {
        var body: [String] = []
        var openList = false
        func closeList() {
            if openList { body.append("</ul>"); openList = false }
        }
        for block in blocks {
            if case .item = block {} else { closeList() }
            switch block {
            case .header(let text):
                body.append("<p class=\"header\">\(e(text))</p>")
            case .heading(let text):
                body.append("<h2>\(e(text))</h2>")
            case .subheading(let text):
                body.append("<h3>\(e(text))</h3>")
            case .paragraph(let text):
                body.append("<p>\(e(text))</p>")
            case .note(let text):
                body.append("<p class=\"note\">\(e(text))</p>")
            case .item(let marker, let text):
                if !openList { body.append("<ul>"); openList = true }
                let shown = text.trimmed.isEmpty ? "<span class=\"blank\"></span>" : e(text)
                body.append("<li data-marker=\"\(e(marker))\"><span class=\"marker\">\(e(marker))</span> \(shown)</li>")
            case .field(let label, let values):
                if values.isEmpty {
                    body.append("<p class=\"field\"><span class=\"label\">\(e(label))</span> <span class=\"blank\"></span></p>")
                } else {
                    body.append("<div class=\"field\"><span class=\"label\">\(e(label))</span>" + values.map { "<div class=\"value\">\(e($0))</div>" }.joined() + "</div>")
                }
            case .answer(let paragraphs):
                if paragraphs.isEmpty {
                    body.append("<div class=\"answer empty\"><span class=\"blank\"></span><span class=\"blank\"></span><span class=\"blank\"></span></div>")
                } else {
                    body.append("<div class=\"answer\">" + paragraphs.map { "<p>" + e($0, keepNewlines: true).replacing("\n", with: "<br>") + "</p>" }.joined() + "</div>")
                }
            case .signature(let name, let date, let label, let dateLabel):
                body.append("""
                    <div class="signature"><div class="sign"><div class="line">\(e(name))</div>\
                    <div class="caption">\(label.split(separator: "\n").map { e(String($0)) }.joined(separator: "<br>"))</div></div>\
                    <div class="date"><div class="line">\(e(date))</div><div class="caption">\(e(dateLabel))</div></div></div>
                    """)
            case .lines(let lines):
                body.append("<p class=\"lines\">" + lines.map { e($0) }.joined(separator: "<br>") + "</p>")
            }
        }
        closeList()
        return body
    }

    private func e(_ text: String, keepNewlines: Bool = false) -> String {
        HTMLEscaping.escape(text, keepNewlines: keepNewlines)
    }

    /// Letter-sized pages, serif text, ruled lines for blanks and signatures.
    static let css = """
        @page { size: letter; margin: 0.8in; }
        body { font: 11pt/1.4 Georgia, "Times New Roman", serif; color: #000; background: #fff; margin: 0; }
        main { max-width: 7in; margin: 0 auto; padding: 1em; }
        .header { text-align: center; font-weight: bold; margin: 0.1em 0; }
        h2 { font-size: 12pt; margin: 1.2em 0 0.4em; }
        h3 { font-size: 11pt; font-style: italic; margin: 1em 0 0.3em; }
        ul { list-style: none; padding-left: 1.2em; }
        li { margin: 0.2em 0; }
        .marker { display: inline-block; min-width: 1.2em; margin-left: -1.2em; }
        .label { font-weight: bold; }
        .field .value { margin-left: 1.5em; white-space: pre-wrap; }
        .blank { display: inline-block; min-width: 3in; border-bottom: 1px solid #000; height: 1em; }
        .answer { margin: 0.4em 0 0.8em 1.5em; white-space: normal; }
        .answer.empty .blank { display: block; width: 100%; margin: 0.6em 0; }
        .note { font-style: italic; font-size: 10pt; }
        .signature { display: flex; gap: 0.4in; margin: 1.6em 0 0.6em; break-inside: avoid; page-break-inside: avoid; }
        .signature .sign { flex: 3; }
        .signature .date { flex: 1; }
        .signature .line { border-bottom: 1px solid #000; min-height: 1.4em; padding: 0 0.2em; }
        .signature .caption { font-size: 9.5pt; }
        .lines { margin-top: 1.5em; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        @media print { main { padding: 0; max-width: none; } }
        """

    /// The marking of a letter not in force, on screen and on every printed page: the
    /// banner at the top and bottom, a fixed watermark (which browsers repeat on every
    /// printed page) and, where browsers print page-margin boxes, the marking in the top margin.
    static func markingCSS(_ marking: LetterMarking) -> String {
        """

        .marking { border: 2px solid #000; padding: 0.3em 0.6em; margin: 0.6em 0; text-align: center; font-family: Helvetica, Arial, sans-serif; }
        .watermark { display: none; }
        @media print {
          .watermark { display: block; position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-30deg);
            font: bold 36pt Helvetica, Arial, sans-serif; color: rgba(0, 0, 0, 0.14); pointer-events: none; z-index: 10; }
          @page { @top-center { content: \(cssString(marking.line)); font: 9pt Helvetica, Arial, sans-serif; } }
        }
        """
    }

    /// A CSS string literal: quotes and backslashes escaped, anything outside ASCII as a code point.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" {
                out += "\\" + String(scalar)
            } else if scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return out + "\""
    }
}
