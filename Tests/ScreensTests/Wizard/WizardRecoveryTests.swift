import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Unsaved edits kept in the recovery file and offered again.
@Suite struct WizardRecoveryTests {
    @Test func recoveryIsOfferedAndRestoresTheEditsAsUnsaved() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        d.app.writeRecovery(force: true)
        #expect(try store.recoveryExists("Boone County"))

        var again = ScreenDriver(store)
        #expect(again.screen.contains("Unsaved edits found"))
        #expect(again.screen.contains("kyiln stopped before Boone County 2022-2023 was saved."))
        again.press(.character("r"))
        #expect(again.page != nil)
        #expect(again.wizard?.letter.superintendent.name == "José A. Muñoz")
        #expect(again.app.hasUnsavedEdits)
        #expect(again.screen.contains("● unsaved"))
        #expect(try store.load("Boone County").superintendent.name == "José Muñoz")
        again.press(.control("s"))
        #expect(try store.load("Boone County").superintendent.name == "José A. Muñoz")
        #expect(!(try store.recoveryExists("Boone County")))
    }

    @Test func discardingTheRecoveryRemovesTheFile() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        d.app.writeRecovery(force: true)
        var again = ScreenDriver(store)
        again.press(.character("d"))
        #expect(again.isHome && !again.overlayIsOpen)
        #expect(!(try store.recoveryExists("Boone County")))
        #expect(try store.load("Boone County").superintendent.name == "José Muñoz")
        // And the next start offers nothing.
        #expect(!ScreenDriver(store).overlayIsOpen)
    }

    @Test func recoveryIsWrittenOnTicksOnlyWhenThereAreNewEdits() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        // A clock that moves on with every tick.
        let clock = TickingClock()
        var context = store.context
        context.now = { clock.now() }
        var d = ScreenDriver(app: App(context: context, size: Size(columns: 80, rows: 24)))
        d.press(.enter)
        d.app.handle(.tick)
        #expect(!(try store.recoveryExists("Boone County")), "nothing to keep before an edit")
        d.go(to: .step(.contacts))
        d.type("x")
        d.app.handle(.tick)
        #expect(try store.recoveryExists("Boone County"))
    }

    @Test("a recovery file that cannot be written is said at once, with the key that saves")
    func aRecoveryFileThatCannotBeWrittenIsSaid() throws {
        let store = try ScreenStore()
        let letter = try store.create("Boone County") { fillLetterCompletely(&$0) }
        // A folder where the recovery file belongs: the write cannot replace it.
        try FileManager.default.createDirectory(atPath: store.store.recoveryPath(letter.district.slug, letter.schoolYear),
                                                withIntermediateDirectories: false)
        let clock = TickingClock()
        var context = store.context
        context.now = { clock.now() }
        var d = ScreenDriver(app: App(context: context, size: Size(columns: 80, rows: 24)))
        d.press(.enter)
        d.go(to: .step(.contacts))
        d.type("x")
        d.app.handle(.tick)
        #expect(d.screen.contains("Recovery file not written: save (^S) to keep your edits."), "\(d.screen)")
        #expect(d.wizard?.isDirty == true, "the typing is still on screen")
    }
}

/// A clock for recovery timing: each call is five seconds after the last.
final class TickingClock: @unchecked Sendable {
    private var seconds: Double = 0
    private let lock = NSLock()

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        seconds += 5
        return ScreenClock.now.addingTimeInterval(seconds)
    }
}
