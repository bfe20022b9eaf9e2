import Foundation
import LetterDomain
@testable import Screens
import TerminalUI
import Testing

/// Every hint and help line is made from the keymap: with help on F5 and status on F6, no
/// screen names F1 or F2 any more (issue "One of each").
@Suite("Hints follow the keymap")
struct HintsFollowKeymapTests {
    /// Help on F5, status on F6; everything else as default.
    private static let moved = try! Keymap(bindings: [.help: [.function(5)], .status: [.function(6)]])

    private func driver(_ store: ScreenStore) -> ScreenDriver {
        var d = ScreenDriver(store)
        d.app.useKeymap(KeymapLoadResult(keymap: Self.moved, path: nil, problems: []))
        return d
    }

    /// The screen says F5 (and, where it names the status key, F6), never F1 or F2.
    private func expectMoved(_ screen: String, status: Bool = false, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen.contains("F5"), comment, sourceLocation: sourceLocation)
        if status { #expect(screen.contains("F6"), comment, sourceLocation: sourceLocation) }
        #expect(!screen.contains("F1"), comment, sourceLocation: sourceLocation)
        #expect(!screen.contains("F2"), comment, sourceLocation: sourceLocation)
    }

    @Test func homeFirstRunAndTableNameTheMovedHelpKey() throws {
        let store = try ScreenStore()
        var d = driver(store)
        expectMoved(d.screen, "first run: \(d.screen)")
        try store.create("Boone County")
        d = driver(store)
        expectMoved(d.screen, "table: \(d.screen)")
    }

    @Test func wizardLockedNoticeAndHelpNameTheMovedKeys() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0); $0.status = .signed }
        var d = driver(store)
        d.press(.enter)
        let screen = d.screen
        expectMoved(screen, status: true, "wizard: \(screen)")
        #expect(screen.contains("Signed: read-only. F6 → draft"))
        // A key that would edit says the same, naming F6.
        d.go(to: .step(.agreement))
        d.focus(.field(.districtSignatureName))
        d.press(.character("x"))
        #expect(d.app.status.message?.text.contains("F6 → draft") == true)
        // The old keys do nothing; the new ones open help and the status dialog.
        d.press(.function(1))
        #expect(!d.overlayIsOpen)
        d.press(.function(5))
        #expect(d.overlayIsOpen)
        expectMoved(d.screen, status: true, "help: \(d.screen)")
        d.press(.function(5))
        #expect(!d.overlayIsOpen)
        d.press(.function(2))
        #expect(!d.overlayIsOpen)
        d.press(.function(6))
        #expect(d.overlayIsOpen)
    }

    @Test func editionEditorNamesTheMovedHelpKey() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        var d = driver(store)
        d.press(.character("e"))  // the editions
        expectMoved(d.screen, "editions: \(d.screen)")
        d.press(.character("c"))  // copy the selected built-in edition…
        d.press(.enter, .enter)   // …with the form's id and year, then edit it
        guard case .editions(let editions) = d.app.route, editions.editor != nil else {
            Issue.record("no editor open: \(d.screen)")
            return
        }
        expectMoved(d.screen, "editor: \(d.screen)")
        d.press(.function(5))
        #expect(d.overlayIsOpen)
        expectMoved(d.screen, status: true, "help over the editor: \(d.screen)")
    }

    @Test func aKeyMovedToAnotherActionIsNotReadAsTheOverlaysOwn() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        var d = ScreenDriver(store)
        let keymap = try Keymap(bindings: [.help: [.function(5)], .history: [.function(1)], .status: [.function(6)]])
        d.app.useKeymap(KeymapLoadResult(keymap: keymap, path: nil, problems: []))
        d.press(.function(5))
        guard case .help? = d.app.overlay else { Issue.record("help is not open"); return }
        d.press(.function(1))  // history's key now, not the help's F1
        guard case .help? = d.app.overlay else { Issue.record("F1 closed the help"); return }
        d.press(.function(5))
        #expect(!d.overlayIsOpen)
    }
}
