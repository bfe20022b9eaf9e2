import Foundation
import LetterDomain
@testable import Screens
import TerminalUI
import Testing

/// keymap.json in the screens (issue 8): a rebound key does the action, the key it replaced
/// does nothing, a mistake in the file keeps the default and says so.
@Suite("Remapped keys in the screens")
struct RemappedKeysTests {
    /// A keymap file with `json` in a fresh folder, loaded as `KYILN_KEYMAP` would name it.
    private func load(_ json: String) throws -> KeymapLoadResult {
        let folder = NSTemporaryDirectory() + "kyiln-keymap-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/keys.json"
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return KeymapLoader(environment: ["KYILN_KEYMAP": path], storeDirectory: nil, executablePath: nil).load()
    }

    /// Boone County opened on Contacts, superintendent name focused, then the keymap of `json`
    /// taken (as at start-up: its warning is in the status bar until the next key).
    private func contacts(_ json: String) throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.app.useKeymap(try load(json))
        return (store, d)
    }

    @Test func saveOnCtrlOSavesAndCtrlSNoLongerDoes() throws {
        var (store, d) = try contacts(#"{"bindings": {"save": ["ctrl-o"]}}"#)
        #expect(d.app.status.message == nil, "a valid file says nothing")
        d.type(" Jr.")
        // The old key does nothing at all: it neither saves nor reaches the field.
        d.press(.control("s"))
        #expect(try store.load("Boone County").revision == 1)
        #expect(d.wizard?.letter.superintendent.name == "José Muñoz Jr.")
        #expect(d.app.hasUnsavedEdits)
        d.press(.control("o"))
        #expect(try store.load("Boone County").revision == 2)
        #expect(try store.load("Boone County").superintendent.name == "José Muñoz Jr.")
        #expect(!d.app.hasUnsavedEdits)
        // The status bar and the help name the new key.
        #expect(d.render().row(23).contains("^O Save"))
        d.press(.function(1))
        #expect(d.screen.contains("Ctrl-O"))
    }

    @Test func reboundStepUndoAndHelpKeysWork() throws {
        var (_, d) = try contacts(#"{"bindings": {"nextStep": ["ctrl-f"], "undo": ["ctrl-g"], "help": ["f5"]}}"#)
        d.type(" Jr.")
        d.press(.control("z"))  // no longer undo
        #expect(d.wizard?.letter.superintendent.name == "José Muñoz Jr.")
        d.press(.control("g"))
        #expect(d.wizard?.letter.superintendent.name == "José Muñoz")
        // PgDn and Ctrl-N were next step's: now they do nothing; Ctrl-F moves on.
        d.press(.control("n"))
        d.press(.pageDown)
        #expect(d.page == .step(.contacts))
        d.press(.control("f"))
        #expect(d.page == .step(.reflections))
        #expect(d.render().row(23).contains("^F/"), "\(d.render().row(23))")
        d.press(.function(1))
        #expect(!d.overlayIsOpen)
        d.press(.function(5))
        #expect(d.overlayIsOpen)
    }

    @Test func swappingTwoKeysIsFine() throws {
        var (store, d) = try contacts(#"{"bindings": {"save": ["ctrl-n"], "nextStep": ["pgdn", "ctrl-s"]}}"#)
        #expect(d.app.status.message == nil)
        d.type("!")
        d.press(.control("n"))
        #expect(try store.load("Boone County").revision == 2)
        #expect(d.page == .step(.contacts))
        d.press(.control("s"))
        #expect(d.page == .step(.reflections))
    }

    @Test func aConflictingBindingKeepsTheDefaultAndSaysSo() throws {
        // Save on Ctrl-N would take next step's key: save keeps Ctrl-S.
        var (store, d) = try contacts(#"{"bindings": {"save": ["ctrl-n"]}}"#)
        let message = try #require(d.app.status.message)
        #expect(message.kind == .warning)
        #expect(message.text.contains("keys.json"))
        #expect(message.text.contains("Ctrl-N is bound to both"))
        #expect(message.text.contains("bindings.save"))
        d.type("!")
        d.press(.control("s"))
        #expect(try store.load("Boone County").revision == 2)
        d.press(.control("n"))
        #expect(d.page == .step(.reflections))
    }

    @Test func anUnknownActionIsIgnoredWithAMessageAndTheRestApplies() throws {
        var (store, d) = try contacts(#"{"bindings": {"sav": ["ctrl-o"], "history": ["f12"], "redo": ["alt-y"]}}"#)
        let message = try #require(d.app.status.message)
        #expect(message.text.contains("bindings.redo") || message.text.contains("bindings.sav"))
        #expect(message.text.contains("(+1 more)"))
        d.type("!")
        d.press(.control("o"))
        #expect(try store.load("Boone County").revision == 1, "an unknown action binds nothing")
        d.press(.control("s"))
        #expect(try store.load("Boone County").revision == 2)
        d.press(.function(12))
        #expect(d.overlayIsOpen, "the valid entry next to the bad ones applies")
    }

    @Test func aFileThatIsNotJSONGivesTheDefaultsAndAMessage() throws {
        var (store, d) = try contacts("{ save: ctrl-o")
        #expect(d.app.status.message?.text.contains("not valid JSON") == true)
        #expect(d.app.keymap == .defaults)
        d.type("!")
        d.press(.control("s"))
        #expect(try store.load("Boone County").revision == 2)
    }

    @Test func themeAndKeymapWarningsAreBothCounted() throws {
        let store = try ScreenStore()
        var d = ScreenDriver(store)
        d.app.useKeymap(try load(#"{"bindings": {"sav": ["ctrl-o"]}}"#), themeWarnings: ["Theme \"x\" not found."])
        #expect(d.app.status.message?.text == "Theme \"x\" not found. (+1 more)")
    }

    @Test func quitReboundWorksOnTheTooSmallScreen() throws {
        let store = try ScreenStore()
        var d = ScreenDriver(store)
        d.app.useKeymap(try load(#"{"bindings": {"quit": ["ctrl-x"]}}"#))
        d.resize(60, 20)
        #expect(d.screen.contains("Ctrl-X quits."))
        d.press(.control("q"))
        #expect(!d.app.isFinished)
        d.press(.control("x"))
        #expect(d.app.isFinished)
    }
}
