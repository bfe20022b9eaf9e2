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

/// The cursor set from outside (a restore): counted in grapheme clusters, clamped to the text.
@Suite struct CursorSetterTests {
    @Test func theCursorIsSetBetweenClustersAndClamped() {
        var field = TextField(text: "e\u{301}🇰🇾x")
        field.setCursor(1)
        _ = field.handle(.character("|"))
        #expect(field.text == "e\u{301}|🇰🇾x", "after the first cluster, never inside it")
        field.setCursor(99)
        #expect(field.cursor == field.characters.count)
        field.setCursor(-3)
        #expect(field.cursor == 0)

        var area = TextArea(text: "ab\n👩‍👩‍👧c")
        area.setCursor(4)
        _ = area.handle(.character("|"))
        #expect(area.text == "ab\n👩‍👩‍👧|c")
        area.setCursor(1_000)
        #expect(area.cursor == area.characters.count)
    }
}
