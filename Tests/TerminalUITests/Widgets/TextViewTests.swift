import Testing
@testable import TerminalUI

@Suite struct TextViewTests {
    let text = "Kentucky districts commit to the program goals described below and agree to report progress."

    func draw(_ view: TextView) -> GridSurface {
        let grid = GridSurface(columns: 21, rows: 3)
        view.draw(on: grid, in: Rect(x: 0, y: 0, width: 21, height: 3), focused: true)
        return grid
    }

    @Test func wrapsAndShowsTheScrollBar() {
        let view = TextView(text: text, viewport: Size(columns: 21, rows: 3))
        expectSnapshot(draw(view), """
        Kentucky districts
        commit to the       █
        program goals       ▼
        """)
    }

    @Test func scrollsWithKeysAndClampsAtTheEnds() {
        var view = TextView(text: text, viewport: Size(columns: 21, rows: 3))
        #expect(view.lines(columns: 21).count == 6)
        #expect(view.handle(.down) == true)
        #expect(view.scrollOffset == 1)
        _ = view.handle(.end)
        #expect(view.scrollOffset == 3)
        #expect(draw(view).row(2).hasPrefix("progress."))
        _ = view.handle(.pageDown)
        #expect(view.scrollOffset == 3)
        _ = view.handle(.pageUp)
        #expect(view.scrollOffset == 1)
        _ = view.handle(.home)
        #expect(view.scrollOffset == 0)
        _ = view.handle(.up)
        #expect(view.scrollOffset == 0)
        #expect(view.handle(.tab) == false)
    }

    @Test func sanitisesFileText() {
        let view = TextView(text: "ok\u{1B}[2J", viewport: Size(columns: 21, rows: 3))
        #expect(draw(view).row(0) == "ok^[[2J")
    }
}
