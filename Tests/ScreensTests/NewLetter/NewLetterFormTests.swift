import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// The new-letter screen says which edition a letter uses and that its year follows the letter.
@Suite struct NewLetterFormTests {
    @Test func aLaterYearIsWordedOnTheOlderEdition() throws {
        let store = try ScreenStore()
        var d = ScreenDriver(store, columns: 80, rows: 24)
        d.press(.character("n"))
        #expect(d.screen.contains("Form: the 2022-2023 edition, written for 2022-2023"))
        d.press(.backTab, .backTab)
        d.press(.control("u"))
        d.type("2026-2027")
        #expect(d.screen.contains("Form: the 2022-2023 edition, worded for 2026-2027"))
        d.press(.tab, .tab)
        d.type("Boone County")
        d.press(.enter)
        let letter = try store.load("Boone County", year: try SchoolYear("2026-2027"))
        #expect(letter.editionID == "2022-2023")
        // The wizard prints the letter's year where the form has its own.
        d.go(to: .review)
        #expect(d.screen.contains("2026 - 2027"))
        #expect(!d.screen.contains("2022 - 2023"))
    }

    @Test func anEditionPickedByHandIsNamedToo() throws {
        let store = try ScreenStore()
        var d = ScreenDriver(store, columns: 80, rows: 24)
        d.press(.character("n"))
        d.press(.backTab)
        d.press(.left)
        #expect(d.screen.contains("Form: the 2019-2020 edition, worded for 2022-2023"))
        #expect(!d.screen.contains("the year's edition"))
    }

    @Test func theWizardAndLineModeHoldTheEditionWordedForTheLettersYear() throws {
        let edition = try EditionCatalog.bundled.edition(id: "2022-2023")
        let letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")),
                            schoolYear: try SchoolYear("2026-2027"), editionID: edition.id, createdBy: "tester")
        for held in [WizardState(letter: letter, edition: edition).edition, LineEditState(letter: letter, edition: edition).edition] {
            #expect(held.id == "2022-2023")
            #expect(held.headerLines.contains("2026 - 2027"))
            #expect(held.agreementClauses.contains { $0.contains("effective for the 2026 - 2027 school year") })
        }
    }
}
