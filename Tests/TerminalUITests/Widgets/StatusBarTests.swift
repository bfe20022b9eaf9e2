import Testing
@testable import TerminalUI

@Suite struct StatusBarTests {
    @Test func hintsAndMessage() {
        var bar = StatusBar(hints: [KeyHint("F1", "Help"), KeyHint("Ctrl-S", "Save")])
        bar.show("Saved", kind: .success)
        let grid = GridSurface(columns: 40, rows: 1)
        bar.draw(on: grid, in: Rect(x: 0, y: 0, width: 40, height: 1))
        #expect(grid.text() == " F1 Help  Ctrl-S Save" + String(repeating: " ", count: 13) + "Saved")
        #expect(grid.role(at: Point(x: 1, y: 0)) == .statusKey)
        #expect(grid.role(at: Point(x: 4, y: 0)) == .statusBar)
        #expect(grid.role(at: grid.find("Saved")!) == .success)
    }

    @Test func errorMessagesUseTheErrorRole() {
        var bar = StatusBar()
        bar.show("Could not save: disk full", kind: .error)
        let grid = GridSurface(columns: 40, rows: 1)
        bar.draw(on: grid, in: Rect(x: 0, y: 0, width: 40, height: 1))
        #expect(grid.role(at: grid.find("Could not save")!) == .error)
    }

    @Test func messagesExpireAfterTicks() {
        var bar = StatusBar()
        bar.show("Saved", ticks: 2)
        #expect(bar.tick() == false)
        #expect(bar.message != nil)
        #expect(bar.tick() == true)
        #expect(bar.message == nil)
        #expect(bar.tick() == false)
        bar.show("Sticky", ticks: nil)
        #expect(bar.tick() == false)
        #expect(bar.message?.text == "Sticky")
    }

    @Test func longMessageWinsOverHints() {
        var bar = StatusBar(hints: [KeyHint("F1", "Help")])
        bar.show("A very long message about the letter")
        let grid = GridSurface(columns: 20, rows: 1)
        bar.draw(on: grid, in: Rect(x: 0, y: 0, width: 20, height: 1))
        #expect(grid.text() == " A very long messa…")
    }
}
