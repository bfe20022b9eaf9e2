import Foundation
@testable import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Home for a year of 170 letters: the current school year, an edition column, a header and
/// footer that fit 80 columns, the filter and selection kept when a letter closes.
@Suite struct HomeYearTests {
    /// 1 June 2023, 05:00 UTC: already 2023-2024 in UTC, still 31 May (2022-2023) in Honolulu.
    static let turn = Date(timeIntervalSince1970: 1_685_595_600)

    /// Home opens on the school year today is in, where kyiln runs: not on the newest year
    /// that has letters.
    @Test func opensOnTheCurrentSchoolYearInLocalTime() throws {
        let store = try ScreenStore()
        try store.create("Boone County", year: try SchoolYear("2022-2023"))
        try store.create("Adair County", year: try SchoolYear("2024-2025"))
        var context = store.context
        context.today = { CalendarDate.today(now: Self.turn, utcOffsetSeconds: -10 * 3600) }  // Pacific/Honolulu
        let honolulu = App(context: context, size: Size(columns: 80, rows: 24))
        guard case .home(let home) = honolulu.route else { Issue.record("not on Home"); return }
        #expect(home.year == (try SchoolYear("2022-2023")))
        context.today = { CalendarDate.today(now: Self.turn, utcOffsetSeconds: 9 * 3600) }  // Asia/Tokyo: 1 June
        guard case .home(let tokyo) = App(context: context, size: Size(columns: 80, rows: 24)).route else { return }
        #expect(tokyo.year == (try SchoolYear("2023-2024")))
        #expect(tokyo.summaries.isEmpty, "a new year opens empty, not on 2024-2025")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func headerAndFooterFitWithEveryKey(columns: Int, rows: Int) throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        let d = ScreenDriver(store, columns: columns, rows: rows)
        let screen = d.screen
        #expect(screen.contains("Left to fill"))
        #expect(screen.contains("sorted by district"))
        #expect(screen.contains("Edition"))
        guard case .home(let home) = d.app.route else { return }
        for hint in home.keyHints(d.app.keymap) {
            #expect(screen.contains("\(hint.key) \(hint.action)"), "\(hint.key) \(hint.action) missing at \(columns) columns")
        }
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Boone County") })
        #expect(row.contains("2022-2023"), "the edition column")
    }

    /// Closing a letter comes back to Home as it was: the filter, and the letter selected.
    @Test func closingALetterKeepsTheFilterAndTheSelection() throws {
        let store = try ScreenStore()
        for name in ["Adair County", "Boone County", "Bourbon County", "Clark County"] { try store.create(name) }
        var d = ScreenDriver(store)
        d.type("/Bo")
        d.press(.enter, .down)
        d.press(.enter)
        #expect(d.wizard?.letter.district.name == "Bourbon County")
        d.press(.escape)
        guard case .home(let home) = d.app.route else { Issue.record("not on Home"); return }
        #expect(home.list.filter == "Bo")
        #expect(home.selected?.districtName == "Bourbon County")
        #expect(d.screen.contains("Filter: Bo"))
        #expect(!d.screen.contains("Clark County"))
    }

    /// F8 and F7 in the wizard go through Home's list as filtered, saving an edit first.
    @Test func nextAndPreviousLetterFollowHomesListAndSaveFirst() throws {
        let store = try ScreenStore()
        for name in ["Adair County", "Boone County", "Bourbon County", "Clark County"] { try store.create(name) }
        var d = ScreenDriver(store)
        d.type("/Bo")
        d.press(.enter)
        d.press(.enter)
        #expect(d.wizard?.letter.district.name == "Boone County")
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentName))
        d.type("Ann Lee")
        d.press(.function(8))
        #expect(d.wizard?.letter.district.name == "Bourbon County")
        #expect(try store.load("Boone County").superintendent.name == "Ann Lee", "saved before moving on")
        d.press(.function(8))
        #expect(d.wizard?.letter.district.name == "Bourbon County", "the last of the filtered list")
        #expect(d.screen.contains("No next letter"))
        d.press(.function(7))
        #expect(d.wizard?.letter.district.name == "Boone County")
        d.press(.escape)
        guard case .home(let home) = d.app.route else { Issue.record("not on Home"); return }
        #expect(home.selected?.districtName == "Boone County")
    }
}

/// A decision KDE recorded shows on Home as recorded by KDE, with who and how.
@Suite struct RecordedDecisionOnHomeTests {
    @Test func homeSaysKDERecordedItAndHow() throws {
        let store = try ScreenStore()
        let letter = try store.create("Boone County") { $0.status = .inReview }
        let decision = RecordedDecision(decision: .approve, channel: .email, person: "Bill Hogan",
                                        date: try CalendarDate(year: 2022, month: 9, day: 14), note: "")
        _ = try store.context.service.recordDecision(decision, of: letter.district.slug, year: letter.schoolYear)
        let screen = ScreenDriver(store, columns: 120, rows: 30).screen
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Boone County") })
        #expect(row.contains("approved"))
        #expect(row.contains("recorded by KDE: Bill Hogan by e-mail, 2022-09-14"), "\(row)")
        var d = ScreenDriver(store, columns: 120, rows: 30)
        d.press(.enter)
        d.press(.function(3))
        #expect(d.screen.contains("decision recorded by KDE (by e-mail): in review → approved"))
    }
}

/// `k` on Home records a decision in the TUI, through the same rule as the command line.
@Suite struct DecisionFormTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func recordingAskedForChangesByPhone(columns: Int, rows: Int) throws {
        let store = try ScreenStore()
        try store.create("Boone County") { $0.status = .inReview }
        var d = ScreenDriver(store, columns: columns, rows: rows)
        d.type("k")
        #expect(d.screen.contains("Record a decision that came another way"))
        d.press(.right)  // asked for changes
        d.press(.down, .right)  // by phone
        d.press(.down)
        d.type("Bill Hogan")
        d.press(.enter)
        // The rule: changes need a note. The form stays, with what was typed.
        #expect(d.screen.contains("Say which changes the district asked for"), "\(d.screen)")
        #expect(try store.load("Boone County").status == .inReview)
        d.press(.tab, .tab)
        d.type("Add our second contact.")
        d.press(.enter)
        #expect(!d.overlayIsOpen)
        let letter = try store.load("Boone County")
        #expect(letter.status == .changesRequested)
        #expect(letter.history.last?.recorded?.channel == .phone)
        #expect(letter.history.last?.by == "tester")
        #expect(d.app.status.message?.text.contains("Bill Hogan asked for changes by phone on 2022-09-15 (recorded by KDE, tester") == true)
        #expect(d.screen.contains("changes requested"))
    }
}

/// Home comes back as it was from New letter too, not only from a letter.
@Suite struct HomeKeptFromNewLetterTests {
    @Test func cancellingANewLetterKeepsTheFilter() throws {
        let store = try ScreenStore()
        for name in ["Adair County", "Boone County"] { try store.create(name) }
        var d = ScreenDriver(store)
        d.type("/Bo")
        d.press(.enter)
        d.type("n")
        d.press(.escape)
        guard case .home(let home) = d.app.route else { Issue.record("not on Home"); return }
        #expect(home.list.filter == "Bo")
    }
}
