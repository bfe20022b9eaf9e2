/// Renders a letter (or a blank form) as plain text laid out like the paper form:
/// headings, wrapped paragraphs, lists, fill-in lines and signature lines.
///
/// Every value is passed through `VisibleText`, so a letter cannot carry terminal
/// escape sequences into the output.
public struct TextRenderer: Sendable {
    /// Column at which paragraphs wrap.
    public var width: Int

    public init(width: Int = 78) {
        self.width = max(20, width)
    }

    /// The whole letter as text, ending in a newline. A letter that is not in force
    /// carries its marking (`LetterMarking`) at the top, at the bottom and at most
    /// `linesBetweenMarkings` lines apart between, so every printed page shows it.
    public func render(_ layout: FormLayout) -> String {
        let chunks = chunks(of: layout.blocks)
        guard let marking = LetterMarking(layout) else { return Self.joined(chunks.flatMap { $0 }) }
        return Self.joined(Self.marked(chunks, with: markingLines(marking)))
    }

    /// Some blocks as text (one step of the form, say), ending in a newline.
    public func render(blocks: [FormBlock]) -> String {
        Self.joined(chunks(of: blocks).flatMap { $0 })
    }

    /// The marking as printed: "*** DRAFT — not signed; not in force ***", wrapped to the width.
    public func markingLines(_ marking: LetterMarking) -> [String] {
        wrap("*** \(marking.line) ***", width: width)
    }

    /// The most lines of the letter between two markings. A text page printed on Letter
    /// paper holds 66 lines at six an inch, about 60 inside a printer's margins: with at
    /// most this many lines between markings, every printed page shows one.
    public static let linesBetweenMarkings = 54

    /// The chunks (one per block, each with the blank line before it) with the marking
    /// first, last, and between two blocks wherever the next would take the text past
    /// `linesBetweenMarkings` lines since the last marking; inside a block only when that
    /// block alone is longer (a very long answer).
    static func marked(_ chunks: [[String]], with marking: [String]) -> [String] {
        // Lines of the letter since the last marking, kept one short of the most, for the
        // blank line that may stand before the next marking.
        let most = linesBetweenMarkings - 1
        // A blank line sets the letter off from the marking above it.
        var out = marking + [""]
        var since = 1
        for chunk in chunks {
            if since > 1 && since + chunk.count > most {
                // Standing between blank lines when the block starts with one.
                out += (chunk.first == "" ? [""] : []) + marking
                since = 0
            }
            for line in chunk {
                if since == most {
                    out += marking
                    since = 0
                }
                out.append(line)
                since += 1
            }
        }
        return out + [""] + marking
    }

    /// The lines of each block, a block's first line preceded by the blank line that
    /// separates it from the one before (none between header lines or list entries).
    private func chunks(of blocks: [FormBlock]) -> [[String]] {
        var chunks: [[String]] = []
        var previous: FormBlock?
        for block in blocks {
            // Header lines and list entries stand on consecutive lines, as on the form.
            let gap = previous.map { block.continues($0) ? [] : [""] } ?? []
            previous = block
            chunks.append(gap + render(block))
        }
        return chunks
    }

    private static func joined(_ lines: [String]) -> String {
        lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
    }

    private func render(_ block: FormBlock) -> [String] {
        switch block {
        case .header(let text):
            return [VisibleText.make(text, keepNewlines: false)]
        case .heading(let text), .subheading(let text):
            return [VisibleText.make(text, keepNewlines: false)]
        case .paragraph(let text), .note(let text):
            return wrap(VisibleText.make(text, keepNewlines: false), width: width)
        case .item(let marker, let text):
            let body = text.trimmed.isEmpty ? String(repeating: "_", count: width - 4) : VisibleText.make(text, keepNewlines: false)
            let indent = String(repeating: " ", count: marker.count + 1)
            return wrap(body, width: width - indent.count).enumerated().map { i, line in
                (i == 0 ? marker + " " : indent) + line
            }
        case .field(let label, let values):
            let label = VisibleText.make(label, keepNewlines: false)
            if values.isEmpty { return [label + " " + String(repeating: "_", count: max(10, width - label.count - 1))] }
            if values.count == 1 && label.count + values[0].count + 1 <= width {
                return [label + " " + VisibleText.make(values[0], keepNewlines: false)]
            }
            return [label] + values.flatMap { wrap(VisibleText.make($0, keepNewlines: false), width: width - 2).map { "  " + $0 } }
        case .answer(let paragraphs):
            if paragraphs.isEmpty { return Array(repeating: String(repeating: "_", count: width), count: 3) }
            var out: [String] = []
            for (i, paragraph) in paragraphs.enumerated() {
                if i > 0 { out.append("") }
                for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                    out += wrap(VisibleText.make(String(line), keepNewlines: false), width: width)
                }
            }
            return out
        case .signature(let name, let date, let label, let dateLabel):
            let lineWidth = 44
            let nameText = VisibleText.make(name, keepNewlines: false)
            var out: [String] = []
            out.append(pad(nameText, lineWidth) + "   " + VisibleText.make(date, keepNewlines: false))
            out.append(String(repeating: "_", count: lineWidth) + "   " + String(repeating: "_", count: 15))
            let captions = label.split(separator: "\n").map { VisibleText.make(String($0), keepNewlines: false) }
            for (i, caption) in captions.enumerated() {
                out.append(i == captions.count - 1 ? pad(caption, lineWidth) + "   " + VisibleText.make(dateLabel, keepNewlines: false) : caption)
            }
            return out
        case .lines(let lines):
            return lines.map { VisibleText.make($0, keepNewlines: false) }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

extension FormBlock {
    /// Whether this block follows `previous` without a blank line between them.
    func continues(_ previous: FormBlock) -> Bool {
        switch (previous, self) {
        case (.header, .header), (.item, .item): true
        default: false
        }
    }
}

/// Greedy word wrap by character count; words longer than the width are split.
func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        var word = Substring(word)
        // Counted once: counting a long word on every cut made a 1 MB answer take a minute.
        var remaining = word.count
        while remaining > width {
            if !line.isEmpty { lines.append(line); line = "" }
            let cut = word.index(word.startIndex, offsetBy: width)
            lines.append(String(word[..<cut]))
            word = word[cut...]
            remaining -= width
        }
        if line.isEmpty {
            line = String(word)
        } else if line.count + 1 + remaining <= width {
            line += " " + word
        } else {
            lines.append(line)
            line = String(word)
        }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
}
