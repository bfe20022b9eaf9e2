/// Reads a .docx (WordprocessingML in a ZIP) into blocks: the body's paragraphs, list
/// items and table rows in order, and the headers' and footers' paragraphs.
///
/// Text is what Word shows as the final document: tracked insertions are in, tracked
/// deletions out; a field shows its result, not its code; a content control showing its
/// placeholder ("Click here to enter text") counts as empty. Lists are known from the
/// paragraph's numbering, given directly or through its style, and the level's format in
/// word/numbering.xml says bullet or number.
public enum DocxReader {
    /// Reads the document in `bytes`.
    public static func read(_ bytes: [UInt8]) throws(WordError) -> WordText {
        let zip: ZipArchive
        do { zip = try ZipArchive(bytes: bytes) } catch { throw .archive(error) }
        func part(_ name: String) throws(WordError) -> [UInt8]? {
            guard zip.contains(name) else { return nil }
            do { return try zip.data(of: name) } catch { throw .archive(error) }
        }
        guard let document = try part("word/document.xml") else { throw .archive(.missing("word/document.xml")) }
        let numbering = try NumberingFormats(numbering: try part("word/numbering.xml"), styles: try part("word/styles.xml"))
        var blocks: [WordBlock] = []
        let furniture = zip.entries.map(\.name).filter { $0.hasPrefix("word/header") || $0.hasPrefix("word/footer") }.sorted()
        for name in furniture where name.hasSuffix(".xml") && name.hasPrefix("word/header") {
            blocks += try paragraphs(of: try part(name) ?? [], part: name, numbering: numbering, as: .pageHeader)
        }
        blocks += try paragraphs(of: document, part: "word/document.xml", numbering: numbering, as: .paragraph)
        for name in furniture where name.hasSuffix(".xml") && name.hasPrefix("word/footer") {
            blocks += try paragraphs(of: try part(name) ?? [], part: name, numbering: numbering, as: .pageFooter)
        }
        return WordText(format: "Word document (.docx)", blocks: blocks)
    }

    private static func paragraphs(of xml: [UInt8], part: String, numbering: NumberingFormats, as kind: WordBlock.Kind) throws(WordError) -> [WordBlock] {
        var walker = DocxWalker(numbering: numbering, plainKind: kind)
        var reader = XMLReader(xml)
        do { try reader.read { event throws(XMLReader.Failure) in walker.take(event) } } catch { throw .xml(part: part, detail: error.description) }
        return walker.blocks
    }
}

/// Which list numbering (numId, level) is a bullet, from numbering.xml, and which
/// paragraph styles carry numbering, from styles.xml.
struct NumberingFormats: Sendable {
    /// numId -> level -> numFmt ("bullet", "decimal", ...).
    var formats: [String: [Int: String]] = [:]
    /// styleId -> (numId, level).
    var styles: [String: (String, Int)] = [:]

    init(numbering: [UInt8]?, styles stylesXML: [UInt8]?) throws(WordError) {
        var abstract: [String: [Int: String]] = [:]
        var numToAbstract: [String: String] = [:]
        if let numbering {
            var currentAbstract: String?, currentNum: String?, level = 0
            var reader = XMLReader(numbering)
            do {
                try reader.read { event throws(XMLReader.Failure) in
                    guard case .start(let name, let attributes, _) = event else { return }
                    switch name {
                    case "w:abstractNum": currentAbstract = attributes["w:abstractNumId"]; currentNum = nil
                    case "w:num": currentNum = attributes["w:numId"]; currentAbstract = nil
                    case "w:lvl": level = Int(attributes["w:ilvl"] ?? "0") ?? 0
                    case "w:numFmt": if let a = currentAbstract, let v = attributes["w:val"] { abstract[a, default: [:]][level] = v }
                    case "w:abstractNumId": if let n = currentNum, let v = attributes["w:val"] { numToAbstract[n] = v }
                    default: break
                    }
                }
            } catch { throw .xml(part: "word/numbering.xml", detail: error.description) }
        }
        for (num, abs) in numToAbstract { formats[num] = abstract[abs] ?? [:] }
        guard let stylesXML else { return }
        var style: String?, numId: String?, level = 0
        var reader = XMLReader(stylesXML)
        do {
            try reader.read { event throws(XMLReader.Failure) in
                switch event {
                case .start("w:style", let attributes, _): style = attributes["w:styleId"]; numId = nil; level = 0
                case .start("w:numId", let attributes, _): numId = attributes["w:val"]
                case .start("w:ilvl", let attributes, _): level = Int(attributes["w:val"] ?? "0") ?? 0
                case .end("w:style"):
                    if let style, let numId, numId != "0" { styles[style] = (numId, level) }
                default: break
                }
            }
        } catch { throw .xml(part: "word/styles.xml", detail: error.description) }
    }

    /// Whether the numbering is a list, and numbered rather than bulleted; nil for no list.
    func list(numId: String?, level: Int?, style: String?) -> (level: Int, numbered: Bool)? {
        var id = numId, lvl = level
        if id == nil, let style, let styled = styles[style] { id = styled.0; lvl = lvl ?? styled.1 }
        guard let id, id != "0" else { return nil }
        let format = formats[id]?[lvl ?? 0] ?? "bullet"
        return (lvl ?? 0, !(format == "bullet" || format == "none"))
    }
}

extension DocxReader {
    /// Reads a .docx, or an .odt through `OdtReader`.
    public static func readAny(_ bytes: [UInt8]) throws(WordError) -> WordText {
        switch DocumentFormat.recognise(bytes) {
        case .odt: try OdtReader.read(bytes)
        default: try read(bytes)
        }
    }
}
