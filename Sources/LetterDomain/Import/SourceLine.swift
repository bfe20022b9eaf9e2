/// One line handed to the importer, with the structure its file gave it. Plain text has
/// none (every line `.plain`, structure guessed from the text); a Word document says
/// which line is a paragraph, a list item, a table row or page furniture.
public struct SourceLine: Sendable, Equatable {
    public enum Structure: Sendable, Equatable {
        /// A line of a plain-text file: paragraphs are separated by blank lines.
        case plain
        /// A whole paragraph of a document.
        case paragraph
        /// A list item, its bullet or number given by the document (not in `text`).
        case listItem(numbered: Bool)
        /// A table row: each cell's text, in order.
        case tableRow(cells: [String])
        /// A page header or footer line: printed on every page, not part of the letter's text.
        case pageFurniture
    }

    public var text: String
    public var structure: Structure

    public init(_ text: String, _ structure: Structure) {
        self.text = text
        self.structure = structure
    }
}
