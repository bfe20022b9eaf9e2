import Testing
@testable import TerminalUI

@Suite struct TextAreaTests {
    /// 11 columns: 10 for text, 1 for the scroll bar.
    func area(_ text: String, rows: Int = 4) -> TextArea {
        TextArea(text: text, viewport: Size(columns: 11, rows: rows))
    }

    func draw(_ area: TextArea, rows: Int = 4) -> GridSurface {
        let grid = GridSurface(columns: 11, rows: rows)
        area.draw(on: grid, in: Rect(x: 0, y: 0, width: 11, height: rows), focused: true)
        return grid
    }

    @Test func typesWrapsAndShowsTheCursor() {
        var a = area("")
        for key in type("José Muñoz wrote this") { _ = a.handle(key) }
        let grid = draw(a)
        expectSnapshot(grid, """
        José Muñoz
        wrote this


        """)
        #expect(grid.cursor == Point(x: 10, y: 1))
    }

    @Test func enterInsertsANewline() {
        var a = area("")
        for key in type("ab") { _ = a.handle(key) }
        #expect(a.handle(.enter) == true)
        for key in type("cd") { _ = a.handle(key) }
        #expect(a.text == "ab\ncd")
        #expect(draw(a).cursor == Point(x: 2, y: 1))
    }

    @Test func upAndDownMoveByVisualLineKeepingTheColumn() {
        var a = area("one two three four")  // visual lines: "one two ", "three four"
        _ = a.handle(.right)
        _ = a.handle(.right)  // column 2 on line 0
        _ = a.handle(.down)
        #expect(a.cursorPosition(columns: 11) == Point(x: 2, y: 1))
        _ = a.handle(.end)  // column 10
        _ = a.handle(.up)
        // Line 0 is shorter ("one two " = 8 columns), so the cursor stops before the wrapped space.
        #expect(a.cursorPosition(columns: 11) == Point(x: 7, y: 0))
        _ = a.handle(.down)
        // The remembered column brings it back to the end of line 1.
        #expect(a.cursorPosition(columns: 11) == Point(x: 10, y: 1))
    }

    @Test func upDownAcrossParagraphsWithWideCharacters() {
        var a = area("日本語\nabcdef")
        _ = a.handle(.end)  // end of first line: column 6
        _ = a.handle(.down)
        #expect(a.cursorPosition(columns: 11) == Point(x: 6, y: 1))
        _ = a.handle(.left)  // column 5: between graphemes of the wide line above
        _ = a.handle(.up)
        let position = a.cursorPosition(columns: 11)
        #expect(position == Point(x: 4, y: 0))  // never inside 語
    }

    @Test func homeEndAreVisualLineEnds() {
        var a = area("alpha beta gamma delta")  // "alpha beta", "gamma ", "delta"
        _ = a.handle(.down)
        _ = a.handle(.end)
        #expect(a.cursorPosition(columns: 11) == Point(x: 5, y: 1))
        _ = a.handle(.home)
        #expect(a.cursorPosition(columns: 11) == Point(x: 0, y: 1))
        _ = a.handle(.control("e"))
        #expect(a.cursorPosition(columns: 11) == Point(x: 5, y: 1))
        _ = a.handle(.control("a"))
        #expect(a.cursorPosition(columns: 11) == Point(x: 0, y: 1))
    }

    @Test func scrollingKeepsTheCursorVisible() {
        var a = area((1...10).map { "line \($0)" }.joined(separator: "\n"), rows: 3)
        for _ in 0..<5 { _ = a.handle(.down) }
        // Line 6 left the box at the bottom: the box jumped to put it in the middle.
        let grid = draw(a, rows: 3)
        expectSnapshot(grid, """
        line 5    ▲
        line 6    █
        line 7    ▼
        """)
        #expect(grid.cursor?.y == 1)
        _ = a.handle(.pageDown)
        #expect(draw(a, rows: 3).row(1).hasPrefix("line 8"))
        for _ in 0..<4 { _ = a.handle(.pageUp) }
        let top = draw(a, rows: 3)
        #expect(top.row(0).hasPrefix("line 1"))
        #expect(top.cursor?.y == 0)
    }

    @Test func typingAtTheBottomScrollsHalfABoxAtATime() {
        var a = area((1...10).map { "line \($0)" }.joined(separator: "\n"), rows: 4)
        for _ in 0..<9 { _ = a.handle(.down) }
        _ = a.handle(.end)
        var tops = [a.scrollTop]
        var afterFirstJump: GridSurface?
        for n in 11...19 {
            _ = a.handle(.enter)
            for character in "new \(n)" { _ = a.handle(.character(character)) }
            let grid = draw(a)
            #expect(grid.cursor.map { (0..<4).contains($0.y) } == true, "cursor visible after line \(n)")
            #expect(grid.cursor.map { grid.row($0.y).hasPrefix("new \(n)") } == true)
            if a.scrollTop != tops.last { tops.append(a.scrollTop) }
            if n == 11 { afterFirstJump = grid }
        }
        // Nine new lines at the bottom of a 4-line box: three jumps, not nine one-line scrolls.
        #expect(tops == [6, 9, 12, 15])
        // After a jump the line typed on is second, one line of context above it, room below.
        expectSnapshot(afterFirstJump ?? GridSurface(columns: 1, rows: 1), """
        line 10   ▲
        new 11
                  █

        """)
    }

    @Test func pasteOfManyLinesArrivesIntact() {
        var a = area("")
        let letter = "Dear Superintendent,\r\nThank you.\r\n\r\nSincerely,\rJosé Muñoz"
        #expect(a.handle(.paste(letter)) == true)
        #expect(a.text == "Dear Superintendent,\nThank you.\n\nSincerely,\nJosé Muñoz")
        #expect(a.cursor == a.characters.count)
    }

    @Test func deletionKeys() {
        var a = TextArea(text: "first line\nsecond line", viewport: Size(columns: 30, rows: 4))
        _ = a.handle(.down)
        _ = a.handle(.end)
        _ = a.handle(.control("w"))
        #expect(a.text == "first line\nsecond ")
        _ = a.handle(.control("u"))
        #expect(a.text == "first line\n")
        _ = a.handle(.backspace)
        #expect(a.text == "first line")
        _ = a.handle(.home)
        _ = a.handle(.delete)
        #expect(a.text == "irst line")
        _ = a.handle(.control("k"))
        #expect(a.text == "")
    }

    @Test func ctrlKAtLineEndJoinsLines() {
        var a = area("ab\ncd")
        _ = a.handle(.end)
        _ = a.handle(.control("k"))
        #expect(a.text == "abcd")
    }

    @Test func tabIsLeftForFocus() {
        var a = area("x")
        #expect(a.handle(.tab) == false)
        #expect(a.handle(.backTab) == false)
    }

    @Test func placeholderWhenEmpty() {
        let a = TextArea(text: "", placeholder: "Describe the purpose", viewport: Size(columns: 30, rows: 2))
        let grid = GridSurface(columns: 30, rows: 2)
        a.draw(on: grid, in: Rect(x: 0, y: 0, width: 30, height: 2), focused: false)
        #expect(grid.row(0) == "Describe the purpose")
        #expect(grid.role(at: .zero) == .muted)
        #expect(grid.cursor == nil)
    }
}
