import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// The review screen driven headless: keys in, a GridSurface out.
@Suite("Review screen")
struct ReviewScreenTests {
    static let fingerprint = "SHA256:" + String(repeating: "Q", count: 43)

    /// Boone County's letter, complete and in review; Adair County's too (it must never show).
    func setUp() throws -> (ScreenStore, Letter) {
        let store = try ScreenStore()
        try store.create("Adair County") { letter in
            fillLetterCompletely(&letter)
            letter.superintendent.name = "Adair Secretmarker"
        }
        var boone = try store.create("Boone County") { fillLetterCompletely(&$0) }
        boone.status = .inReview
        boone = try store.store.save(boone, by: "pm", now: ScreenClock.now)
        return (store, boone)
    }

    func state(_ store: ScreenStore, columns: Int = 80, rows: Int = 24) throws -> ReviewState {
        let session = ReviewSession(store: store.store, district: try DistrictSlug("boone-county"), fingerprint: Self.fingerprint,
                                    now: { ScreenClock.now.addingTimeInterval(120) })
        return ReviewState(session: session, size: Size(columns: columns, rows: rows))
    }

    func screen(_ state: ReviewState) -> String {
        let grid = GridSurface(columns: state.size.columns, rows: state.size.rows)
        ReviewState.view(state, grid)
        return grid.text()
    }

    func press(_ state: ReviewState, _ keys: Key...) -> ReviewState {
        keys.reduce(state) { ReviewState.update($0, $1) }
    }

    func type(_ state: ReviewState, _ text: String) -> ReviewState {
        text.reduce(state) { ReviewState.update($0, .character($1)) }
    }

    @Test func opensOnTheFormWithTheStepIndicator() throws {
        let (store, _) = try setUp()
        let shown = screen(try state(store))
        let rows = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[0].hasPrefix(" Review · Boone County · 2022-2023 · in review · revision 2"))
        #expect(rows[0].hasSuffix("read only"))
        #expect(rows[1] == "1 Purpose · 2 Commitments · 3 Contacts · 4 Reflections · 5 Agreement · Decide")
        #expect(rows[3] == " LETTER OF COMMITMENT")
        #expect(rows[6] == " I. Statement of Purpose")
        #expect(rows[23].hasPrefix(" PgDn/^N Section  A Approve  C Request changes"))
        #expect(!shown.contains("Adair"))
    }

    @Test func sectionsShowTheFormAndTheDecisionPage() throws {
        let (store, _) = try setUp()
        var current = press(try state(store), .pageDown, .pageDown)
        #expect(current.section == .step(.contacts))
        #expect(screen(current).contains("José Muñoz, jmunoz@boone.kyschools.us"))
        current = press(current, .character("6"))
        let decision = screen(current)
        #expect(decision.contains("Boone County, 2022-2023: in review"))
        #expect(decision.contains("Open findings: none."))
        #expect(decision.contains("Reviews so far: none."))
        #expect(!decision.contains("Adair"))
    }

    @Test func approvingRecordsTheReviewAndShowsTheNewStatus() throws {
        let (store, boone) = try setUp()
        var current = press(try state(store), .character("a"))
        #expect(screen(current).contains("Type your full name to confirm"))
        current = press(current, .enter)
        #expect(screen(current).contains("Type your full name to confirm the approval."))
        current = press(type(current, "Bill Hogan"), .enter)
        let shown = screen(current)
        #expect(shown.contains("approved · revision 2"))
        #expect(shown.contains("Approved revision 2. Thank you, Bill Hogan."))
        #expect(current.section == .decision)
        let reviews = store.store.reviews(of: boone.district.slug, year: boone.schoolYear).reviews
        #expect(reviews.count == 1)
        #expect(reviews[0].reviewerName == "Bill Hogan" && reviews[0].fingerprint == Self.fingerprint && reviews[0].revision == 2)
        #expect(try store.load("Boone County").status == .inReview)  // the letter file is untouched
    }

    @Test func requestingChangesNeedsAComment() throws {
        let (store, boone) = try setUp()
        var current = press(try state(store), .character("c"))
        #expect(screen(current).contains("What should change? (required)"))
        current = press(current, .control("s"))
        #expect(screen(current).contains("the comment is required"))
        current = type(current, "Please add a second contact.")
        current = press(current, .tab)
        current = press(type(current, "Bill Hogan"), .control("s"))
        #expect(screen(current).contains("changes requested · revision 2"))
        #expect(screen(current).contains("Please add a second contact."))
        let reviews = store.store.reviews(of: boone.district.slug, year: boone.schoolYear).reviews
        #expect(reviews.map(\.comment) == ["Please add a second contact."])
    }

    @Test func aLetterSavedAfterOpeningIsReloadedAndNotDecided() throws {
        let (store, _) = try setUp()
        var current = try state(store)
        try store.saveAsSomeoneElse("Boone County") { $0.superintendent.email = "new@boone.kyschools.us" }
        current = press(type(press(current, .character("a")), "Bill Hogan"), .enter)
        let shown = screen(current)
        #expect(shown.contains("The letter changed"))
        #expect(shown.contains("colleague"))
        #expect(current.letter?.revision == 3)
        #expect(store.store.reviews(of: try DistrictSlug("boone-county"), year: ScreenClock.year).reviews.isEmpty)
        current = press(current, .enter)
        #expect(screen(current).contains("in review · revision 3"))
    }

    @Test func aLetterNotInReviewCannotBeDecided() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        let current = press(try state(store), .character("a"))
        #expect(screen(current).contains("This letter is draft, not in review"))
    }

    @Test func noLetterAndOtherYears() throws {
        let empty = try ScreenStore()
        try empty.create("Adair County")
        let none = screen(try state(empty))
        #expect(none.contains("There is no letter for boone-county yet."))
        #expect(!none.contains("Adair"))

        let (store, _) = try setUp()
        try store.create("Boone County", year: try SchoolYear("2021-2022")) { $0.superintendent.name = "Old Year Name" }
        var current = try state(store)
        #expect(current.year == ScreenClock.year)
        current = press(current, .character("y"))
        #expect(screen(current).contains("2021-2022"))
        current = press(current, .down, .enter)
        #expect(current.year == (try SchoolYear("2021-2022")))
        current = press(current, .character("3"))
        #expect(screen(current).contains("Old Year Name"))
    }

    @Test func hostileTextIsShownInertAndHelpOpens() throws {
        let (store, _) = try setUp()
        try store.saveAsSomeoneElse("Boone County") { $0.superintendent.name = "Evil\u{1B}]0;pwned\u{07}\u{202E}Name" }
        let current = press(try state(store), .character("3"))
        let shown = screen(current)
        let bad = shown.unicodeScalars.filter { $0 != "\n" && containsControlScalar(String($0)) }.map { String($0.value, radix: 16) }
        #expect(bad.isEmpty, "\(bad)")
        #expect(shown.contains("Evil^[]0;pwned^G<U+202E>Name"))
        let help = screen(press(current, .function(1)))
        #expect(help.contains("Approve this revision"))
    }

    @Test func screensAt80x24And120x40() throws {
        let (store, _) = try setUp()
        for (columns, rows) in [(80, 24), (120, 40)] {
            var current = try state(store, columns: columns, rows: rows)
            let first = screen(current).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(first.count == rows)
            #expect(first[1].hasPrefix("1 Purpose · 2 Commitments"))
            current = press(current, .character("6"), .character("c"))
            let dialog = screen(current)
            #expect(dialog.contains("┌─ Request changes"))
            #expect(dialog.contains("Name:"))
            current = press(current, .escape)
            #expect(screen(current).contains("No changes requested."))
        }
        var small = try state(store, columns: 60, rows: 20)
        #expect(screen(small).contains("Please make the terminal at least 80x24"))
        small.resize(to: Size(columns: 80, rows: 24))
        #expect(screen(small).contains("Review · Boone County"))
    }
}
