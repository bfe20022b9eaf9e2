/// Page headers, footers and page numbers: printed on every page, so a text made from a
/// PDF (or a paginated print) has them between the lines of answers. They are the
/// page's, not the letter's: they are taken out before fields are read, and said so.
enum PageFurniture {
    /// The lines without page furniture, and the furniture (where a form's year may be printed).
    /// A Word document says which lines are headers and footers; in plain text they are the
    /// short lines that repeat, digits aside, and lines that are only a page number.
    static func split(_ lines: [ImportLine], anchors: FormAnchors, report: inout ImportReport) -> (body: [ImportLine], furniture: [ImportLine]) {
        var shapes: [String: Int] = [:]
        let plain = lines.contains { $0.structure == .plain }
        // Furniture stands apart from the text: a blank line (or a page break) before or after it.
        let isolated = lines.indices.map { i in (i == 0 || lines[i - 1].isBlank) || (i + 1 == lines.count || lines[i + 1].isBlank) }
        if plain {
            for (i, line) in lines.enumerated() where isolated[i] && isCandidate(line, anchors) { shapes[shape(line.key), default: 0] += 1 }
        }
        var body: [ImportLine] = [], furniture: [ImportLine] = []
        var said: Set<String> = []
        for (i, line) in lines.enumerated() {
            let isFurniture: Bool
            if line.structure == .pageFurniture {
                isFurniture = true
            } else if plain, isolated[i], isCandidate(line, anchors), repeats(shapes[shape(line.key)] ?? 0, line) || isPageNumber(line.key) {
                isFurniture = true
            } else {
                isFurniture = false
            }
            guard isFurniture else { body.append(line); continue }
            furniture.append(line)
            if plain, said.insert(shape(line.key)).inserted {
                report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "a page header, footer or page number (it repeats on the pages); left out"))
            }
        }
        return (body, furniture)
    }

    /// A header or footer repeats on every page: twice is enough when it carries a number
    /// (a page number, the year), three times otherwise.
    private static func repeats(_ count: Int, _ line: ImportLine) -> Bool {
        count >= (line.key.contains { $0.isASCII && $0.isNumber } ? 2 : 3)
    }

    /// Short lines that are not the form's labels ("Date:", a signature rule).
    private static func isCandidate(_ line: ImportLine, _ anchors: FormAnchors) -> Bool {
        guard !line.isBlank, !line.isJunk, !line.isRule, line.key.count <= 90 else { return false }
        if anchors.isFormText(line) || anchors.anchor(for: line) != nil { return false }
        // Dates repeat in shape (two signature dates), and are never furniture.
        if !ImportFields.dates(in: line.clean).dates.isEmpty { return false }
        if line.key.hasPrefix("date") || line.key == "letter of commitment" { return false }
        return line.key.contains { $0.isLetter || $0.isNumber }
    }

    /// The key with each run of digits as "#": "page 2 of 5" and "page 3 of 5" are one shape.
    static func shape(_ key: String) -> String {
        var out = ""
        var inDigits = false
        for character in key {
            if character.isASCII && character.isNumber {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                out.append(character)
                inDigits = false
            }
        }
        return out
    }

    /// "2", "- 2 -", "page 2", "page 2 of 5", "2 of 5".
    static func isPageNumber(_ key: String) -> Bool {
        let s = shape(key).replacing("-", with: "").replacing(" ", with: "")
        return ["#", "page#", "page#of#", "#of#", "p.#"].contains(s)
    }
}
