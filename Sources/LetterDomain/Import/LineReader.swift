/// Walks the lines of an imported text with the form's anchors in hand, collecting
/// the lines that belong to each field and turning them into values.
struct LineReader {
    let anchors: FormAnchors
    let edition: Edition

    /// Which part of the form the lines being read belong to.
    private enum Region: Equatable {
        case none
        case field(ContactField)
        case prompt(ReflectionPrompt)
        case signatures
    }

    /// A line in the signature block and what it is.
    private struct SignatureLine {
        enum Kind: Equatable { case caption(Party), dateLabel, other }
        var line: ImportLine
        var kind: Kind
        /// What was written on the line besides the form's words.
        var value: String
    }

    private var region = Region.none
    private var buffer: [ImportLine] = []
    /// Text written after the label on the line that started the region.
    private var inlineValue: (line: ImportLine, text: String)?
    private var signatureLines: [SignatureLine] = []
    private var done: Set<String> = []
    /// The words of the current prompt not yet seen, while it is wrapped over several lines.
    private var promptRest = ""
    /// Set when the text shows words joined across line ends (see `FormAnchors.joinsBrokenWords`).
    private var wordsMayBeJoined = false

    /// Whether the text had page breaks (it came from a PDF or a print).
    let paged: Bool

    init(anchors: FormAnchors, edition: Edition, paged: Bool = false) {
        self.anchors = anchors
        self.edition = edition
        self.paged = paged
    }

    mutating func read(_ lines: [ImportLine], into report: inout ImportReport) {
        wordsMayBeJoined = paged || anchors.joinsBrokenWords(lines)
        for line in lines {
            if line.isJunk {
                report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "unreadable bytes (not text); the line was left out"))
                continue
            }
            // The rest of a prompt wrapped over lines ("if necessary)") is the form's, not an answer.
            if case .prompt = region, !promptRest.isEmpty, !line.key.isEmpty, promptRest.hasPrefix(line.key) {
                promptRest = String(promptRest.dropFirst(line.key.count)).trimmed
                continue
            }
            if let anchor = anchors.anchor(for: line) {
                handle(anchor, line, &report)
                continue
            }
            if line.isBlank || (line.isRule && ImportFields.dates(in: line.clean).dates.isEmpty) {
                if region != .none && region != .signatures { buffer.append(line) }
                continue
            }
            if region == .signatures {
                if !anchors.isFormText(line) { signatureLines.append(SignatureLine(line: line, kind: .other, value: line.raw)) }
                continue
            }
            // A point of action is the district's even when it repeats the form's words.
            if case .prompt(let prompt) = region, prompt.answer == .points, isPoint(line) {
                buffer.append(line)
                continue
            }
            if anchors.isFormText(line) {
                // A wrapped prompt keeps going until the first line of the answer.
                if case .prompt(let prompt) = region, buffer.allSatisfy(\.isBlank), inlineValue == nil,
                   ImportText.key(prompt.text + " " + (prompt.note ?? "")).contains(ImportText.stripBullet(line.key)) {
                    continue
                }
                close(&report)
                continue
            }
            if region == .none {
                report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "outside any field of the form"))
            } else {
                buffer.append(line)
            }
        }
        close(&report)
        placeSignatureDates(&report)
    }

    private mutating func handle(_ anchor: FormAnchors.Anchor, _ line: ImportLine, _ report: inout ImportReport) {
        let rest = ImportFields.trimLeadingColon(ImportText.words(of: line.clean, droppingFirst: anchor.words))
        switch anchor.kind {
        case .field(let field):
            close(&report)
            region = .field(field)
            if !rest.isEmpty { inlineValue = (line, rest) }
        case .prompt(let prompt):
            close(&report)
            region = .prompt(prompt)
            let key = ImportText.stripBullet(line.key)
            promptRest = anchor.key.hasPrefix(key) ? String(anchor.key.dropFirst(key.count)).trimmed : ""
            if !rest.isEmpty { inlineValue = (line, rest) }
        case .signaturesHeading:
            close(&report)
            region = .signatures
        case .signatory(let party):
            if region != .signatures { close(&report); region = .signatures }
            // The date caption printed on the same line ("...Designee<TAB>Date:") is the form's, not a value.
            var value = rest
            for label in ["date:", "date"] where value.lowercased().hasPrefix(label) { value = ImportFields.trimLeadingColon(String(value.dropFirst(label.count))); break }
            signatureLines.append(SignatureLine(line: line, kind: .caption(party), value: value))
        case .dateLabel:
            if region == .signatures {
                signatureLines.append(SignatureLine(line: line, kind: .dateLabel, value: rest))
            } else if !rest.isEmpty {
                report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "a date outside the signature lines"))
            }
        case .trailer, .heading:
            close(&report)
            region = .none
        case .text:
            close(&report)
        }
    }

    /// Turns the lines collected for the current region into values.
    private mutating func close(_ report: inout ImportReport) {
        defer {
            if region != .signatures { region = .none }
            buffer = []
            inlineValue = nil
        }
        var lines = buffer
        if let inline = inlineValue {
            var first = inline.line
            first.clean = inline.text
            first.raw = inline.text
            // The label's cell is gone: what is left is the value's cell, a paragraph.
            if case .tableRow = first.structure { first.structure = .paragraph }
            lines.insert(first, at: 0)
        }
        let filled = lines.filter { !$0.isBlank && !$0.isRule }
        let name: String
        switch region {
        case .none, .signatures: return
        case .field(let field): name = field.rawValue
        case .prompt(let prompt): name = prompt.id
        }
        if filled.isEmpty { return }
        if done.contains(name) {
            for line in filled { report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "a second answer for \(name); only the first was read")) }
            return
        }
        done.insert(name)
        if case .prompt = region, wordsMayBeJoined, filled.count > 1 {
            for line in filled { report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "this text comes from pages (a PDF), whose conversion joins words broken at line ends and drops their hyphens, so the answer to \(name) may not be as written; left empty (import the Word file)")) }
            return
        }
        switch region {
        case .field(.district): district(filled, &report)
        case .field(.superintendent): ContactLines.superintendent(filled, &report)
        case .field(.contacts): ContactLines.contacts(filled, &report)
        case .prompt(let prompt) where prompt.answer == .points: points(lines.filter { !$0.isRule }, &report)
        case .prompt(let prompt): answer(lines, prompt, &report)
        default: break
        }
    }

    private func district(_ lines: [ImportLine], _ report: inout ImportReport) {
        guard lines.count == 1 else {
            for line in lines { report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "the district name runs over several lines; which is the name is unclear")) }
            return
        }
        report.districtName = lines[0].clean
        report.found.append(ImportedField(field: .districtName, value: lines[0].clean, source: "line \(lines[0].number)"))
    }

    /// Paragraphs are separated by blank lines (runs of them count once); line breaks
    /// inside a paragraph are kept as written.
    private func answer(_ lines: [ImportLine], _ prompt: ReflectionPrompt, _ report: inout ImportReport) {
        var paragraphs: [[String]] = [[]]
        for line in lines where !line.isRule {
            if line.isBlank {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line.clean)
                // In a document each paragraph is one: no blank line is needed between them.
                if line.structure != .plain { paragraphs.append([]) }
            }
        }
        let text = paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
        guard !text.isEmpty else { return }
        report.reflections[prompt.id] = text
        let first = lines.first { !$0.isBlank }?.number ?? 0
        report.found.append(ImportedField(field: .reflection(prompt.id), value: text, source: "line \(first)"))
    }

    /// Whether a line is a list item (the document says so) or starts with a bullet or number.
    private func isPoint(_ line: ImportLine) -> Bool {
        if case .listItem = line.structure { return true }
        return ImportText.bulletText(line.clean).map { !$0.isEmpty } ?? false
    }

    /// One point per list item or bulleted or numbered line; in plain text, a line right
    /// after a point (no blank between) continues it, as a wrapped line does. Anything else
    /// makes the points unclear: they are left empty and every line is reported, since a
    /// list with a point missing or cut short is not what the district wrote.
    private func points(_ lines: [ImportLine], _ report: inout ImportReport) {
        var points: [(text: String, line: Int)] = []
        var unclear: [UnplacedText] = []
        var continuing = false
        var bulletsAlone = 0   // pdftotext puts a bullet on a line of its own, the point on the next
        for line in lines {
            if line.structure == .plain, ImportText.bulletText(line.clean) == "" {
                bulletsAlone += 1
                continuing = false
                continue
            }
            if bulletsAlone > 1, !line.isBlank {
                // Bullets in a column of their own, the points' text apart (pdftotext):
                // where one wrapped point ends and the next begins cannot be told.
                unclear.append(UnplacedText(line: line.number, text: line.clean, reason: "the bullets stand apart from the points' text, so where each point ends is unclear"))
                continue
            }
            if bulletsAlone == 1, !line.isBlank {
                bulletsAlone = 0
                points.append((line.clean, line.number))
                continuing = true
                continue
            }
            if isPoint(line) {
                let text = ImportText.bulletText(line.clean) ?? line.clean
                if case .listItem = line.structure { points.append((line.clean, line.number)) } else { points.append((text, line.number)) }
                continuing = line.structure == .plain
            } else if line.isBlank {
                continuing = false
            } else if continuing, !points.isEmpty, !ImportText.hasDamagedBullet(line.clean) {
                points[points.count - 1].text += " " + line.clean
            } else {
                let why = ImportText.hasDamagedBullet(line.clean) ? "a point of action whose bullet could not be read" : "a line among the points of action without a bullet"
                unclear.append(UnplacedText(line: line.number, text: line.clean, reason: why))
            }
        }
        guard unclear.isEmpty else {
            report.unplaced += unclear
            if !points.isEmpty { report.unplaced.append(UnplacedText(line: points[0].line, text: "", reason: "the points of action were left empty, since part of them is unclear")) }
            return
        }
        for (i, point) in points.enumerated() {
            report.actions.append(point.text)
            report.found.append(ImportedField(field: .action(i), value: point.text, source: "line \(point.line)"))
        }
    }

    /// Gives each date in the signature block to a party: a date on a caption line or a
    /// "Date:" line after it belongs to that caption; a date on a line of its own (or on
    /// the signature rule) belongs to the caption printed under it, since the forms put
    /// the caption below the line that is signed.
    private func placeSignatureDates(_ report: inout ImportReport) {
        var found: [Party: [(CalendarDate, ImportLine)]] = [:]
        for (i, entry) in signatureLines.enumerated() {
            let (dates, problems) = ImportFields.dates(in: entry.value)
            for problem in problems { report.unplaced.append(UnplacedText(line: entry.line.number, text: entry.line.clean, reason: problem)) }
            let party: Party?
            switch entry.kind {
            case .caption(let p): party = p
            case .dateLabel: party = caption(before: i) ?? caption(after: i)
            case .other:
                // A date on the line under an empty "Date:" was written for that "Date:".
                // Otherwise it belongs to the caption printed right under it; with anything else
                // between them, whose date it is is unclear.
                // A date on a signature rule ("_____  8/18/15") is the caption's under the rule.
                let next: Party? = if i + 1 < signatureLines.count, case .caption(let p) = signatureLines[i + 1].kind { p } else { nil }
                if entry.line.isRule, let next {
                    party = next
                } else if i > 0, case .dateLabel = signatureLines[i - 1].kind, signatureLines[i - 1].value.isEmpty {
                    party = caption(before: i - 1)
                } else if let next {
                    party = next
                } else {
                    party = nil
                    if !dates.isEmpty {
                        report.unplaced.append(UnplacedText(line: entry.line.number, text: entry.line.clean, reason: "a date by the signature lines with no caption right under it; whose date it is is unclear"))
                    }
                }
            }
            for date in dates { if let party { found[party, default: []].append((date, entry.line)) } }
            let words = entry.value.split(whereSeparator: { $0.isWhitespace || $0 == "_" })
            // A month's name is part of a date written in words ("October 7, 2024"), not a name.
            let leftover = words.filter { word in
                ImportFields.dates(in: String(word)).dates.isEmpty && word.contains { $0.isLetter }
                    && !(ImportFields.isMonthName(String(word)) && !dates.isEmpty)
            }
            if entry.kind == .other, !leftover.isEmpty || dates.isEmpty {
                report.unplaced.append(UnplacedText(line: entry.line.number, text: entry.line.clean, reason: "text by the signature lines; names on them are not imported"))
            } else if case .caption = entry.kind, !leftover.isEmpty {
                report.unplaced.append(UnplacedText(line: entry.line.number, text: entry.line.clean, reason: "text on the signature caption; names on it are not imported"))
            }
        }
        for party in Party.allCases {
            guard let dates = found[party], !dates.isEmpty else { continue }
            let distinct = Set(dates.map(\.0))
            guard distinct.count == 1, let date = distinct.first else {
                for (_, line) in dates { report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "several dates for the \(party == .district ? "district" : "KDE") signature; which one is unclear")) }
                continue
            }
            let field: FieldPath = party == .district ? .districtSignatureDate : .kdeSignatureDate
            if party == .district { report.districtDate = date } else { report.kdeDate = date }
            report.found.append(ImportedField(field: field, value: date.description, source: "line \(dates[0].1.number), by the \(party == .district ? "district" : "KDE") signature line"))
        }
    }

    private func caption(before index: Int) -> Party? {
        for entry in signatureLines[..<index].reversed() { if case .caption(let party) = entry.kind { return party } }
        return nil
    }

    private func caption(after index: Int) -> Party? {
        for entry in signatureLines[(index + 1)...] { if case .caption(let party) = entry.kind { return party } }
        return nil
    }
}
