import Testing
@testable import TerminalUI

/// A run of typed characters (keys that arrived together) goes in as a few edits with exactly
/// the outcome of pressing each key: the text, the cursor, the undo steps, the limit.
@Suite struct TypedRunTests {
    static let runs = ["Hello world", "  two  spaces ", "e\u{301}té café 🇰🇾 flag", "中文 字", "a", "end. "]

    @Test(arguments: runs)
    func aRunInATextAreaIsTypedAsKeyByKey(_ run: String) {
        var byKey = TextArea(text: "First line\nsecond", viewport: Size(columns: 20, rows: 4))
        byKey.setCursor(6)
        var byRun = byKey
        for character in run { _ = byKey.handle(.character(character)) }
        let typed = byRun.type(run)
        #expect(typed)
        #expect(byRun.text == byKey.text)
        #expect(byRun.cursor == byKey.cursor)
        #expect(byRun.undoGroupsOpened == byKey.undoGroupsOpened)
        #expect(byRun.scrollTop == byKey.scrollTop)
        // Undo walks back through the same steps.
        while byKey.undo() {
            let undone = byRun.undo()
            #expect(undone)
            #expect(byRun.text == byKey.text)
            #expect(byRun.cursor == byKey.cursor)
        }
        let more = byRun.undo()
        #expect(!more)
    }

    @Test(arguments: runs)
    func aRunInAFieldIsTypedAsKeyByKey(_ run: String) {
        var byKey = TextField(text: "Name", visibleWidth: 12)
        byKey.setCursor(2)
        var byRun = byKey
        for character in run { _ = byKey.handle(.character(character)) }
        let typed = byRun.type(run)
        #expect(typed)
        #expect(byRun.text == byKey.text)
        #expect(byRun.cursor == byKey.cursor)
        #expect(byRun.scrollColumn == byKey.scrollColumn)
        while byKey.undo() {
            let undone = byRun.undo()
            #expect(undone)
            #expect(byRun.text == byKey.text)
        }
    }

    @Test func whatKeyByKeyWouldTreatDifferentlyIsLeftToTheKeys() {
        var area = TextArea(text: "12345", maxLength: 8)
        do { let typed = area.type("abcd"); #expect(!typed, "over the limit: key by key, the last key is refused alone") }
        do { let typed = area.type("a\tb"); #expect(!typed, "a tab becomes a space") }
        do { let typed = area.type("a\u{7}b"); #expect(!typed, "a control character is dropped") }
        area.isReadOnly = true
        do { let typed = area.type("ab"); #expect(!typed) }
        #expect(area.text == "12345", "nothing changed")
    }
}
