/// Reads OpenDocument text (.odt, LibreOffice's own format) into the same blocks as a
/// .docx: paragraphs and headings, list items, table rows, and the master page's header
/// and footer. Tracked deletions live apart in `text:tracked-changes` and are left out.
public enum OdtReader {
    public static func read(_ bytes: [UInt8]) throws(WordError) -> WordText {
        let zip: ZipArchive
        do { zip = try ZipArchive(bytes: bytes) } catch { throw .archive(error) }
        func part(_ name: String) throws(WordError) -> [UInt8] {
            do { return try zip.data(of: name) } catch { throw .archive(error) }
        }
        var blocks: [WordBlock] = []
        if zip.contains("styles.xml") {
            blocks += try walk(try part("styles.xml"), part: "styles.xml", furnitureOnly: true)
        }
        blocks += try walk(try part("content.xml"), part: "content.xml", furnitureOnly: false)
        return WordText(format: "OpenDocument text (.odt)", blocks: blocks)
    }

    private static func walk(_ xml: [UInt8], part: String, furnitureOnly: Bool) throws(WordError) -> [WordBlock] {
        var blocks: [WordBlock] = []
        var paragraph = "", inParagraph = 0, skipDepth = 0, listDepth = 0, tableDepth = 0
        var furniture: WordBlock.Kind?
        var row: [[String]] = [], cell: [String] = []
        var reader = XMLReader(xml)
        do {
            try reader.read { event throws(XMLReader.Failure) in
                switch event {
                case .start(let name, let attributes, _):
                    if skipDepth > 0 || name == "text:tracked-changes" || name == "office:annotation" { skipDepth += 1; return }
                    switch name {
                    case "style:header": furniture = .pageHeader
                    case "style:footer": furniture = .pageFooter
                    case "text:p", "text:h": inParagraph += 1; if inParagraph == 1 { paragraph = "" }
                    case "text:list": listDepth += 1
                    case "text:tab": paragraph += "\t"
                    case "text:line-break": paragraph += "\n"
                    case "text:s": paragraph += String(repeating: " ", count: Int(attributes["text:c"] ?? "1") ?? 1)
                    case "table:table": tableDepth += 1
                    case "table:table-row" where tableDepth == 1: row = []
                    case "table:table-cell" where tableDepth == 1: cell = []
                    default: break
                    }
                case .end(let name):
                    if skipDepth > 0 { skipDepth -= 1; return }
                    switch name {
                    case "style:header", "style:footer": furniture = nil
                    case "text:p", "text:h":
                        inParagraph -= 1
                        guard inParagraph == 0, !furnitureOnly || furniture != nil else { return }
                        if tableDepth > 0 { cell.append(paragraph); return }
                        let kind: WordBlock.Kind = furniture ?? (listDepth > 0 ? .listItem(level: listDepth - 1, numbered: false) : .paragraph)
                        blocks.append(WordBlock(kind: kind, text: paragraph))
                    case "text:list": listDepth -= 1
                    case "table:table-cell" where tableDepth == 1: row.append(cell)
                    case "table:table-row" where tableDepth == 1:
                        blocks.append(WordBlock(kind: .tableRow, text: row.map { $0.joined(separator: " ") }.joined(separator: "\t"), cells: row))
                    case "table:table": tableDepth -= 1
                    default: break
                    }
                case .text(let text):
                    if skipDepth == 0, inParagraph > 0 { paragraph += text }
                }
            }
        } catch { throw .xml(part: part, detail: error.description) }
        return blocks
    }
}
