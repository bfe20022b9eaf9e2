import Testing
@testable import TerminalUI

@Suite struct HelpOverlayTests {
    let bindings = [KeyHint("F1", "Help"), KeyHint("Ctrl-S", "Save"), KeyHint("Ctrl-Q", "Quit"),
                    KeyHint("Tab", "Next field"), KeyHint("Shift-Tab", "Previous field")]

    @Test func drawsABoxedList() {
        let help = HelpOverlay(bindings: bindings)
        let grid = GridSurface(columns: 34, rows: 9)
        help.draw(on: grid, in: Rect(x: 0, y: 0, width: 34, height: 9))
        expectSnapshot(grid, """

          ┌─ Keys ─────────────────────┐
          │ F1         Help            │
          │ Ctrl-S     Save            │
          │ Ctrl-Q     Quit            │
          │ Tab        Next field      │
          │ Shift-Tab  Previous field  │
          └────────────────────────────┘

        """)
    }

    @Test func scrollsAndCloses() {
        var help = HelpOverlay(bindings: bindings, visibleRows: 2)
        #expect(help.handle(.down) == .open)
        #expect(help.scrollOffset == 1)
        _ = help.handle(.end)
        #expect(help.scrollOffset == 3)
        _ = help.handle(.home)
        #expect(help.scrollOffset == 0)
        #expect(help.handle(.escape) == .closed)
        #expect(help.handle(.function(1)) == .closed)
        #expect(help.handle(.character("q")) == .closed)
    }
}
