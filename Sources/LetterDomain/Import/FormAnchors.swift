/// The printed text of an edition, folded for comparison: where the importer finds
/// the form's own words, and which of them start a part the district fills in.
struct FormAnchors: Sendable {
    /// What a line of the form's own text begins.
    enum Kind: Sendable, Equatable {
        case field(ContactField)
        case prompt(ReflectionPrompt)
        case signaturesHeading
        case signatory(Party)
        case dateLabel
        /// The return address or form date: the end of the signatures.
        case trailer
        /// A section heading: ends whatever was being read.
        case heading
        /// Any other text of the form.
        case text
    }

    struct Anchor: Sendable {
        var key: String
        var kind: Kind
        /// Words in the printed text, to find what was written after it on the same line.
        var words: Int
    }

    /// Anchors that may have a value written after them, longest first.
    let anchors: [Anchor]
    /// Every piece of the form's text, as keys, for "is this line form text?".
    let corpus: KeySearch
    /// Short form strings compared whole ("Date:", "(KDE designee)", headings).
    let exact: Set<String>
    /// The folded text before and after `{district}` in the edition's paragraphs.
    let districtContext: [(before: String, after: String)]

    init(edition: Edition, others: [Edition]) {
        var anchors: [Anchor] = []
        var pieces: [String] = []
        var context: [(String, String)] = []
        func add(_ text: String, _ kind: Kind) {
            let key = ImportText.key(text)
            guard !key.isEmpty else { return }
            pieces.append(key)
            if kind != .text { anchors.append(Anchor(key: key, kind: kind, words: ImportText.wordCount(text))) }
        }
        edition.headerLines.forEach { add($0, .text) }
        for section in edition.sections {
            add(section.heading, .heading)
            for block in section.blocks {
                switch block {
                case .paragraph(let text):
                    if let range = text.firstRange(of: "{district}") {
                        let before = String(text[..<range.lowerBound]), after = String(text[range.upperBound...])
                        add(before, .text)
                        add(after, .text)
                        context.append((ImportText.key(before), ImportText.key(after)))
                    } else {
                        add(text, .text)
                    }
                case .subheading(let text):
                    add(text, ImportText.key(text) == "required signatories" ? .signaturesHeading : .text)
                case .list(_, _, let items):
                    items.forEach { add($0.fullText, .text) }
                case .field(let field, let label):
                    add(label, .field(field))
                case .prompt(let prompt):
                    add(prompt.note.map { prompt.text + " " + $0 } ?? prompt.text, .prompt(prompt))
                case .signatures:
                    break
                }
            }
        }
        for signatory in edition.signatories {
            add(signatory.label, .signatory(signatory.party))
            add(signatory.dateLabel, .dateLabel)
        }
        if let name = edition.kdeDesignee.name {
            add([name, edition.kdeDesignee.title].compactMap { $0 }.joined(separator: ", "), .text)
        }
        if let formDate = edition.formDate { add(formDate, .trailer) }
        if let first = edition.returnTo.text.first { add(first, .trailer) }
        edition.returnTo.text.forEach { add($0, .text) }
        // Labels of the other editions' contact fields: a form copied from an older
        // year keeps its own wording, and the field is still recognisable.
        for other in others where other.id != edition.id {
            for case .field(let field, let label) in other.blocks { add(label, .field(field)) }
        }
        add("Date:", .dateLabel)
        self.anchors = anchors.sorted { $0.key.count > $1.key.count }
        self.corpus = KeySearch(pieces.joined(separator: "\n"))
        self.exact = Set(pieces)
        self.districtContext = context
        self.hyphenJoined = Self.hyphenJoined(pieces)
    }

    /// The form's words with one inner hyphen, written without it, unless the form has them so too.
    private static func hyphenJoined(_ pieces: [String]) -> Set<String> {
        var words: Set<String> = [], joined: Set<String> = []
        for piece in pieces { for word in piece.split(separator: " ") { words.insert(String(word)) } }
        for word in words where word.contains("-") {
            let parts = word.split(separator: "-")
            if parts.count == 2, parts.allSatisfy({ $0.count >= 3 && $0.allSatisfy(\.isLetter) }) { joined.insert(parts.joined()) }
        }
        return joined.subtracting(words)
    }

    /// The form's hyphenated words written without their hyphen ("postsecondary"): found in a
    /// text, they show a converter (pdftotext) joined words broken at line ends and dropped
    /// the hyphen, so the district's own hyphens at line ends may be gone too.
    let hyphenJoined: Set<String>

    /// Whether the text shows words joined across line ends with their hyphen dropped.
    func joinsBrokenWords(_ lines: [ImportLine]) -> Bool {
        lines.contains { line in line.key.split(separator: " ").contains { hyphenJoined.contains(String($0).trimmingCharacters(in: ".,;:")) } }
    }

    /// The anchor a line begins with (its key starts with the anchor's, the label's
    /// colon optional), or for a long line, the anchor it is the start of (wrapped).
    func anchor(for line: ImportLine) -> Anchor? {
        let key = ImportText.stripBullet(line.key)
        for anchor in anchors {
            let label = anchor.key.hasSuffix(":") ? String(anchor.key.dropLast()) : anchor.key
            if key == anchor.key || key == label { return anchor }
            if key.hasPrefix(label) {
                let next = key[key.index(key.startIndex, offsetBy: label.count)...].first
                if next == ":" || next == " " || next == nil { return anchor }
            }
            if key.count >= 30 && anchor.key.hasPrefix(key) { return anchor }
        }
        return nil
    }

    /// Whether a line is the form's own text (whole, or a piece of a wrapped paragraph).
    func isFormText(_ line: ImportLine) -> Bool {
        let key = ImportText.stripBullet(line.key)
        if key.isEmpty { return false }
        if exact.contains(key) || exact.contains(key + ":") { return true }
        if key.count >= 20 && line.clean.count <= 2_000 && corpus.contains(key) { return true }
        // The paragraph that names the district: the name makes it differ from the form.
        for (before, after) in districtContext {
            if before.count >= 20 && key.hasPrefix(String(before.prefix(40))) { return true }
            if after.count >= 20 && key.contains(String(after.prefix(25))) { return true }
        }
        return false
    }
}

extension String {
    /// Without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
