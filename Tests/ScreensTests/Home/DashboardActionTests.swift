import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// The dashboard lists letters to act on; Enter opens one, or creates a missing one.
@Suite struct DashboardActionTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func enterOpensAWaitingLetterAndCreatesAMissingOne(columns: Int, rows: Int) throws {
        let store = try ScreenStore()
        let lastYear = try SchoolYear("2021-2022")
        try store.create("Adair County", year: lastYear, editionID: "2019-2020")
        try store.create("Boone County", year: lastYear, editionID: "2019-2020")
        try store.create("Boone County") { $0.status = .approved }
        var d = ScreenDriver(store, columns: columns, rows: rows)
        d.type("d")
        let screen = d.screen
        #expect(screen.contains("Approved but not signed (1):"))
        #expect(screen.contains("> Boone County"), "the first listed letter is chosen")
        #expect(screen.contains("Missing compared with 2021-2022"))
        #expect(screen.contains("Adair County"))
        d.press(.enter)
        #expect(d.wizard?.letter.district.name == "Boone County")
        d.press(.escape)
        #expect(d.screen.contains("Letters by status"), "back on the dashboard")
        d.press(.down)
        #expect(d.screen.contains("> Adair County"))
        d.press(.enter)
        let created = try #require(d.wizard?.letter)
        #expect(created.district.name == "Adair County")
        #expect(created.schoolYear == ScreenClock.year)
        #expect(try store.load("Adair County").status == .draft)
        #expect(d.screen.contains("Created the draft for Adair County, 2022-2023."))
    }
}
