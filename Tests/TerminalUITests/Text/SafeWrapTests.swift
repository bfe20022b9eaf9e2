import Testing
@testable import TerminalUI

/// Text is made safe before it is wrapped: a placeholder (`^[`, `<U+202E>`) takes its
/// full width in the wrapping, so it never pushes words past the right edge.
@Suite struct SafeWrapTests {
    static let hostile = "REJECTED\u{8}\u{8} word \u{1B}[2J\u{1B}]52;c;aGVsbG8=\u{7} next\u{202E}reversed\u{2066} \u{9B}31m more\u{7F}\u{0} "
        + String(repeating: "\u{1B}", count: 30) + " tail\rover\u{2028}end"

    @Test(arguments: [10, 17, 24, 40, 80])
    func aLineFullOfControlCharactersWrapsWithinItsWidth(width: Int) {
        let rows = TextWrapper.wrap(Self.hostile, width: width)
        #expect(rows.count > 1)
        for row in rows {
            #expect(DisplayWidth.of(row) <= width, "\(row)")
            #expect(Sanitizer.isDisplayable(row), "rows are already safe: \(row)")
        }
        // Nothing is lost: the rows hold every placeholder in order.
        #expect(rows.joined().filter { $0 != " " } == Sanitizer.displayable(Self.hostile).filter { $0 != " " })
        // Drawn, every row fits: nothing is clipped at the edge.
        let grid = GridSurface(columns: width, rows: rows.count)
        for (index, row) in rows.enumerated() {
            grid.put(row, at: Point(x: 0, y: index), role: .text)
            #expect(grid.row(index) == row.trimmingSuffix(while: { $0 == " " }))
        }
    }

    @Test func characterWrappingCountsPlaceholderWidths() {
        let characters = Array("ab\u{1B}\u{1B}\u{1B} cd\u{202E}\u{202E} ef")
        for width in [4, 8, 10, 20] {
            for line in TextWrapper.wrap(characters, width: width) {
                let drawn = Sanitizer.displayable(String(characters[line.start..<line.end]).trimmingSuffix(while: { $0 == " " }))
                #expect(DisplayWidth.of(drawn) <= max(width, 8), "\(drawn) at \(width)")
            }
        }
    }

    @Test func newlinesStayParagraphBreaks() {
        #expect(TextWrapper.wrap("a\u{1B}\nb", width: 10) == ["a^[", "b"])
    }
}

private extension StringProtocol {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var text = String(self)
        while let last = text.last, predicate(last) { text.removeLast() }
        return text
    }
}
