import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// What the wizard says is said once, in the form's words.
@Suite("Wizard messages")
struct WizardMessagesTests {
    @Test func thePointsOfActionMessageShowsOnce() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0); $0.actions = ["Grow the innovation labs"] }
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.press(.enter)
        d.go(to: .step(.reflections))
        d.focus(.field(.action(0)))
        d.press(.tab, .tab)
        let screen = d.screen
        let count = screen.components(separatedBy: "Name at least 2 points of action").count - 1
        #expect(count == 1, "\(screen)")
    }

    @Test func theStatusDialogNamesNoCommandLineFlags() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0); $0.status = .signed }
        var d = ScreenDriver(store)
        d.press(.enter)
        d.press(.function(2))
        for _ in 0..<3 where !d.screen.contains("(draft)") { d.press(.right) }
        d.press(.enter)  // no note given
        let screen = d.screen
        #expect(screen.contains("Cannot move back to draft: say why with a note; both signature dates"), "\(screen)")
        #expect(screen.contains("will be cleared"), "the reason is wrapped, not cut:\n\(screen)")
        #expect(!screen.contains("--note"))
    }

    @Test func aNoteTooLongForTheStatusDialogIsNotPastedAndSaysSo() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0); $0.status = .signed }
        var d = ScreenDriver(store)
        d.press(.enter)
        d.press(.function(2))
        for _ in 0..<3 where !d.screen.contains("(draft)") { d.press(.right) }
        d.press(.tab)
        d.press(.paste(String(repeating: "w", count: 600)))
        #expect(d.screen.contains("Not pasted: 600 characters, 100 over the 500-character limit of Note"), "\(d.screen)")
    }
}
