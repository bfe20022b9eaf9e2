import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Saving when another process saved the same letter meanwhile: a dialog, never a silent overwrite.
@Suite struct ConflictTests {
    /// Boone County stored and opened; in the app the superintendent name and contact 1's title
    /// are changed; meanwhile "colleague" saves another name and a new superintendent email.
    /// Then Ctrl-S.
    static func conflict() throws -> (ScreenStore, ScreenDriver, theirs: Letter) {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.press(.control("u"))
        d.type("José A. Muñoz")
        d.focus(.field(.contact(0, .title)))
        d.press(.control("u"))
        d.type("Chief Innovation Officer")
        let theirs = try store.saveAsSomeoneElse("Boone County") { letter in
            letter.superintendent.name = "Jose Munoz"
            letter.superintendent.email = "superintendent@boone.kyschools.us"
        }
        #expect(theirs.revision == 2)
        d.press(.control("s"))
        #expect(d.isConflictOpen)
        // Nothing was written: the store still holds their save.
        #expect(try store.load("Boone County") == theirs)
        return (store, d, theirs)
    }

    @Test func dialogListsEachDifferingFieldWithBothValues() throws {
        let (_, d, _) = try Self.conflict()
        let screen = d.screen
        #expect(screen.contains("colleague saved this letter (revision 2) while you were editing it."))
        #expect(screen.contains("▸ Superintendent name"))
        #expect(screen.contains("mine: José A. Muñoz"))
        #expect(screen.contains("theirs: Jose Munoz"))
        #expect(screen.contains("Superintendent email"))
        #expect(screen.contains("theirs: superintendent@boone.kysch…"))  // cut to the column, and says so
        #expect(screen.contains("mine: jmunoz@boone.kyschools.us"))
        guard case .conflict(let state) = d.app.overlay else { Issue.record("no conflict dialog"); return }
        #expect(state.fields == [.superintendentName, .superintendentEmail, .contact(0, .title)])
        // Defaults: mine where I typed, theirs where only they changed the field.
        #expect(state.keepMine == [true, false, true])
    }

    @Test func enterAloneKeepsMyEditsAndTheirChanges() throws {
        var (store, d, theirs) = try Self.conflict()
        d.press(.enter)
        #expect(!d.overlayIsOpen)
        let saved = try store.load("Boone County")
        #expect(saved.revision == theirs.revision + 1)
        #expect(saved.superintendent.name == "José A. Muñoz")
        #expect(saved.superintendent.email == "superintendent@boone.kyschools.us")
        #expect(saved.contacts[0].title == "Chief Innovation Officer")
        // Their save is in the history, then mine.
        #expect(saved.history.suffix(2).map(\.by) == ["colleague", "tester"])
        #expect(d.app.hasUnsavedEdits == false)
    }

    @Test func perFieldTakeTheirsAndKeepMine() throws {
        var (store, d, theirs) = try Self.conflict()
        // Superintendent name: take theirs (t); email: keep mine (m); title stays mine.
        d.press(.character("t"), .down, .character("m"))
        d.press(.enter)
        let saved = try store.load("Boone County")
        #expect(saved.revision == theirs.revision + 1)
        #expect(saved.superintendent.name == "Jose Munoz")
        #expect(saved.superintendent.email == "jmunoz@boone.kyschools.us")
        #expect(saved.contacts[0].title == "Chief Innovation Officer")
        // The editor now shows the merged letter as saved.
        #expect(d.wizard?.letter.superintendent.name == "Jose Munoz")
        #expect(d.screen.contains("Saved (revision 3)"))
    }

    @Test func allMine() throws {
        var (store, d, theirs) = try Self.conflict()
        d.press(.character("M"), .enter)
        let saved = try store.load("Boone County")
        #expect(saved.revision == theirs.revision + 1)
        #expect(saved.superintendent == Superintendent(name: "José A. Muñoz", email: "jmunoz@boone.kyschools.us"))
        #expect(saved.contacts[0].title == "Chief Innovation Officer")
        #expect(saved.history.contains { $0.by == "colleague" })
    }

    @Test func allTheirs() throws {
        var (store, d, theirs) = try Self.conflict()
        d.press(.character("T"), .enter)
        // Their letter as it is: nothing to write, nothing typed is kept over theirs.
        #expect(try store.load("Boone County") == theirs)
        #expect(d.wizard?.letter.superintendent == theirs.superintendent)
        #expect(d.wizard?.letter.contacts == theirs.contacts)
        #expect(d.app.hasUnsavedEdits == false)
        #expect(!(try store.recoveryExists("Boone County")))
        // A later edit saves on top of their revision without another conflict.
        d.focus(.field(.contact(0, .title)))
        d.type("!")
        d.press(.control("s"))
        #expect(!d.isConflictOpen)
        #expect(try store.load("Boone County").revision == theirs.revision + 1)
    }

    @Test func cancellingKeepsMyEditsAndWritesNothing() throws {
        var (store, d, theirs) = try Self.conflict()
        d.press(.escape)
        #expect(!d.overlayIsOpen)
        #expect(d.screen.contains("Not saved: the letter changed in the store."))
        #expect(d.wizard?.letter.superintendent.name == "José A. Muñoz")
        #expect(d.app.hasUnsavedEdits)
        #expect(try store.load("Boone County") == theirs)
        // Ctrl-S again asks again.
        d.press(.control("s"))
        #expect(d.isConflictOpen)
    }

    @Test func spaceTogglesAndTheDialogShowsTheChoice() throws {
        var (_, d, _) = try Self.conflict()
        let grid = d.render()
        let mine = try #require(grid.find("mine: José A. Muñoz"))
        let theirs = try #require(grid.find("theirs: Jose Munoz"))
        #expect(grid.role(at: mine) == .selection)
        #expect(grid.role(at: theirs) == .muted)
        d.press(.space)
        let toggled = d.render()
        #expect(toggled.role(at: mine) == .muted)
        #expect(toggled.role(at: theirs) == .selection)
    }
}
