import Foundation
import Testing
import LetterDomain
@testable import Screens
import TerminalUI

/// Issue 8: "Undo / redo in every text field and text area (Ctrl-Z / Ctrl-Y), grouped by word,
/// across focus changes within a step", checked at the level of the whole wizard.
@Suite("Undo across focus changes within a step")
struct WizardUndoAcrossFocusTests {
    /// An empty Boone County letter opened on Contacts, the superintendent name focused.
    private func contacts() throws -> ScreenDriver {
        let store = try ScreenStore()
        try store.create("Boone County")
        var driver = ScreenDriver(store)
        driver.press(.enter)
        driver.go(to: .step(.contacts))
        driver.focus(.field(.superintendentName))
        return driver
    }

    private func name(_ d: ScreenDriver) -> String? { d.wizard?.letter.superintendent.name }
    private func email(_ d: ScreenDriver) -> String? { d.wizard?.letter.superintendent.email }

    @Test func ctrlZUndoesFieldBThenFieldAAndCtrlYRedoesBoth() throws {
        var d = try contacts()
        d.type("Jane")
        d.press(.tab)
        d.type("jane@boone.kyschools.us")
        d.press(.control("z"))
        #expect(email(d) == "" && name(d) == "Jane")
        #expect(d.focused == .field(.superintendentEmail))
        d.press(.control("z"))
        #expect(name(d) == "")
        #expect(d.focused == .field(.superintendentName), "focus goes back to the field undone")
        // Typing now goes where the focus went.
        d.press(.control("y"))
        #expect(name(d) == "Jane")
        d.press(.control("y"))
        #expect(email(d) == "jane@boone.kyschools.us")
        #expect(d.focused == .field(.superintendentEmail))
        // Nothing more to redo: Ctrl-Y changes nothing.
        d.press(.control("y"))
        #expect(name(d) == "Jane" && email(d) == "jane@boone.kyschools.us")
    }

    @Test func interleavedEditsAreUndoneInTimeOrder() throws {
        var d = try contacts()
        d.type("Jane")                // A, first edit
        d.press(.tab)
        d.type("jane")                // B
        d.press(.backTab)
        d.type(" Doe")                // A again: a new step, since focus left A in between
        #expect(name(d) == "Jane Doe")
        d.press(.control("z"))
        #expect(name(d) == "Jane" && email(d) == "jane")
        d.press(.control("z"))
        #expect(name(d) == "Jane" && email(d) == "")
        #expect(d.focused == .field(.superintendentEmail))
        d.press(.control("z"))
        #expect(name(d) == "" && email(d) == "")
        #expect(d.focused == .field(.superintendentName))
        d.press(.control("y"), .control("y"), .control("y"))
        #expect(name(d) == "Jane Doe" && email(d) == "jane")
    }

    @Test func undoWorksAcrossATextAreaAndAField() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        var d = ScreenDriver(store)
        d.press(.enter)
        d.go(to: .step(.reflections))
        let area = WizardControl.area(.reflection(WizardKeyTests.textPrompt.id))
        #expect(d.focused == area)
        d.type("Labs opened.")
        d.press(.tab)
        d.type("Grow")
        d.press(.control("z"))
        #expect(d.wizard?.letter.actions == [])
        d.press(.control("z"))
        #expect(d.wizard?.letter.answer(to: WizardKeyTests.textPrompt.id) == "Labs")
        #expect(d.focused == area)
    }

    @Test func aClickIntoAnotherFieldIsAFocusChangeToo() throws {
        var d = try contacts()
        d.type("Jane")
        _ = try d.click(on: "Superintendent email", offset: 25)
        #expect(d.focused == .field(.superintendentEmail))
        d.type("jane@boone")
        d.press(.control("z"), .control("z"))
        #expect(name(d) == "" && email(d) == "")
        #expect(d.focused == .field(.superintendentName))
    }

    @Test func undoStaysWithinTheStep() throws {
        var d = try contacts()
        d.type("Jane")
        d.press(.control("n"))
        #expect(d.page == .step(.reflections))
        d.press(.control("z"))
        // Another step: the name on Contacts is not undone from here.
        #expect(name(d) == "Jane")
        #expect(d.page == .step(.reflections))
    }
}
