import Testing
@testable import TerminalUI

@Suite struct MouseDecoderTests {
    let bits = MouseDecoder.Bits(pressed: 0b10, released: 0b01, clicked: 0b100, wheelUp: 1 << 10, wheelDown: 1 << 11)
    let p = Point(x: 7, y: 3)

    @Test func pressAndReleaseGiveOneClick() {
        var decoder = MouseDecoder(bits: bits)
        #expect(decoder.decode(state: 0b10, at: p) == .click(p))
        #expect(decoder.isPressed)
        #expect(decoder.decode(state: 0b01, at: Point(x: 8, y: 3)) == nil)
        #expect(!decoder.isPressed)
    }

    @Test func clickOrLoneReleaseGiveOneClick() {
        var decoder = MouseDecoder(bits: bits)
        #expect(decoder.decode(state: 0b100, at: p) == .click(p))
        #expect(decoder.decode(state: 0b01, at: p) == .click(p))  // its press was never seen
    }

    @Test func wheelAndOtherButtons() {
        var decoder = MouseDecoder(bits: bits)
        #expect(decoder.decode(state: 1 << 10, at: p) == .wheelUp(p))
        #expect(decoder.decode(state: 1 << 11, at: p) == .wheelDown(p))
        #expect(decoder.decode(state: 1 << 6, at: p) == nil)  // e.g. button 2
        #expect(decoder.decode(state: 0, at: p) == nil)
    }

    @Test func ncursesBitsAreDistinctAndRequestedOnlyWithMouseOn() {
        let ncurses = MouseDecoder.Bits.ncurses
        let all = [ncurses.pressed, ncurses.released, ncurses.wheelUp, ncurses.wheelDown]
        #expect(Set(all).count == 4)
        #expect(all.allSatisfy { $0 != 0 && $0 & ncurses.clicked == 0 })
        #expect(ncurses.released == 1 && ncurses.pressed == 2)  // BUTTON1_RELEASED, BUTTON1_PRESSED
        #expect(Terminal.mouseMask(for: TerminalOptions(mouse: false)) == 0)  // --no-mouse asks for nothing
        #expect(Terminal.mouseMask(for: TerminalOptions(mouse: true)) == ncurses.all)
        // A real ncurses press then release: one click.
        var decoder = MouseDecoder()
        #expect(decoder.decode(state: ncurses.pressed, at: p) == .click(p))
        #expect(decoder.decode(state: ncurses.released, at: p) == nil)
        #expect(decoder.decode(state: ncurses.wheelDown, at: p) == .wheelDown(p))
    }
}

@Suite struct HitTestTests {
    @Test func textFieldClickPutsTheCursorUnderTheClick() {
        var field = TextField(text: "José 日本 end", visibleWidth: 20)
        let rect = Rect(x: 5, y: 2, width: 20, height: 1)
        #expect(field.cursorIndex(forColumn: 0) == 0)
        #expect(field.cursorIndex(forColumn: 3) == 3)
        #expect(field.cursorIndex(forColumn: 5) == 5)  // left half of 日
        #expect(field.cursorIndex(forColumn: 6) == 6)  // right half of 日 counts as after it
        #expect(field.cursorIndex(forColumn: 19) == field.characters.count)
        #expect(field.click(at: Point(x: 5 + 2, y: 2), in: rect) == true)
        #expect(field.cursor == 2)
        #expect(field.click(at: Point(x: 4, y: 2), in: rect) == false)
        #expect(field.click(at: Point(x: 7, y: 3), in: rect) == false)
        #expect(field.cursor == 2)
        // Drawn and clicked agree: the terminal cursor lands where the click was.
        let grid = GridSurface(columns: 30, rows: 4)
        field.draw(on: grid, in: rect, focused: true)
        #expect(grid.cursor == Point(x: 7, y: 2))
    }

    @Test func textFieldClickWhenScrolled() {
        var field = TextField(text: String(repeating: "abcdefghij", count: 4), visibleWidth: 10)
        let grid = GridSurface(columns: 10, rows: 1)
        field.draw(on: grid, in: Rect(x: 0, y: 0, width: 10, height: 1), focused: true)
        let shown = grid.text()
        #expect(field.click(at: Point(x: 2, y: 0), in: Rect(x: 0, y: 0, width: 10, height: 1)) == true)
        let expected = Character(String(shown[shown.index(shown.startIndex, offsetBy: 2)]))
        #expect(field.characters[field.cursor] == expected)
    }

    @Test func textFieldClickEndsTheUndoGroup() {
        var field = TextField(visibleWidth: 20)
        for key in type("abc") { _ = field.handle(key) }
        _ = field.click(at: Point(x: 3, y: 0), in: Rect(x: 0, y: 0, width: 20, height: 1))
        _ = field.handle(.character("d"))
        field.undo()
        #expect(field.text == "abc")
    }

    @Test func textAreaClickPositionsTheCursor() {
        var area = TextArea(text: "first line\nsecond\n日本語", viewport: Size(columns: 20, rows: 5))
        let rect = Rect(x: 2, y: 1, width: 20, height: 5)
        #expect(area.click(at: Point(x: 2 + 3, y: 1), in: rect) == true)
        #expect(area.cursor == 3)
        #expect(area.click(at: Point(x: 2 + 15, y: 2), in: rect) == true)  // past the end of "second"
        #expect(area.cursor == 17)
        #expect(area.click(at: Point(x: 2 + 2, y: 3), in: rect) == true)  // on 本
        #expect(area.cursor == 19)
        #expect(area.click(at: Point(x: 2, y: 5), in: rect) == true)  // below the text
        #expect(area.cursor == area.characters.count)
        #expect(area.click(at: Point(x: 1, y: 1), in: rect) == false)
        let grid = GridSurface(columns: 30, rows: 8)
        _ = area.click(at: Point(x: 2 + 4, y: 2), in: rect)
        area.draw(on: grid, in: rect, focused: true)
        #expect(grid.cursor == Point(x: 6, y: 2))
    }

    @Test func textAreaClickWhenScrolled() {
        var area = TextArea(text: (0..<20).map { "line \($0)" }.joined(separator: "\n"), viewport: Size(columns: 20, rows: 4))
        for _ in 0..<10 { _ = area.handle(.down) }
        let rect = Rect(x: 0, y: 0, width: 20, height: 4)
        let grid = GridSurface(columns: 20, rows: 4)
        area.draw(on: grid, in: rect, focused: true)
        let top = grid.row(0)
        #expect(area.click(at: Point(x: 0, y: 0), in: rect) == true)
        #expect(top.hasPrefix(String(area.characters[area.cursor..<(area.cursor + 6)])))
    }

    @Test func listViewRowAndClick() throws {
        var list = ListView(items: (0..<30).map { "Item \($0)" }, viewport: Size(columns: 20, rows: 5))
        let rect = Rect(x: 1, y: 1, width: 20, height: 5)
        #expect(list.row(at: Point(x: 3, y: 1), in: rect) == 0)
        #expect(list.row(at: Point(x: 3, y: 5), in: rect) == 4)
        #expect(list.row(at: Point(x: 20, y: 1), in: rect) == nil)  // scroll bar column
        #expect(list.row(at: Point(x: 3, y: 6), in: rect) == nil)
        #expect(list.click(at: Point(x: 3, y: 3), in: rect) == .handled)
        #expect(list.selectedIndex == 2)
        #expect(list.click(at: Point(x: 3, y: 3), in: rect) == .chosen(2))
        for _ in 0..<10 { _ = list.handle(.mouse(.wheelDown(Point(x: 3, y: 3)))) }
        var grid = GridSurface(columns: 22, rows: 7)
        list.draw(on: grid, in: rect, focused: true)
        #expect(list.row(at: Point(x: 3, y: 1), in: rect) == 8)  // scrolled so Item 12 is on the last row
        #expect(grid.row(1).contains("Item 8"))
        list.setFilter("1")
        grid = GridSurface(columns: 22, rows: 7)
        list.draw(on: grid, in: rect, focused: true)
        let shown = try #require(list.row(at: Point(x: 3, y: 2), in: rect))
        #expect(grid.row(2).contains("Item \(shown) ") || grid.row(2).hasSuffix("Item \(shown)"))
        #expect(list.row(at: Point(x: 3, y: 5), in: rect) == nil)  // the filter line
    }

    @Test func checkboxListRowAndClickToggles() {
        var list = CheckboxList(items: ["Reading", "Maths", "Science"].map { .init($0) }, viewport: Size(columns: 20, rows: 2))
        let rect = Rect(x: 0, y: 4, width: 20, height: 2)
        #expect(list.row(at: Point(x: 0, y: 5), in: rect) == 1)
        #expect(list.row(at: Point(x: 19, y: 5), in: rect) == nil)
        #expect(list.click(at: Point(x: 5, y: 5), in: rect) == true)
        #expect(list.checkedIndices == [1])
        #expect(list.selectedRow == 1)
        #expect(list.click(at: Point(x: 5, y: 3), in: rect) == false)
        _ = list.handle(.mouse(.wheelDown(.zero)))
        #expect(list.selectedRow == 2)
        #expect(list.row(at: Point(x: 0, y: 5), in: rect) == 2)  // scrolled by one
        #expect(list.click(at: Point(x: 0, y: 4), in: rect) == true)
        #expect(list.checkedIndices == [])  // toggled Maths off again
    }

    @Test func stepIndicatorStepForColumn() {
        let steps = StepIndicator(steps: ["Purpose", "Commitments", "Contacts"].map { .init($0) }, current: 1)
        let line = steps.text(width: 80)  // "1 Purpose · 2 Commitments · 3 Contacts"
        #expect(steps.step(atColumn: 0, width: 80) == 0)
        #expect(steps.step(atColumn: 8, width: 80) == 0)
        #expect(steps.step(atColumn: 9, width: 80) == nil)  // separator
        #expect(steps.step(atColumn: DisplayWidth.of(String(line.prefix(while: { $0 != "3" }))), width: 80) == 2)
        #expect(steps.step(atColumn: 60, width: 80) == nil)
        // Compact layout: titles other than the current one drop out.
        #expect(steps.text(width: 25) == "1 · 2 Commitments · 3")
        #expect(steps.step(atColumn: 4, width: 25) == 1)
        #expect(steps.step(atColumn: 20, width: 25) == 2)
        #expect(steps.step(atColumn: 25, width: 25) == nil)
    }

    @Test func buttonRowButtonForColumn() {
        var row = ButtonRow(["Save", "Discard", "Cancel"])
        // "[ Save ]  [ Discard ]  [ Cancel ]"
        #expect(row.button(atColumn: 0) == 0)
        #expect(row.button(atColumn: 7) == 0)
        #expect(row.button(atColumn: 8) == nil)
        #expect(row.button(atColumn: 10) == 1)
        #expect(row.button(atColumn: 23) == 2)
        #expect(row.button(atColumn: 32) == 2)
        #expect(row.button(atColumn: 33) == nil)
        #expect(row.button(atColumn: 34) == nil)
        #expect(row.click(atColumn: 12) == .activated(1))
        #expect(row.focusedIndex == 1)
        #expect(row.click(atColumn: 9) == .ignored)
    }

    @Test func confirmDialogClickOnAButton() throws {
        var dialog = ConfirmDialog.saveDiscardCancel(message: "Save your changes?")
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        let grid = GridSurface(columns: 80, rows: 24)
        dialog.draw(on: grid, in: screen)
        let discard = try #require(grid.find("Discard"))
        #expect(dialog.click(at: discard, in: screen) == .chosen(1))
        let cancel = try #require(grid.find("Cancel"))
        #expect(dialog.click(at: cancel, in: screen) == .cancelled)
        #expect(dialog.click(at: Point(x: 0, y: 0), in: screen) == .pending)
    }
}
