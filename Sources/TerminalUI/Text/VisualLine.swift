/// One display row produced by `TextWrapper`: a range of character offsets into the wrapped text.
public struct VisualLine: Equatable, Sendable {
    /// Offset of the first character on this row.
    public var start: Int
    /// Offset just past the last character on this row (spaces the wrap swallowed included, the newline excluded).
    public var end: Int
    /// True when this row ends its paragraph (followed by a newline or the end of the text),
    /// so a cursor at `end` belongs to this row rather than to the next.
    public var endsParagraph: Bool

    /// Creates a visual line.
    public init(start: Int, end: Int, endsParagraph: Bool) {
        self.start = start
        self.end = end
        self.endsParagraph = endsParagraph
    }

    /// The last offset a cursor may take while staying on this row.
    public var lastCursorOffset: Int { endsParagraph ? end : max(start, end - 1) }
}
