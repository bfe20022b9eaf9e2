import Testing
@testable import TerminalUI

@Suite struct BoxTests {
    @Test func unicodeBoxWithTitle() {
        let grid = GridSurface(columns: 12, rows: 3)
        let inner = Box().draw(on: grid, in: Rect(x: 0, y: 0, width: 12, height: 3), title: "Title")
        #expect(grid.text() == "┌─ Title ──┐\n│          │\n└──────────┘")
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(grid.role(at: Point(x: 3, y: 0)) == .title)
    }

    @Test func asciiFallback() {
        let grid = GridSurface(columns: 6, rows: 3)
        Box(ascii: true).draw(on: grid, in: Rect(x: 0, y: 0, width: 6, height: 3))
        #expect(grid.text() == "+----+\n|    |\n+----+")
    }
}
