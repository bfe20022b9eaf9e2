@testable import TerminalUI
import Testing

/// Limits refuse, never cut: text over `maxLength` given to an editor is kept whole, and an
/// insertion that would go over is refused whole and reported (`lastRefusal`).
@Suite("Editors refuse, never cut")
struct LengthLimitTests {
    @Test func aFieldKeepsTextLongerThanItsLimit() {
        let long = String(repeating: "a", count: 300)
        var f = TextField(text: long, maxLength: 200)
        #expect(f.text == long)
        f.text = long + "b"
        #expect(f.text.count == 301)
    }

    @Test func anAreaKeepsTextLongerThanItsLimit() {
        let long = String(repeating: "word ", count: 6_400)
        var a = TextArea(text: long, maxLength: 20_000)
        #expect(a.text == long)
        a.text = long
        #expect(a.text == long)
    }

    @Test func aPasteThatDoesNotFitIsNotInsertedAtAll() {
        var f = TextField(text: "", maxLength: 200)
        _ = f.handle(.paste(String(repeating: "x", count: 300)))
        #expect(f.text == "")
        #expect(f.lastRefusal == LengthRefusal(inserted: 300, current: 0, limit: 200, isPaste: true))
        #expect(f.lastRefusal?.message(field: "Superintendent name")
            == "Not pasted: 300 characters, 100 over the 200-character limit of Superintendent name")
        // The next key clears the refusal.
        _ = f.handle(.character("a"))
        #expect(f.lastRefusal == nil)
        #expect(f.text == "a")
    }

    @Test func typingAtTheLimitIsRefusedWithAReason() {
        var f = TextField(text: "abc", maxLength: 3)
        _ = f.handle(.character("d"))
        #expect(f.text == "abc")
        #expect(f.lastRefusal?.isPaste == false)
        #expect(f.lastRefusal?.message(field: "Title") == "Not typed: Title is at its 3-character limit")
    }

    @Test func anAreaOverItsLimitRefusesTypingButTakesDeletions() {
        let long = String(repeating: "a", count: 25)
        var a = TextArea(text: long, maxLength: 20)
        _ = a.handle(.end)
        _ = a.handle(.enter)
        #expect(a.text == long)
        #expect(a.lastRefusal?.current == 25)
        _ = a.handle(.backspace)
        #expect(a.text.count == 24)
        #expect(a.lastRefusal == nil)
    }

    @Test func aPasteIntoAnAreaThatDoesNotFitIsRefusedWhole() {
        var a = TextArea(text: "12345", maxLength: 10)
        _ = a.handle(.paste("abcdef"))
        #expect(a.text == "12345")
        #expect(a.lastRefusal?.over == 1)
    }

    @Test func thousandsAreGrouped() {
        #expect(LengthRefusal.grouped(20_000) == "20,000")
        #expect(LengthRefusal.grouped(999) == "999")
        #expect(LengthRefusal.grouped(1_234_567) == "1,234,567")
    }
}

/// A read-only editor moves and shows, and refuses every key that would change its text.
@Suite("Read-only editors")
struct ReadOnlyEditorTests {
    @Test func aReadOnlyFieldRefusesEditsButMoves() {
        var f = TextField(text: "José Muñoz", visibleWidth: 20)
        f.isReadOnly = true
        for key: Key in [.character("x"), .paste("y"), .backspace, .delete, .control("w"), .control("u"), .control("k"), .control("z")] {
            let used = f.handle(key)
            #expect(used)
            #expect(f.refusedEdit)
            #expect(f.text == "José Muñoz")
        }
        _ = f.handle(.home)
        #expect(!f.refusedEdit)
        #expect(f.cursor == 0)
        let undone = f.undo()
        #expect(!undone)
    }

    @Test func aReadOnlyAreaRefusesANewLine() {
        var a = TextArea(text: "We will", viewport: Size(columns: 30, rows: 5))
        a.isReadOnly = true
        _ = a.handle(.enter)
        #expect(a.refusedEdit)
        #expect(a.text == "We will")
        _ = a.handle(.down)
        #expect(!a.refusedEdit)
    }

    @Test func aReadOnlyFieldIsDrawnMutedWithoutABox() {
        var f = TextField(text: "abc", visibleWidth: 10)
        f.isReadOnly = true
        let grid = GridSurface(columns: 10, rows: 1)
        f.draw(on: grid, in: Rect(x: 0, y: 0, width: 10, height: 1), focused: true)
        #expect(grid.role(at: Point(x: 0, y: 0)) == .muted)
        #expect(grid.role(at: Point(x: 5, y: 0)) != .focusedField)
    }
}
