import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Every keystroke safe: each batch of keys reaches the recovery journal before the frame that
/// shows it (`App.journalEdits`, which the terminal loop calls before drawing), with no timer
/// and no signal, and Restore brings back the text with the cursor where it was.
@Suite struct WizardJournalTests {
    /// The journal's lines after its header.
    static func journalLines(_ store: ScreenStore) throws -> [String] {
        let path = store.store.recoveryJournalPath(try DistrictSlug(deriving: "Boone County"), ScreenClock.year)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Array(text.split(separator: "\n").dropFirst().map(String.init))
    }

    @Test func typingReachesTheJournalBeforeTheFrameAndRestoreKeepsTheCursor() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.press(.control("u"))
        d.type("José A. Muñoz")
        d.app.journalEdits()
        #expect(try store.recoveryExists("Boone County"), "the first edit writes the recovery file")
        // Into the middle of the name: the cursor is not at the end any more.
        d.press(.left, times: 5)
        d.type("X. ")
        d.app.journalEdits()
        #expect(try Self.journalLines(store).count == 1, "a run of typing is one line of the journal")
        // Killed here: no tick, no signal, no save. The next start offers the edits.
        var again = ScreenDriver(store)
        #expect(again.screen.contains("Unsaved edits found"))
        again.press(.character("r"))
        #expect(again.wizard?.letter.superintendent.name == "José A. X. Muñoz")
        #expect(again.focused == .field(.superintendentName))
        #expect(again.screen.contains("● unsaved"))
        // New typing lands where the cursor was, after the restored text.
        again.type("Y")
        #expect(again.wizard?.letter.superintendent.name == "José A. X. YMuñoz")
        #expect(try store.load("Boone County").superintendent.name == "José Muñoz", "nothing was saved behind the person's back")
    }

    @Test func aLongAnswerIsRestoredWithTheCursorInsideIt() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.go(to: .step(.reflections))
        let prompt = try #require(screenEdition.prompts.first { $0.answer == .text })
        d.focus(.area(.reflection(prompt.id)))
        d.press(.control("e"))
        d.type(" Then the district joins.\nA new paragraph")
        d.app.journalEdits()
        d.press(.left, times: 9)
        d.type("whole ")
        d.app.journalEdits()
        var again = ScreenDriver(store)
        again.press(.character("r"))
        #expect(again.focused == .area(.reflection(prompt.id)), "back in the answer last typed in")
        again.type("big ")
        #expect(again.wizard?.letter.reflections[prompt.id]
                == "We opened two innovation labs. Then the district joins.\nA new whole big paragraph\nNext year every school joins.")
    }

    @Test func aChangeTheJournalCannotCarryRewritesTheRecoveryFile() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.type(" Jr.")
        d.app.journalEdits()
        d.go(to: .step(.commitments))
        d.focus(.acknowledgements)
        d.press(.space)  // the first box, unticked
        d.app.journalEdits()
        #expect(try Self.journalLines(store).isEmpty, "the recovery file was written afresh, its journal empty")
        var again = ScreenDriver(store)
        again.press(.character("r"))
        let first = try #require(screenEdition.expectations.first)
        #expect(again.wizard?.letter.isAcknowledged(first.id) == false)
        #expect(again.wizard?.letter.superintendent.name == "José Muñoz Jr.")
    }

    @Test func aDateThatIsNotYetADateIsKeptAsTyped() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.go(to: .step(.agreement))
        d.focus(.field(.districtSignatureDate))
        d.press(.control("u"))
        d.type("2022-09-")
        d.app.journalEdits()
        d.app.writeRecovery(force: true)  // the timer's rewrite: the text is not in the letter
        var again = ScreenDriver(store)
        again.press(.character("r"))
        #expect(again.wizard?.text(of: .districtSignatureDate) == "2022-09-")
    }

    @Test func savingRemovesTheRecoveryFileAndItsJournal() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.type(" Jr.")
        d.app.journalEdits()
        d.press(.control("s"))
        #expect(!(try store.recoveryExists("Boone County")))
        let journal = store.store.recoveryJournalPath(try DistrictSlug(deriving: "Boone County"), ScreenClock.year)
        #expect(!FileManager.default.fileExists(atPath: journal))
        // Typing after the save starts a new recovery file, not an orphaned journal.
        d.type("!")
        d.app.journalEdits()
        var again = ScreenDriver(store)
        again.press(.character("r"))
        #expect(again.wizard?.letter.superintendent.name == "José Muñoz Jr.!")
    }
}

/// A run of keys that arrived together (`App.handle(typed:)`, used by the terminal loop).
@Suite struct WizardTypedRunTests {
    @Test func aRunIsTypedIntoTheFocusedAnswerAsKeyByKeyAndJournaled() throws {
        let store = try ScreenStore()
        var byKey = try store.openCompleteLetterOnContacts()
        var byRun = byKey
        let run = "A run of keys typed faster than the screen is drawn, é and 🇰🇾."
        byKey.type(run)
        let typed = byRun.app.handle(typed: run)
        #expect(typed)
        #expect(byRun.wizard?.letter.superintendent.name == byKey.wizard?.letter.superintendent.name)
        #expect(byRun.screen == byKey.screen)
        byRun.app.journalEdits()
        var again = ScreenDriver(store)
        again.press(.character("r"))
        #expect(again.wizard?.letter.superintendent.name == byKey.wizard?.letter.superintendent.name)
    }

    @Test func aRunIsLeftToTheKeysWhereKeysMeanMoreThanText() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        var home = ScreenDriver(store)
        let onHome = home.app.handle(typed: "ne")
        #expect(!onHome, "on Home, letters are commands")
        d.go(to: .step(.commitments))
        let onBoxes = d.app.handle(typed: "  ")
        #expect(!onBoxes, "Space ticks a box there")
    }
}
