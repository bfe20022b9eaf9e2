import Foundation
import Testing
import LetterDomain
@testable import Screens
import TerminalUI

@Suite("Undo and redo in the wizard")
struct WizardUndoTests {
    /// Opens Boone County's letter on the Contacts step.
    private func contacts() throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        try store.create("Boone County")
        var driver = ScreenDriver(store)
        driver.press(.enter)
        driver.go(to: .step(.contacts))
        return (store, driver)
    }

    @Test func ctrlZUndoesByWordAndCtrlYRedoes() throws {
        var (_, driver) = try contacts()
        driver.focus(.field(.superintendentName))
        driver.type("José Muñoz")
        driver.press(.control("z"))
        #expect(driver.wizard?.letter.superintendent.name == "José")
        driver.press(.control("z"))
        #expect(driver.wizard?.letter.superintendent.name == "")
        driver.press(.control("y"))
        #expect(driver.wizard?.letter.superintendent.name == "José")
        #expect(driver.screen.contains("Superintendent name     José\n") || driver.screen.contains("Superintendent name     José "))
    }

    @Test func undoFollowsTheEditsAcrossFocusChangesWithinAStep() throws {
        var (_, driver) = try contacts()
        driver.focus(.field(.superintendentName))
        driver.type("Jane Doe")
        driver.press(.tab)
        driver.type("jane@boone.kyschools.us")
        driver.press(.tab, times: 2)
        #expect(driver.focused == .field(.contact(0, .title)))
        driver.press(.control("z"))
        // The last edit was the email: it goes, and focus moves back to it.
        #expect(driver.wizard?.letter.superintendent.email == "")
        #expect(driver.focused == .field(.superintendentEmail))
        driver.press(.control("z"))
        #expect(driver.wizard?.letter.superintendent.name == "Jane")
        #expect(driver.focused == .field(.superintendentName))
        driver.press(.control("y"), .control("y"))
        #expect(driver.wizard?.letter.superintendent.name == "Jane Doe")
        #expect(driver.wizard?.letter.superintendent.email == "jane@boone.kyschools.us")
    }

    @Test func aNewEditClearsRedo() throws {
        var (_, driver) = try contacts()
        driver.focus(.field(.superintendentName))
        driver.type("Jane Doe")
        driver.press(.control("z"))
        driver.type(" Smith")
        driver.press(.control("y"))
        #expect(driver.wizard?.letter.superintendent.name == "Jane Smith")
    }

    @Test func undoInATextAreaRestoresParagraphs() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        var driver = ScreenDriver(store)
        driver.press(.enter)
        driver.go(to: .step(.reflections))
        driver.type("First paragraph.\n\nSecond")
        driver.press(.control("z"))
        #expect(driver.wizard?.letter.answer(to: "previous-year").hasPrefix("First paragraph.") == true)
        #expect(driver.wizard?.letter.answer(to: "previous-year").contains("Second") == false)
    }
}
