/// Follows the XML events of one WordprocessingML part and collects its blocks.
struct DocxWalker {
    let numbering: NumberingFormats
    /// What a paragraph outside tables and lists is: body text, or page header/footer.
    let plainKind: WordBlock.Kind
    private(set) var blocks: [WordBlock] = []

    private var depth = 0
    /// Set while inside an element whose text is not shown (a deletion, field code, fallback, placeholder).
    private var skipBelow: Int?
    private var inText = false
    private var runDepth = 0
    private var inParagraphProperties = false
    private var paragraph = ""
    private var numId: String?, level: Int?, style: String?
    /// Field codes nest; text between begin and separate is code, not shown.
    private var fieldInCode: [Bool] = []
    /// Per open content control: whether it is showing its placeholder.
    private var placeholders: [Bool] = []
    private var tableDepth = 0
    private var row: [[String]] = []
    private var cell: [String] = []

    init(numbering: NumberingFormats, plainKind: WordBlock.Kind) {
        self.numbering = numbering
        self.plainKind = plainKind
    }

    /// Elements whose content Word does not show as the document's text.
    private static let hidden: Set<String> = ["w:del", "w:delText", "w:instrText", "w:delInstrText", "mc:Fallback",
                                             "w:rPr", "w:footnoteReference", "w:endnoteReference", "w:commentReference", "w:moveFrom"]

    mutating func take(_ event: XMLReader.Event) {
        switch event {
        case .start(let name, let attributes, _):
            depth += 1
            if skipBelow != nil { return }
            if Self.hidden.contains(name) || (name == "w:sdtContent" && placeholders.last == true) {
                skipBelow = depth - 1
                return
            }
            start(name, attributes)
        case .end(let name):
            depth -= 1
            if let below = skipBelow {
                if depth == below { skipBelow = nil }
                return
            }
            end(name)
        case .text(let text):
            if skipBelow == nil, inText, !(fieldInCode.last ?? false) { paragraph += text }
        }
    }

    private mutating func start(_ name: String, _ attributes: [String: String]) {
        let shown = !(fieldInCode.last ?? false)
        switch name {
        case "w:p": paragraph = ""; numId = nil; level = nil; style = nil
        case "w:pPr": inParagraphProperties = true
        case "w:pStyle" where inParagraphProperties: style = attributes["w:val"]
        case "w:numId" where inParagraphProperties: numId = attributes["w:val"]
        case "w:ilvl" where inParagraphProperties: level = Int(attributes["w:val"] ?? "0")
        case "w:r": runDepth += 1
        case "w:t": inText = true
        case "w:tab" where runDepth > 0 && shown: paragraph += "\t"
        case "w:br" where runDepth > 0 && shown, "w:cr" where runDepth > 0 && shown: paragraph += "\n"
        case "w:noBreakHyphen" where shown: paragraph += "-"
        case "w:fldChar":
            switch attributes["w:fldCharType"] {
            case "begin": fieldInCode.append(true)
            case "separate": if !fieldInCode.isEmpty { fieldInCode[fieldInCode.count - 1] = false }
            case "end": _ = fieldInCode.popLast()
            default: break
            }
        case "w:sdt": placeholders.append(false)
        case "w:showingPlcHdr": if !placeholders.isEmpty { placeholders[placeholders.count - 1] = true }
        case "w:tbl": tableDepth += 1
        case "w:tr" where tableDepth == 1: row = []
        case "w:tc" where tableDepth == 1: cell = []
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "w:pPr": inParagraphProperties = false
        case "w:r": runDepth -= 1
        case "w:t": inText = false
        case "w:sdt": _ = placeholders.popLast()
        case "w:p": finishParagraph()
        case "w:tc" where tableDepth == 1: row.append(cell)
        case "w:tr" where tableDepth == 1:
            let text = row.map { $0.joined(separator: " ") }.joined(separator: "\t")
            blocks.append(WordBlock(kind: plainKind == .paragraph ? .tableRow : plainKind, text: text, cells: row))
        case "w:tbl": tableDepth -= 1
        default: break
        }
    }

    private mutating func finishParagraph() {
        if tableDepth > 0 {
            cell.append(paragraph)
            return
        }
        var kind = plainKind
        if plainKind == .paragraph, let list = numbering.list(numId: numId, level: level, style: style) {
            kind = .listItem(level: list.level, numbered: list.numbered)
        }
        blocks.append(WordBlock(kind: kind, text: paragraph))
    }
}
