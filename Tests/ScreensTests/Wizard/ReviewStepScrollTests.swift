import LetterDomain
@testable import Screens
import TerminalUI
import Testing

/// The Review step's letter scrolls without a Tab first.
@Suite struct ReviewStepScrollTests {
    /// A complete letter has no findings: the arrows scroll the letter at once.
    @Test func withNoFindingsTheArrowsScrollTheLetter() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        var d = ScreenDriver(store)
        d.press(.enter)
        d.go(to: .review)
        #expect(d.screen.contains("No findings"))
        let before = try #require(d.wizard).reading.scrollOffset
        d.press(.down, .down, .down)
        #expect(try #require(d.wizard).reading.scrollOffset == before + 3)
    }

    /// With findings listed, PgDn pages the letter (Review is the last step, so it has no
    /// next step to go to) while the arrows keep choosing findings.
    @Test func withFindingsPageDownPagesTheLetter() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        var d = ScreenDriver(store)
        d.press(.enter)
        d.go(to: .review)
        #expect(d.focused == .findings)
        let top = d.screen
        d.press(.pageDown)
        #expect(d.page == .review)
        #expect(try #require(d.wizard).reading.scrollOffset > 0)
        #expect(d.screen != top)
        d.press(.pageUp)
        #expect(d.page == .review, "PgUp pages back up first")
        #expect(try #require(d.wizard).reading.scrollOffset == 0)
        d.press(.pageUp)
        #expect(d.page == .step(.agreement), "at the top PgUp goes to the previous step")
    }
}
