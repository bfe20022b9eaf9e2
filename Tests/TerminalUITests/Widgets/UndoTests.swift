import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import TerminalUI

@Suite struct TextFieldUndoTests {
    func typed(_ text: String, into field: TextField = TextField(visibleWidth: 40)) -> TextField {
        var f = field
        for key in type(text) { _ = f.handle(key) }
        return f
    }

    @Test func undoRemovesTheLastWordWithTheSpaceBeforeIt() {
        var f = typed("hello world")
        #expect(f.canUndo && !f.canRedo)
        #expect(f.handle(.control("z")) == true)
        #expect(f.text == "hello")
        #expect(f.cursor == 5)
        #expect(f.handle(.control("z")) == true)
        #expect(f.text == "")
        #expect(!f.canUndo)
        #expect(f.handle(.control("z")) == false)  // nothing left: not used, so the owner may route it
    }

    @Test func redoAfterUndoAndANewEditClearsRedo() {
        var f = typed("hello world")
        f.undo(); f.undo()
        #expect(f.canRedo)
        #expect(f.handle(.control("y")) == true)
        #expect(f.text == "hello")
        #expect(f.redo() == true)
        #expect(f.text == "hello world")
        #expect(f.cursor == 11)
        #expect(f.redo() == false)
        f.undo()
        _ = f.handle(.character("!"))
        #expect(f.text == "hello!")
        #expect(!f.canRedo)
    }

    @Test func severalSpacesStayWithTheFollowingWord() {
        var f = typed("a  b c")
        f.undo()
        #expect(f.text == "a  b")
        f.undo()
        #expect(f.text == "a")
    }

    @Test func aPasteIsOneGroup() {
        var f = typed("Dear ")
        _ = f.handle(.paste("Ms Smith and Mr Jones"))
        _ = f.handle(.character(","))
        #expect(f.text == "Dear Ms Smith and Mr Jones,")
        f.undo()
        #expect(f.text == "Dear Ms Smith and Mr Jones")
        f.undo()
        #expect(f.text == "Dear ")
        f.undo()
        #expect(f.text == "Dear")  // " " opened its own word group
    }

    @Test func backspaceRunIsOneGroupAndTypingAfterItIsAnother() {
        var f = typed("kitten")
        for _ in 0..<3 { _ = f.handle(.backspace) }
        for key in type("chen") { _ = f.handle(key) }
        #expect(f.text == "kitchen")
        f.undo()
        #expect(f.text == "kit")
        f.undo()
        #expect(f.text == "kitten")
        #expect(f.cursor == 6)
        f.undo()
        #expect(f.text == "")
    }

    @Test func deleteRunCtrlWCtrlUCtrlKAreGroups() {
        var f = typed("one two three four")
        _ = f.handle(.control("w"))
        #expect(f.text == "one two three ")
        _ = f.handle(.home)
        _ = f.handle(.delete); _ = f.handle(.delete); _ = f.handle(.delete)
        #expect(f.text == " two three ")
        _ = f.handle(.end)
        for _ in 0..<6 { _ = f.handle(.left) }
        _ = f.handle(.control("k"))
        #expect(f.text == " two ")
        _ = f.handle(.control("u"))
        #expect(f.text == "")
        f.undo(); #expect(f.text == " two ")
        #expect(f.cursor == 5)
        f.undo(); #expect(f.text == " two three ")
        f.undo(); #expect(f.text == "one two three ")
        #expect(f.cursor == 0)
        f.undo(); #expect(f.text == "one two three four")
        #expect(f.cursor == 18)
    }

    @Test func cursorMovesEndAGroup() {
        var f = typed("abc")
        _ = f.handle(.left)
        _ = f.handle(.right)
        for key in type("def") { _ = f.handle(key) }
        #expect(f.text == "abcdef")
        f.undo()
        #expect(f.text == "abc")
        f.endUndoGroup()
        for key in type("x") { _ = f.handle(key) }
        f.endUndoGroup()
        for key in type("y") { _ = f.handle(key) }
        f.undo()
        #expect(f.text == "abcx")
    }

    @Test func historyIsBounded() {
        var f = TextField(visibleWidth: 40)
        f.undoLimit = 5
        for index in 0..<12 {
            _ = f.handle(.character("a"))
            if index < 11 { _ = f.handle(.left); _ = f.handle(.right) }
        }
        var undone = 0
        while f.undo() { undone += 1 }
        #expect(undone == 5)
        #expect(f.text == String(repeating: "a", count: 7))
    }

    @Test func defaultLimitIs200Groups() {
        var f = TextField(visibleWidth: 40)
        for _ in 0..<250 { _ = f.handle(.paste("x")) }
        var undone = 0
        while f.undo() { undone += 1 }
        #expect(undone == 200)
        #expect(f.text.count == 50)
    }

    @Test func combiningMarksAndWideCharactersUndoExactly() {
        var f = typed("Jose")
        _ = f.handle(.character("\u{301}"))  // joins the "e": still 4 clusters
        #expect(f.characters.count == 4)
        _ = f.handle(.character(" "))
        for key in type("日本") { _ = f.handle(key) }
        f.undo()
        #expect(f.text == "Jose\u{301}")
        #expect(f.text.unicodeScalars.count == 5)
        f.undo()
        #expect(f.text == "")
        f.redo()
        #expect(Array(f.text.unicodeScalars) == Array("Jose\u{301}".unicodeScalars))
        f.redo()
        #expect(f.text == "Jose\u{301} 日本")
    }

    @Test func settingTextClearsHistoryAndRevisionCounts() {
        var f = typed("ab")
        let revision = f.revision
        _ = f.handle(.left)
        #expect(f.revision == revision)  // a move is not a change
        f.text = "new"
        #expect(!f.canUndo)
        #expect(f.revision == revision + 1)
        _ = f.handle(.character("!"))
        f.undo()
        #expect(f.revision == revision + 3)
    }

    @Test func undoGroupsOpenedCountsNewGroupsOnly() {
        var f = TextField(visibleWidth: 40)
        #expect(f.undoGroupsOpened == 0)
        for key in type("hello") { _ = f.handle(key) }
        #expect(f.undoGroupsOpened == 1)
        _ = f.handle(.character(" "))
        #expect(f.undoGroupsOpened == 2)
        _ = f.handle(.character("w"))
        #expect(f.undoGroupsOpened == 2)
        _ = f.handle(.backspace)
        #expect(f.undoGroupsOpened == 3)
        f.undo(); f.redo(); _ = f.handle(.left)
        #expect(f.undoGroupsOpened == 3)
    }

    /// How a screen routes Ctrl-Z across two fields in time order (what the wizard does).
    @Test func ownerRoutesUndoAcrossFieldsInTimeOrder() {
        var fields = [TextField(visibleWidth: 20), TextField(visibleWidth: 20)]
        var stack: [Int] = []
        func edit(_ index: Int, _ keys: [Key]) {
            for key in keys {
                let before = fields[index].undoGroupsOpened
                _ = fields[index].handle(key)
                if fields[index].undoGroupsOpened != before { stack.append(index) }
            }
            fields[index].endUndoGroup()  // focus leaves
        }
        edit(0, type("Ann"))
        edit(1, type("Lee"))
        edit(0, type(" Smith"))
        func undo() { while let index = stack.popLast() { if fields[index].undo() { return } } }
        undo(); #expect(fields[0].text == "Ann" && fields[1].text == "Lee")
        undo(); #expect(fields[0].text == "Ann" && fields[1].text == "")
        undo(); #expect(fields[0].text == "" && fields[1].text == "")
    }

    @Test func undoKeysCanBeLeftToTheOwner() {
        var f = typed("ab")
        f.handlesUndoKeys = false
        #expect(f.handle(.control("z")) == false)
        #expect(f.text == "ab")
        #expect(f.undo() == true)
        #expect(f.text == "")
    }

    @Test func maxLengthIsKeptByRedo() {
        var f = TextField(maxLength: 3, visibleWidth: 10)
        for key in type("abcdef") { _ = f.handle(key) }
        #expect(f.text == "abc")
        f.undo()
        f.redo()
        #expect(f.text == "abc")
    }
}

@Suite struct TextAreaUndoTests {
    func area(_ text: String = "") -> TextArea {
        TextArea(text: text, viewport: Size(columns: 30, rows: 5))
    }

    @Test func wordsAndNewlines() {
        var a = area()
        for key in type("We will") { _ = a.handle(key) }
        _ = a.handle(.enter)
        for key in type("meet") { _ = a.handle(key) }
        #expect(a.text == "We will\nmeet")
        #expect(a.handle(.control("z")) == true)
        #expect(a.text == "We will")  // the newline opened the word group
        a.undo()
        #expect(a.text == "We")
        #expect(a.handle(.control("y")) == true)
        #expect(a.text == "We will")
        a.redo()
        #expect(a.text == "We will\nmeet")
        #expect(a.cursor == 12)
    }

    @Test func pasteAndCtrlKJoinAreGroups() {
        var a = area("first\nsecond")
        _ = a.handle(.end)  // cursor was at 0: end of "first"
        _ = a.handle(.control("k"))
        #expect(a.text == "firstsecond")
        _ = a.handle(.paste("\n- pasted\n"))
        #expect(a.text == "first\n- pasted\nsecond")
        a.undo()
        #expect(a.text == "firstsecond")
        a.undo()
        #expect(a.text == "first\nsecond")
        #expect(a.cursor == 5)
    }

    @Test func backspaceRunAcrossLines() {
        var a = area("ab\ncd")
        _ = a.handle(.down); _ = a.handle(.end)
        for _ in 0..<4 { _ = a.handle(.backspace) }
        #expect(a.text == "a")
        a.undo()
        #expect(a.text == "ab\ncd")
        #expect(a.cursor == 5)
    }

    @Test func undoKeepsTheCursorVisible() {
        var a = TextArea(text: "", viewport: Size(columns: 20, rows: 3))
        for line in 0..<10 {
            for key in type("line \(line)") { _ = a.handle(key) }
            _ = a.handle(.enter)
        }
        _ = a.handle(.control("a"))
        for _ in 0..<20 { _ = a.handle(.up) }
        #expect(a.scrollTop == 0)
        _ = a.handle(.character("x"))
        for _ in 0..<20 { _ = a.handle(.down) }
        #expect(a.scrollTop > 0)
        a.undo()
        #expect(a.text.hasPrefix("line 0"))
        #expect(a.cursor == 0)
        #expect(a.scrollTop == 0)
    }

    /// A 20,000-character answer stays fast to type into, undo and redo (history holds edits, not copies).
    @Test func longTextStaysFast() {
        let paragraph = String(repeating: "The district commits to reading with every pupil. ", count: 8) + "\n"
        var text = ""
        while text.count < 20_000 { text += paragraph }
        var a = TextArea(text: text, viewport: Size(columns: 78, rows: 12))
        for _ in 0..<100 { _ = a.handle(.down) }
        let start = monotonicSeconds()
        for key in type("typing in the middle of a long answer ") { _ = a.handle(key) }
        for _ in 0..<10 { _ = a.handle(.backspace) }
        while a.undo() {}
        while a.redo() {}
        let elapsed = monotonicSeconds() - start
        #expect(a.text.count == text.count + 28)
        #expect(elapsed < 5, "took \(elapsed) s")
    }
}

func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
