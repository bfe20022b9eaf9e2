import Testing
@testable import TerminalUI

@Suite struct GridSurfaceTests {
    @Test func textTrimsTrailingSpacesAndJoinsRows() {
        let grid = GridSurface(columns: 10, rows: 3)
        grid.put("Hello", at: Point(x: 2, y: 1), role: .title)
        #expect(grid.text() == "\n  Hello\n")
        #expect(grid.role(at: Point(x: 2, y: 1)) == .title)
        #expect(grid.role(at: Point(x: 1, y: 1)) == .text)
    }

    @Test func clipsAtTheRightEdgeByDisplayWidth() {
        let grid = GridSurface(columns: 6, rows: 1)
        grid.put("日本語です", at: Point(x: 0, y: 0), role: .text)
        #expect(grid.text() == "日本語")
        grid.put("abcde日", at: Point(x: 0, y: 0), role: .text)
        // The wide character does not fit in the last cell: a blank is shown, never half a glyph.
        #expect(grid.text() == "abcde")
    }

    @Test func wideCharactersTakeTwoCells() {
        let grid = GridSurface(columns: 8, rows: 1)
        grid.put("a漢b", at: .zero, role: .text)
        #expect(grid.cell(at: Point(x: 1, y: 0))?.character == "漢")
        #expect(grid.cell(at: Point(x: 2, y: 0))?.isContinuation == true)
        #expect(grid.cell(at: Point(x: 3, y: 0))?.character == "b")
        // Overwriting the right half blanks the left half.
        grid.put("x", at: Point(x: 2, y: 0), role: .text)
        #expect(grid.text() == "a xb")
    }

    @Test func offscreenAndNegativePositionsAreClipped() {
        let grid = GridSurface(columns: 4, rows: 2)
        grid.put("hello", at: Point(x: -2, y: 0), role: .text)
        grid.put("nope", at: Point(x: 0, y: 5), role: .text)
        #expect(grid.text() == "llo\n")
    }

    @Test func fillAndCursor() {
        let grid = GridSurface(columns: 4, rows: 2)
        grid.fill(Rect(x: 1, y: 0, width: 10, height: 1), role: .selection)
        #expect(grid.roles(row: 0, from: 1, to: 4) == [.selection])
        #expect(grid.role(at: Point(x: 0, y: 0)) == .text)
        grid.setCursor(Point(x: 2, y: 1))
        #expect(grid.cursor == Point(x: 2, y: 1))
        grid.setCursor(nil)
        #expect(grid.cursor == nil)
    }

    @Test func findLocatesTextByColumn() {
        let grid = GridSurface(columns: 20, rows: 2)
        grid.put("日本 Error", at: Point(x: 1, y: 1), role: .error)
        #expect(grid.find("Error") == Point(x: 6, y: 1))
        #expect(grid.find("missing") == nil)
    }

    @Test func putNeverWritesNewlinesIntoTheGrid() {
        let grid = GridSurface(columns: 20, rows: 2)
        grid.put("one\ntwo", at: .zero, role: .text)
        #expect(grid.text() == "one^Jtwo\n")
    }
}
