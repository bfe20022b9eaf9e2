import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Small wizard bugs, each pinned by a test: the restored step, cut conflict values, the
/// New letter screen at 80 columns, one history entry per status change, the KDE prefill.
@Suite("Wizard fixes")
struct WizardFixesTests {
    // MARK: Restoring a recovery file

    @Test func restoringReopensAtTheStepAndFieldOfTheRecovery() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        #expect(d.page == .step(.contacts))
        #expect(d.focused == .field(.superintendentName))
        d.app.writeRecovery(force: true)

        var again = ScreenDriver(store)
        again.press(.character("r"))
        #expect(again.page == .step(.contacts))
        #expect(again.focused == .field(.superintendentName))
        // Typing goes on where it stopped.
        again.type(" Jr.")
        #expect(again.wizard?.letter.superintendent.name == "José A. Muñoz Jr.")
    }

    @Test func restoringARecoveryOfTheReviewPageOpensTheReview() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        d.go(to: .review)
        d.app.writeRecovery(force: true)
        var again = ScreenDriver(store)
        again.press(.character("r"))
        #expect(again.page == .review)
    }

    @Test func aRecoveryWithoutAStepOpensStepOne() throws {
        let store = try ScreenStore()
        var letter = try store.create("Boone County") { fillLetterCompletely(&$0) }
        letter.superintendent.name = "Changed"
        try store.store.writeRecovery(Recovery(letter: letter, savedAt: ScreenClock.now))
        var d = ScreenDriver(store)
        d.press(.character("r"))
        #expect(d.page == .step(.purpose))
        #expect(d.wizard?.letter.superintendent.name == "Changed")
    }

    // MARK: Conflict dialog

    @Test func aConflictValueCutToItsColumnEndsInAnEllipsis() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.press(.control("u"))
        let long = "José Antonio de la Santísima Trinidad Muñoz y Pérez"
        d.type(long)
        try store.saveAsSomeoneElse("Boone County") { $0.superintendent.name = "Jose Munoz" }
        d.press(.control("s"))
        #expect(d.isConflictOpen)
        let screen = d.screen
        // The column is 35 cells at 80x24: "mine: " and 28 characters, then "…".
        #expect(screen.contains("mine: " + String(long.prefix(28)) + "…"), "\(screen)")
        // A value that fits is not marked.
        #expect(screen.contains("theirs: Jose Munoz ") || screen.contains("theirs: Jose Munoz│"))
        #expect(!screen.contains("Jose Munoz…"))
    }

    // MARK: New letter at 80x24

    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func theNewLetterScreenShowsTheWholeEditionLine(size: Size) throws {
        let store = try ScreenStore()
        var d = ScreenDriver(store, columns: size.columns, rows: size.rows)
        d.press(.character("n"))
        let grid = d.render()
        let edition = try #require(grid.find("◀ 2022-2023: Kentucky Innovative Learning Network ▶"))
        #expect(grid.row(edition.y).hasSuffix("▶"), "nothing cut after the selector")
        #expect(grid.row(edition.y + 1).hasSuffix("Form: the 2022-2023 edition, written for 2022-2023"))
        #expect(grid.row(edition.y + 2).hasSuffix("the year's edition; Left/Right picks another"))
        // Picking another edition by hand drops the note.
        d.press(.backTab)
        d.press(.right)
        #expect(d.render().find("the year's edition") == nil)
    }

    // MARK: One history entry per status change

    /// A store with a complete Boone County letter the district approved, not yet signed.
    static func approvedAndUnsigned() throws -> ScreenStore {
        let store = try ScreenStore()
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.signatures.district.date = nil
            letter.signatures.kde.date = nil
            letter.status = .approved
        }
        return store
    }

    @Test func signingFromTheWizardAddsOneHistoryEntry() throws {
        let store = try Self.approvedAndUnsigned()
        var d = ScreenDriver(store)
        d.press(.enter)
        d.press(.function(2))
        #expect(d.screen.contains("(signed)"))
        d.press(.enter)
        #expect(!d.overlayIsOpen)
        let saved = try store.load("Boone County")
        #expect(saved.status == .signed)
        #expect(saved.signatures.district.date == ScreenClock.today, "no date was typed: today")
        #expect(saved.history.map(\.action) == [.created, .transition], "\(saved.history.map(\.summary))")
        #expect(saved.history.last?.changes.map(\.field) == ["signatures.district.date"])
    }

    @Test func editsBeforeAStatusChangeStillGetTheirOwnEntry() throws {
        let store = try Self.approvedAndUnsigned()
        var d = ScreenDriver(store)
        d.press(.enter)
        d.go(to: .step(.agreement))
        d.focus(.field(.districtSignatureTitle))
        d.press(.control("u"))
        d.type("Superintendent of Schools")
        d.press(.function(2), .enter)
        let saved = try store.load("Boone County")
        #expect(saved.status == .signed)
        #expect(saved.history.map(\.action) == [.created, .transition, .saved])
        // The save records the title typed, not again the date the status change recorded.
        #expect(saved.history.last?.changes.map(\.field) == ["signatures.district.title"])
    }

    // MARK: The prefilled KDE designee

    /// A letter without a KDE name, opened; the superintendent's name edited; meanwhile
    /// "colleague" saves `change`; then Ctrl-S.
    private func prefilledConflict(_ change: @escaping (inout Letter) -> Void, typing name: String = "José A. Muñoz") throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.signatures.kde = KDESignature()
        }
        var d = ScreenDriver(store)
        d.press(.enter)
        #expect(d.wizard?.letter.signatures.kde.name == "Sarah Snipes", "prefilled from the edition")
        #expect(!d.app.hasUnsavedEdits, "the prefill alone is not an unsaved edit")
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentName))
        d.press(.control("u"))
        d.type(name)
        try store.saveAsSomeoneElse("Boone County", change)
        d.press(.control("s"))
        return (store, d)
    }

    @Test func thePrefilledKDENameIsNoConflict() throws {
        var (store, d) = try prefilledConflict { $0.superintendent.email = "superintendent@boone.kyschools.us" }
        guard case .conflict(let state) = d.app.overlay else { Issue.record("no conflict dialog:\n\(d.screen)"); return }
        #expect(state.fields == [.superintendentName, .superintendentEmail])
        #expect(!d.screen.contains("KDE designee"))
        d.press(.enter)
        let saved = try store.load("Boone County")
        #expect(saved.superintendent.name == "José A. Muñoz")
        #expect(saved.superintendent.email == "superintendent@boone.kyschools.us")
        // The prefilled name is stored with the next save, as before.
        #expect(saved.signatures.kde.name == "Sarah Snipes")
        #expect(!d.app.hasUnsavedEdits)
    }

    @Test func aSaveOfTheSameValuesNeedsNoDialog() throws {
        var (store, d) = try prefilledConflict({ $0.superintendent.name = "José A. Muñoz" })
        #expect(!d.isConflictOpen)
        #expect(d.app.status.message?.text == "colleague saved the same values meanwhile: nothing to merge.")
        #expect(!d.app.hasUnsavedEdits)
        #expect(try store.load("Boone County").revision == 2)
        // The next edit saves on top of their revision.
        d.type("!")
        d.press(.control("s"))
        #expect(!d.isConflictOpen)
        #expect(try store.load("Boone County").superintendent.name == "José A. Muñoz!")
    }

    @Test func theirKDENameWinsOverThePrefillByDefault() throws {
        var (store, d) = try prefilledConflict { $0.signatures.kde.name = "Jane Doe" }
        guard case .conflict(let state) = d.app.overlay else { Issue.record("no conflict dialog"); return }
        #expect(state.fields == [.superintendentName, .kdeSignatureName])
        // Mine where I typed; theirs where only they changed it (the prefill is not my change).
        #expect(state.keepMine == [true, false])
        d.press(.enter)
        #expect(try store.load("Boone County").signatures.kde.name == "Jane Doe")
    }

    @Test func openingALetterWithoutAKDENameAndLeavingAsksNothing() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        var d = ScreenDriver(store)
        d.press(.enter)
        #expect(d.screen.contains("saved"))
        #expect(!d.screen.contains("● unsaved"))
        d.press(.escape)
        #expect(d.isHome && !d.overlayIsOpen)
        #expect(try store.load("Boone County").revision == 1)
    }
}
