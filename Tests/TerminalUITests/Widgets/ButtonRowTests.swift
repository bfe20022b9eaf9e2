import Testing
@testable import TerminalUI

@Suite struct ButtonRowTests {
    @Test func movesAndActivates() {
        var row = ButtonRow(["Back", "Next", "Save"])
        #expect(row.handle(.right) == .handled)
        #expect(row.handle(.enter) == .activated(1))
        #expect(row.handle(.tab) == .handled)
        #expect(row.focusedIndex == 2)
        #expect(row.handle(.tab) == .ignored)  // focus may leave the row
        #expect(row.handle(.right) == .handled)
        #expect(row.focusedIndex == 2)
        #expect(row.handle(.left) == .handled)
        #expect(row.handle(.backTab) == .handled)
        #expect(row.handle(.backTab) == .ignored)
        #expect(row.handle(.space) == .activated(0))
        #expect(row.handle(.character("x")) == .ignored)
    }

    @Test func drawsFocusedButton() {
        let row = ButtonRow(["Back", "Next"], focusedIndex: 1)
        let grid = GridSurface(columns: 30, rows: 1)
        row.draw(on: grid, in: Rect(x: 0, y: 0, width: 30, height: 1), focused: true)
        #expect(grid.text() == "[ Back ]  [ Next ]")
        #expect(grid.role(at: Point(x: 12, y: 0)) == .selection)
        #expect(grid.role(at: Point(x: 2, y: 0)) == .button)
        #expect(row.width == 18)
    }
}
