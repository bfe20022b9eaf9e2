import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Leaving the wizard with unsaved edits: Esc and quit ask, and each answer does what it says.
@Suite struct WizardLeavingTests {
    @Test func escapeWithEditsAsks_Save() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        d.press(.escape)
        #expect(d.screen.contains("Save your changes to Boone County before going back to Home?"))
        d.press(.character("s"))
        #expect(d.isHome)
        #expect(try store.load("Boone County").superintendent.name == "José A. Muñoz")
        #expect(try store.load("Boone County").revision == 2)
    }

    @Test func escapeWithEditsAsks_Discard() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        d.app.writeRecovery(force: true)
        d.press(.escape, .character("d"))
        #expect(d.isHome)
        #expect(try store.load("Boone County").superintendent.name == "José Muñoz")
        #expect(try store.load("Boone County").revision == 1)
        #expect(!(try store.recoveryExists("Boone County")))
    }

    @Test func escapeWithEditsAsks_Cancel() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        d.press(.escape, .character("c"))
        #expect(!d.overlayIsOpen)
        #expect(d.page == .step(.contacts))
        #expect(d.focused == .field(.superintendentName))
        d.type("!")
        #expect(d.wizard?.letter.superintendent.name == "José A. Muñoz!")
        #expect(try store.load("Boone County").revision == 1)
        // Esc in the dialog is Cancel too.
        d.press(.escape)
        d.press(.escape)
        #expect(!d.overlayIsOpen && !d.isHome)
    }

    @Test func escapeWithoutEditsGoesHomeAtOnce() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        var d = ScreenDriver(store)
        d.press(.enter)
        #expect(!d.app.hasUnsavedEdits)
        d.press(.escape)
        #expect(d.isHome && !d.overlayIsOpen)
    }

    @Test func quitWithEditsAsks() throws {
        // Save: saved, then the app finishes.
        var (store, d) = try WizardKeyTests.editedLetter()
        d.press(.control("q"))
        #expect(d.screen.contains("Save your changes to Boone County before quitting?"))
        d.press(.character("s"))
        #expect(d.app.isFinished)
        #expect(try store.load("Boone County").superintendent.name == "José A. Muñoz")

        // Discard: finishes without saving.
        var (store2, d2) = try WizardKeyTests.editedLetter()
        d2.press(.control("q"), .character("d"))
        #expect(d2.app.isFinished)
        #expect(try store2.load("Boone County").revision == 1)

        // Cancel: keeps editing.
        var (store3, d3) = try WizardKeyTests.editedLetter()
        d3.press(.control("q"), .character("c"))
        #expect(!d3.app.isFinished)
        #expect(d3.wizard?.letter.superintendent.name == "José A. Muñoz")
        #expect(try store3.load("Boone County").revision == 1)

        // Ctrl-C (delivered as .quitRequested) asks the same question.
        d3.app.handle(.quitRequested)
        #expect(d3.screen.contains("before quitting?"))
        #expect(!d3.app.isFinished)
    }
}
