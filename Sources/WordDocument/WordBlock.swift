/// One piece of a word-processor document, in reading order, with the structure the
/// document gives it: which paragraph is a list item, which text sits in a table, which
/// lines are the page header and footer.
public struct WordBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// An ordinary paragraph.
        case paragraph
        /// A list item: bulleted or numbered by the document's numbering, at a level (0 outermost).
        case listItem(level: Int, numbered: Bool)
        /// One row of a table; `cells` holds each cell's paragraphs.
        case tableRow
        /// A paragraph of a page header or footer (printed on every page; not body text).
        case pageHeader
        case pageFooter
    }

    public var kind: Kind
    /// The paragraph's text: line breaks as "\n", tabs as "\t". For a table row, the cells' text joined by tabs.
    public var text: String
    /// For a table row: each cell's paragraphs, cells in order.
    public var cells: [[String]]

    public init(kind: Kind, text: String, cells: [[String]] = []) {
        self.kind = kind
        self.text = text
        self.cells = cells
    }
}

/// A document read into blocks, and what kind of file it was.
public struct WordText: Sendable, Equatable {
    /// "Word document (.docx)" or "OpenDocument text (.odt)", for reports.
    public var format: String
    public var blocks: [WordBlock]
}
