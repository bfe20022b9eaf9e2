/// Reads a Letter of Commitment saved as plain text (from Word, a PDF or an email)
/// into the fields of a letter.
///
/// It first recognises the edition by how many of each edition's headings and
/// paragraph openings occur in the text, then walks the lines: the form's own words
/// mark where each field starts and ends, and whatever else stands between them is
/// the district's. It never guesses: a value that is unclear stays empty and is
/// reported, together with every line it could not place.
public struct LetterImporter: Sendable {
    public let editions: EditionCatalog

    /// Files larger than this are not letters (a letter is a few kilobytes of text).
    public static let sizeLimit = 2 * 1024 * 1024
    /// Share of an edition's headings and openings a text must contain to count as that edition.
    public static let minimumRatio = 0.3

    /// Each edition's headings and paragraph openings as keys, by edition id: the same for
    /// every file, so a folder of letters makes them once.
    private let markers: [String: [String]]

    public init(editions: EditionCatalog = .bundled) {
        self.editions = editions
        var markers: [String: [String]] = [:]
        for edition in editions.editions { markers[edition.id] = Self.markers(of: edition) }
        self.markers = markers
    }

    /// Reads the bytes of a plain-text file, in whatever encoding it was saved (named in the report).
    public func read(bytes: [UInt8], sourceName: String) -> ImportReport {
        var report = ImportReport(sourceName: sourceName)
        if let kind = ImportText.binaryKind(bytes) {
            report.unplaced.append(UnplacedText(line: 0, text: "", reason: "the file is \(kind), not plain text; save it as plain text (.txt) first"))
            return finished(report)
        }
        if bytes.count > Self.sizeLimit {
            report.unplaced.append(UnplacedText(line: 0, text: "", reason: "the file is \(bytes.count) bytes, more than a letter (\(Self.sizeLimit) at most)"))
            return finished(report)
        }
        let (text, encoding) = ImportText.decode(bytes)
        report.format = "plain text, \(encoding.description)"
        return read(ImportText.lines(of: text), into: report, paged: bytes.contains(0x0C))
    }

    /// Reads a text.
    public func read(text: String, sourceName: String) -> ImportReport {
        var report = ImportReport(sourceName: sourceName)
        report.format = "plain text"
        return read(ImportText.lines(of: text), into: report, paged: text.unicodeScalars.contains("\u{0C}"))
    }

    /// Reads the lines of a document whose structure is known (a Word file): list items,
    /// table rows and page headers come from the document, not from guesses.
    public func read(lines source: [SourceLine], sourceName: String, format: String) -> ImportReport {
        var report = ImportReport(sourceName: sourceName)
        report.format = format
        var lines: [ImportLine] = []
        for item in source {
            for var line in ImportText.lines(of: item.text) {
                line.number = lines.count + 1
                line.structure = item.structure
                lines.append(line)
            }
            if item.text.isEmpty { lines.append(ImportLine(number: lines.count + 1, raw: "", clean: "", key: "", isJunk: false, structure: item.structure)) }
        }
        return read(lines, into: report)
    }

    /// `paged`: the text has page breaks (form feeds), so it was taken from a PDF or a print,
    /// whose converters join words hyphenated at line ends (see `LineReader.wordsMayBeJoined`).
    private func read(_ all: [ImportLine], into start: ImportReport, paged: Bool = false) -> ImportReport {
        var report = start
        let fullKey = KeySearch(all.filter { $0.structure != .pageFurniture }.map(\.key).joined(separator: " "))
        report.scores = editions.editions.map { score($0, in: fullKey) }.sorted { ($0.ratio, $0.matched) > ($1.ratio, $1.matched) }
        if let best = report.scores.first, best.ratio >= Self.minimumRatio, best.matched >= 3 {
            report.edition = try? editions.edition(id: best.editionID)
        }
        guard let edition = report.edition else {
            report.unplaced.append(UnplacedText(line: 0, text: "", reason: "the wording matches no edition of the form well enough (best: \(report.scores.first.map { "\($0.editionID), \($0.matched) of \($0.total)" } ?? "none")); nothing was read"))
            for line in all where line.isJunk { report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "unreadable bytes")) }
            return finished(report)
        }
        let anchors = FormAnchors(edition: edition, others: editions.editions)
        let (lines, furniture) = PageFurniture.split(all, anchors: anchors, report: &report)
        var reader = LineReader(anchors: anchors, edition: edition, paged: paged)
        reader.read(lines, into: &report)
        report.schoolYear = SchoolYearLines.find(lines, furniture: furniture, anchors: reader.anchors, report: &report)
        if edition.blocks.contains(where: { if case .field(.district, _) = $0 { return true } else { return false } }) == false || report.districtName == nil {
            if let name = districtFromIntroduction(lines, reader.anchors) {
                report.districtName = report.districtName ?? name
                report.found.append(ImportedField(field: .districtName, value: name, source: "the introduction"))
            }
        }
        return finished(report)
    }

    /// Counts the edition's headings and paragraph openings present in the text.
    func score(_ edition: Edition, in fullKey: KeySearch) -> EditionScore {
        let unique = markers[edition.id] ?? Self.markers(of: edition)
        return EditionScore(editionID: edition.id, matched: unique.filter { fullKey.contains($0) }.count, total: unique.count)
    }

    /// The distinct keys of an edition's headings and paragraph openings.
    private static func markers(of edition: Edition) -> [String] {
        var markers: [String] = []
        func add(_ text: String, length: Int = 48) {
            let key = ImportText.key(text.replacing("{district}", with: "\n").split(separator: "\n").first.map(String.init) ?? "")
            if key.count >= 8 { markers.append(String(key.prefix(length))) }
        }
        for section in edition.sections {
            add(section.heading)
            for block in section.blocks {
                switch block {
                case .paragraph(let text), .subheading(let text): add(text)
                case .list(_, _, let items): items.forEach { add($0.fullText) }
                case .field(_, let label): add(label)
                case .prompt(let prompt): add(prompt.text, length: 80)
                case .signatures: break
                }
            }
        }
        edition.signatories.forEach { add($0.label) }
        add(edition.returnTo.text.first ?? "")
        return Array(Set(markers))
    }

    /// The name the 2015 form writes into its introduction: "... and the <X> Schools to benchmark".
    private func districtFromIntroduction(_ lines: [ImportLine], _ anchors: FormAnchors) -> String? {
        let text = lines.filter { !$0.isJunk }.map(\.clean).joined(separator: " ").collapsingWhitespace
        let chars = Array(text)
        let lower = chars.map { $0.lowercased() }
        for (before, after) in anchors.districtContext {
            let lead = Array(String(before.suffix(8)).map { String($0) })   // "and the "
            let tail = Array(String(after.prefix(20)).trimmed.map { String($0) })  // "schools to benchmark"
            guard !lead.isEmpty, !tail.isEmpty, let tailStart = find(tail, in: lower) else { continue }
            guard let leadStart = find(lead, in: Array(lower[..<tailStart]), last: true) else { continue }
            let name = String(chars[(leadStart + lead.count)..<tailStart]).trimmed
            let hasLetters = name.contains { $0.isLetter }
            if hasLetters && name.count <= 80 && !name.contains("_") { return name }
        }
        return nil
    }

    private func find(_ needle: [String], in haystack: [String], last: Bool = false) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        let starts = Array(0...(haystack.count - needle.count))
        for start in last ? starts.reversed() : starts where Array(haystack[start..<(start + needle.count)]) == needle {
            return start
        }
        return nil
    }

    /// Lists what was found in form order and what the edition asks for that was not.
    private func finished(_ start: ImportReport) -> ImportReport {
        var report = start
        guard let edition = report.edition else { return report }
        let promptOrder = edition.prompts.map(\.id)
        // Form order: contacts, answers and points in the order of the prompts, then dates.
        func rank(_ path: FieldPath) -> (Int, Int) {
            switch path {
            case .districtName: (0, 0)
            case .superintendentName: (1, 0)
            case .superintendentEmail: (2, 0)
            case .contact(let i, let part): (3, i * 3 + (FieldPath.ContactPart.allCases.firstIndex(of: part) ?? 0))
            case .reflection(let id): (10 + (promptOrder.firstIndex(of: id) ?? 9), 0)
            case .action(let i): (10 + (edition.pointsPrompt.flatMap { promptOrder.firstIndex(of: $0.id) } ?? 9), i)
            case .districtSignatureDate: (30, 0)
            case .kdeSignatureDate: (31, 0)
            default: (40, 0)
            }
        }
        report.found.sort { rank($0.field) < rank($1.field) }
        var missing: [FieldPath] = []
        if report.districtName == nil { missing.append(.districtName) }
        if report.superintendent.name.isEmpty { missing.append(.superintendentName) }
        if report.superintendent.email.isEmpty { missing.append(.superintendentEmail) }
        if report.contacts.isEmpty { missing.append(.contacts) }
        for prompt in edition.prompts {
            switch prompt.answer {
            case .text: if (report.reflections[prompt.id] ?? "").isEmpty { missing.append(.reflection(prompt.id)) }
            case .points: if report.actions.isEmpty { missing.append(.actions) }
            }
        }
        if report.districtDate == nil { missing.append(.districtSignatureDate) }
        if report.kdeDate == nil { missing.append(.kdeSignatureDate) }
        report.notFound = missing
        return report
    }
}
