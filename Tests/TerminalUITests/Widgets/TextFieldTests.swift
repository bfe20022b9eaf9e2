import Testing
@testable import TerminalUI

@Suite struct TextFieldTests {
    func field(_ text: String = "", width: Int = 20) -> TextField {
        TextField(text: text, visibleWidth: width)
    }

    func draw(_ field: TextField, width: Int = 20, focused: Bool = true) -> GridSurface {
        let grid = GridSurface(columns: width, rows: 1)
        field.draw(on: grid, in: Rect(x: 0, y: 0, width: width, height: 1), focused: focused)
        return grid
    }

    @Test func typingANonASCIIName() {
        var f = field()
        for key in type("José Muñoz") { #expect(f.handle(key) == true) }
        #expect(f.text == "José Muñoz")
        #expect(f.cursor == 10)
        let grid = draw(f)
        #expect(grid.text() == "José Muñoz")
        #expect(grid.cursor == Point(x: 10, y: 0))
        // Typed text is plain (one byte per key over SSH); the rest of the box shows the field.
        #expect(grid.role(at: Point(x: 0, y: 0)) == .input)
        #expect(grid.role(at: Point(x: 12, y: 0)) == .focusedField)
        #expect(draw(f, focused: false).role(at: Point(x: 0, y: 0)) == .field)
    }

    @Test func leftRightHomeEnd() {
        var f = field("José Muñoz")
        _ = f.handle(.left)
        #expect(f.cursor == 9)
        _ = f.handle(.home)
        #expect(f.cursor == 0)
        _ = f.handle(.left)
        #expect(f.cursor == 0)
        _ = f.handle(.right)
        #expect(f.cursor == 1)
        _ = f.handle(.end)
        #expect(f.cursor == 10)
        _ = f.handle(.right)
        #expect(f.cursor == 10)
        _ = f.handle(.control("a"))
        #expect(f.cursor == 0)
        _ = f.handle(.control("e"))
        #expect(f.cursor == 10)
    }

    @Test func backspaceAndDeleteRemoveWholeGraphemes() {
        var f = field("Jose\u{301}")  // decomposed é: one grapheme, two scalars
        #expect(f.characters.count == 4)
        _ = f.handle(.backspace)
        #expect(f.text == "Jos")
        _ = f.handle(.home)
        _ = f.handle(.delete)
        #expect(f.text == "os")
        #expect(f.cursor == 0)
        _ = f.handle(.end)
        _ = f.handle(.delete)
        #expect(f.text == "os")
    }

    @Test func ctrlWDeletesTheWordBefore() {
        var f = field("José María Muñoz")
        _ = f.handle(.control("w"))
        #expect(f.text == "José María ")
        _ = f.handle(.control("w"))
        #expect(f.text == "José ")
    }

    @Test func ctrlUAndCtrlK() {
        var f = field("José Muñoz")
        for _ in 0..<6 { _ = f.handle(.left) }
        _ = f.handle(.control("k"))
        #expect(f.text == "José")
        _ = f.handle(.left)
        _ = f.handle(.control("u"))
        #expect(f.text == "é")
        #expect(f.cursor == 0)
    }

    @Test func cursorColumnCountsDisplayWidth() {
        var f = field("日本")
        #expect(f.cursorColumn == 4)
        _ = f.handle(.left)
        #expect(f.cursorColumn == 2)
        let grid = draw(f)
        #expect(grid.cursor == Point(x: 2, y: 0))
    }

    @Test func pasteTurnsNewlinesIntoSpaces() {
        var f = field("")
        #expect(f.handle(.paste("José\nMuñoz\r\nRamírez\tx\u{1B}")) == true)
        #expect(f.text == "José Muñoz Ramírez x")
    }

    @Test func maxLengthIsEnforced() {
        var f = TextField(text: "", maxLength: 5)
        for key in type("Muñoz Ramírez") { _ = f.handle(key) }
        #expect(f.text == "Muñoz")
        _ = f.handle(.paste("abc"))
        #expect(f.text == "Muñoz")
    }

    @Test func placeholderShowsWhenEmpty() {
        let f = TextField(text: "", placeholder: "District name", visibleWidth: 20)
        let grid = draw(f)
        #expect(grid.text() == "District name")
        #expect(grid.role(at: Point(x: 0, y: 0)) == .muted)
        #expect(grid.cursor == Point(x: 0, y: 0))
    }

    @Test func scrollsHorizontallyKeepingTheCursorVisible() {
        var f = TextField(text: "", visibleWidth: 10)
        for key in type("abcdefghijklmno") { _ = f.handle(key) }
        let grid = draw(f, width: 10)
        #expect(grid.text() == "ghijklmno")
        #expect(grid.cursor == Point(x: 9, y: 0))
        _ = f.handle(.home)
        let start = draw(f, width: 10)
        #expect(start.text() == "abcdefghij")
        #expect(start.cursor == Point(x: 0, y: 0))
    }

    @Test func typingPastTheEdgeJumpsByHalfABox() {
        var f = TextField(text: "", visibleWidth: 10)
        for key in type("abcdefghij") { _ = f.handle(key) }
        // Cursor left the box: the view jumps so the next few characters do not shift the field.
        let jumped = draw(f, width: 10)
        #expect(jumped.text() == "ghij")
        #expect(jumped.cursor == Point(x: 4, y: 0))
        _ = f.handle(.character("k"))
        #expect(draw(f, width: 10).text() == "ghijk")
    }

    @Test func wideCharacterAtTheLeftEdgeIsBlanked() {
        var f = TextField(text: "", visibleWidth: 5)
        for key in type("日本語テキ") { _ = f.handle(key) }
        let grid = draw(f, width: 5)
        #expect(grid.cursor!.x < 5)
        #expect(DisplayWidth.of(grid.text()) <= 5)
    }

    @Test func ignoresNavigationItDoesNotOwn() {
        var f = field("x")
        #expect(f.handle(.tab) == false)
        #expect(f.handle(.enter) == false)
        #expect(f.handle(.up) == false)
    }

    @Test func keyHintsMentionEditingKeys() {
        #expect(field().keyHints.map(\.key).contains("Ctrl-W"))
    }
}
