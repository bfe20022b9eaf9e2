import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// The edition editor keeps its unsaved edits like the wizard: written after every batch of
/// keys, offered on the next start (Restore or Discard), the cursor where it was.
@Suite struct EditionRecoveryTests {
    static let size = Size(columns: 100, rows: 30)

    /// The app on the editions screen with the editor open on a copy of 2022-2023, the purpose paragraph focused.
    static func editing(_ store: EditionsTestStore) throws -> ScreenDriver {
        try store.store.copyEdition(try EditionCatalog.bundled.edition(id: "2022-2023"), as: "2023-2024")
        var d = ScreenDriver(app: App(context: store.context, size: size))
        d.press(.character("e"))
        guard case .editions(var editions) = d.app.route else { throw Failure("the editions screen did not open") }
        let index = try #require(editions.catalog.editions.firstIndex { $0.id == "2023-2024" })
        editions.list.select(index: index)
        d.app.route = .editions(editions)
        d.press(.enter)
        guard case .editions(var opened) = d.app.route, case .editor(var editor) = opened.mode else { throw Failure("no editor") }
        editor.focus(on: .paragraph(section: 0, block: 0))
        opened.mode = .editor(editor)
        d.app.route = .editions(opened)
        return d
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func editor(_ d: ScreenDriver) -> EditionEditorState? {
        if case .editions(let editions) = d.app.route { return editions.editor }
        return nil
    }

    @Test func editsAreKeptAndRestoredWithTheCursor() throws {
        let store = try EditionsTestStore()
        var d = try Self.editing(store)
        d.press(.control("e"))  // the end of the first visual line
        d.type(" Typed before the crash.")
        d.press(.left, times: 7)
        d.app.journalEdits()
        #expect(FileManager.default.fileExists(atPath: store.store.editionRecoveryPath("2023-2024")))

        // Killed here. The next start offers the edits.
        var again = ScreenDriver(app: App(context: store.context, size: Self.size))
        #expect(again.screen.contains("Unsaved edits found"))
        #expect(again.screen.contains("kyiln stopped before edition 2023-2024 was saved."))
        again.press(.character("r"))
        let editor = try #require(Self.editor(again))
        #expect(editor.isDirty)
        #expect(editor.focused == .paragraph(section: 0, block: 0))
        again.type("X")
        #expect(Self.editor(again)?.text(of: .paragraph(section: 0, block: 0)).contains(" Typed before theX crash. ") == true,
                "typing lands where the cursor was, seven characters back")
        // Saving writes the edition and removes the recovery file.
        again.press(.control("s"))
        #expect(try store.store.storedEdition("2023-2024").purpose.joined().contains("Typed before theX crash.") == true)
        #expect(!FileManager.default.fileExists(atPath: store.store.editionRecoveryPath("2023-2024")))
    }

    @Test func discardRemovesTheFileAndTheEditionStaysAsStored() throws {
        let store = try EditionsTestStore()
        var d = try Self.editing(store)
        d.type("Lost on purpose. ")
        d.app.journalEdits()
        let stored = try store.store.storedEdition("2023-2024")
        var again = ScreenDriver(app: App(context: store.context, size: Self.size))
        again.press(.character("d"))
        #expect(!again.overlayIsOpen)
        #expect(!FileManager.default.fileExists(atPath: store.store.editionRecoveryPath("2023-2024")))
        #expect(try store.store.storedEdition("2023-2024") == stored)
        #expect(!ScreenDriver(app: App(context: store.context, size: Self.size)).overlayIsOpen)
    }

    @Test func leavingTheEditorWithoutSavingRemovesTheFile() throws {
        let store = try EditionsTestStore()
        var d = try Self.editing(store)
        d.type("Not wanted. ")
        d.app.journalEdits()
        #expect(FileManager.default.fileExists(atPath: store.store.editionRecoveryPath("2023-2024")))
        d.press(.escape)  // asks: Save / Discard / Cancel
        d.press(.character("d"))
        #expect(Self.editor(d) == nil)
        #expect(!FileManager.default.fileExists(atPath: store.store.editionRecoveryPath("2023-2024")))
    }
}
