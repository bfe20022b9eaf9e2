import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// A clock the test moves: the wizard looks at the store once a second of it.
final class MovingClock: @unchecked Sendable {
    var now = ScreenClock.now
    func advance(_ seconds: Double) { now = now.addingTimeInterval(seconds) }
}

/// The wizard's wiring to the rules service: what a save, a transition and a decision made
/// elsewhere do to the record, seen as the program manager sees it.
@Suite struct RecordTruthTests {
    static let fingerprint = "SHA256:" + String(repeating: "D", count: 43)

    /// Boone County, complete and in review, opened in the wizard on a clock the test moves.
    func openInReview(_ store: ScreenStore, clock: MovingClock) throws -> (ScreenDriver, Letter) {
        let letter = try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.status = .inReview
        }
        let context = AppContext(store: store.store, editions: .bundled, user: "tester", now: { clock.now }, today: { ScreenClock.today })
        var d = ScreenDriver(app: App(context: context, size: Size(columns: 80, rows: 24)))
        d.press(.enter)
        return (d, letter)
    }

    func approve(_ store: ScreenStore, _ letter: Letter) throws {
        try store.store.record(Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision, decision: .approve,
                                      comment: "", reviewerName: "Dana Reviewer", fingerprint: Self.fingerprint, at: ScreenClock.now.addingTimeInterval(30)))
    }

    @Test("Ctrl-S with no edits writes nothing, however often")
    func saveWithoutEditsWritesNothing() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.press(.control("s"), .control("s"), .control("s"))
        #expect(try store.load("Boone County").revision == 1)
        #expect(d.screen.contains("Nothing to save"))
    }

    @Test("an approval that arrives while the letter is open shows within a second, with no edits to keep")
    func approvalShowsWhileOpen() throws {
        let store = try ScreenStore(), clock = MovingClock()
        var (d, letter) = try openInReview(store, clock: clock)
        #expect(d.wizard?.letter.status == .inReview)
        try approve(store, letter)
        clock.advance(1.5)
        d.app.handle(.tick)
        #expect(d.wizard?.letter.status == .approved)
        #expect(d.screen.contains("Dana Reviewer"))
    }

    @Test("saving over an approval that arrived meanwhile asks first, naming who approved which revision")
    func saveOverApprovalAsks() throws {
        let store = try ScreenStore(), clock = MovingClock()
        var (d, letter) = try openInReview(store, clock: clock)
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentName))
        d.type(" Jr.")
        try approve(store, letter)
        clock.advance(1.5)
        d.app.handle(.tick)
        #expect(d.screen.contains("changed in the store"), "the header says the letter changed\n\(d.screen)")
        #expect(d.wizard?.text(of: .superintendentName) == "José Muñoz Jr.", "the typing is kept")
        d.press(.control("s"))
        let question = d.screen
        #expect(question.contains("Dana Reviewer") && question.contains("revision 1"), "\(question)")
        #expect(try store.load("Boone County").revision == 1, "nothing written before the answer")
        d.press(.character("c"))
        #expect(try store.load("Boone County").revision == 1, "Cancel writes nothing")
        d.press(.control("s"), .character("s"))
        let saved = try store.load("Boone County")
        #expect(saved.revision == 2 && saved.status == .inReview && saved.superintendent.name == "José Muñoz Jr.")
        #expect(saved.history.contains { $0.action == .reviewed && $0.toStatus == .approved }, "the approval stays in the record")
    }

    @Test("F2 → signed offers the district date typed on the Agreement step")
    func signingOffersTheTypedDate() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.signatures.district.date = nil
            letter.signatures.kde.date = nil
            letter.status = .approved
        }
        var d = ScreenDriver(store)
        d.press(.enter)
        d.go(to: .step(.agreement))
        d.focus(.field(.districtSignatureDate))
        d.type("2022-09-10")
        d.press(.function(2))
        #expect(d.screen.contains("2022-09-10"))
        d.press(.enter)
        #expect(!d.overlayIsOpen, "\(d.screen)")
        let saved = try store.load("Boone County")
        let typed = try CalendarDate(parsing: "2022-09-10")
        #expect(saved.status == .signed)
        #expect(saved.signatures.district.date == typed)
    }

    @Test("a signature date after today is not saved from the wizard either: the rest is, and the date is named")
    func futureSignatureDateFromTheWizard() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.type(" Jr.")
        d.go(to: .step(.agreement))
        d.focus(.field(.districtSignatureDate))
        d.press(.control("u"))
        d.type("2022-12-01")
        d.press(.control("s"))
        let saved = try store.load("Boone County")
        #expect(saved.superintendent.name == "José Muñoz Jr.")
        #expect(saved.signatures.district.date == (try CalendarDate(parsing: "2022-09-01")), "the stored date stays")
        #expect(d.screen.contains("District date not saved: 2022-12-01 is after today. Rest saved (revision 2)."), "\(d.screen)")
        #expect(d.wizard?.isDirty == true, "the typed date is still on screen, not saved")
    }

    @Test("Home deletes a letter after a question naming the district; a signed one is refused")
    func homeDeletes() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        try store.create("Kenton County") { letter in
            fillLetterCompletely(&letter)
            letter.status = .signed
        }
        var d = ScreenDriver(store)
        d.press(.character("x"))
        #expect(d.screen.contains("Delete the 2022-2023 letter of Boone County"))
        d.press(.character("d"))
        #expect(!store.store.exists(try DistrictSlug("boone-county"), year: ScreenClock.year))
        #expect(d.screen.contains("moved to the trash"))
        d.press(.delete)
        #expect(d.screen.contains("Cannot delete Kenton County's signed letter"))
        #expect(store.store.exists(try DistrictSlug("kenton-county"), year: ScreenClock.year))
    }

    @Test("Home moves a draft to another edition and says what the new form has no place for")
    func homeChangesEdition() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        var d = ScreenDriver(store, columns: 120, rows: 30)
        d.press(.character("f"))
        #expect(d.screen.contains("Change the edition"))
        d.press(.character("1"))  // the first other edition: 2015-2016
        let moved = try store.load("Boone County")
        #expect(moved.editionID == "2015-2016")
        #expect(moved.history.last?.action == .editionChanged)
        #expect(d.screen.contains("2015-2016 edition"))
    }
}

/// A review file the store cannot use (here a FIFO the review account made) is said when the
/// letter opens, and F3 names it with why; the letter opens at once.
@Suite struct UnusableReviewTests {
    @Test func aFIFOAmongTheReviewsIsSaidAndNamed() throws {
        let store = try ScreenStore()
        let letter = try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.status = .inReview
        }
        let folder = store.store.reviewFolder(letter.district.slug, letter.schoolYear)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/x.json", 0o600) == 0)
        let context = AppContext(store: store.store, editions: .bundled, user: "tester", now: { ScreenClock.now }, today: { ScreenClock.today })
        var d = ScreenDriver(app: App(context: context, size: Size(columns: 120, rows: 30)))
        d.press(.enter)
        #expect(d.screen.contains("1 review file(s) of this letter could not be used"), "\(d.screen)")
        d.press(.function(3))
        #expect(d.screen.contains("Review file not used (not counted)"), "\(d.screen)")
        #expect(d.screen.contains("x.json"), "\(d.screen)")
    }
}
