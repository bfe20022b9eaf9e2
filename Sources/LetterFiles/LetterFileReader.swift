import LetterDomain
import WordDocument

/// Reads a letter file of any format kyiln takes into an import report: a Word
/// document (.docx) by its structure, OpenDocument text (.odt) likewise, plain text in
/// whatever encoding it was saved. Other formats (.doc, PDF, RTF) are refused in the
/// report, naming the format and what to do instead.
public struct LetterFileReader: Sendable {
    public let importer: LetterImporter

    /// Files larger than this are not letters (a .docx of a letter is well under 1 MB).
    public static let sizeLimit = 8 * 1024 * 1024

    public init(importer: LetterImporter) {
        self.importer = importer
    }

    /// The file name endings a folder import takes.
    public static let extensions = ["docx", "odt", "txt"]

    /// Reads the bytes of the file named `sourceName`.
    public func read(bytes: [UInt8], sourceName: String) -> ImportReport {
        switch DocumentFormat.recognise(bytes) {
        case .plainText:
            return importer.read(bytes: bytes, sourceName: sourceName)
        case .refused(let name, let advice):
            return refused(sourceName, "the file is \(name), which kyiln does not read; \(advice)")
        case .docx, .odt:
            do {
                let document = try DocxReader.readAny(bytes)
                return importer.read(lines: Self.lines(of: document), sourceName: sourceName, format: document.format)
            } catch {
                return refused(sourceName, "the Word document cannot be read: \(error.description)")
            }
        }
    }

    private func refused(_ name: String, _ reason: String) -> ImportReport {
        var report = ImportReport(sourceName: name)
        report.unplaced.append(UnplacedText(line: 0, text: "", reason: reason))
        return report
    }

    /// The document's blocks as the importer's lines: a table row whose cells hold one
    /// paragraph each stays one line (its cells kept apart); a row with several paragraphs
    /// in a cell gives each paragraph a line, cells in order.
    static func lines(of document: WordText) -> [SourceLine] {
        var lines: [SourceLine] = []
        for block in document.blocks {
            switch block.kind {
            case .paragraph:
                lines.append(SourceLine(block.text, .paragraph))
            case .listItem(_, let numbered):
                lines.append(SourceLine(block.text, .listItem(numbered: numbered)))
            case .pageHeader, .pageFooter:
                lines.append(SourceLine(block.text, .pageFurniture))
            case .tableRow:
                if block.cells.allSatisfy({ $0.count <= 1 }) {
                    lines.append(SourceLine(block.text, .tableRow(cells: block.cells.map { $0.first ?? "" })))
                } else {
                    for cell in block.cells { for paragraph in cell { lines.append(SourceLine(paragraph, .paragraph)) } }
                }
            }
        }
        return lines
    }
}
