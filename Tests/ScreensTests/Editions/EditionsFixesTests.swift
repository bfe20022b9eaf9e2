import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Two small faults of the editions screen, each with the test that showed it.
@Suite struct EditionsFixesTests {
    /// The copy form is filled in already: one Enter copies and opens the editor (it took two,
    /// the first only moving to the year field).
    @Test func oneEnterCopiesWithTheFormsDefaults() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2019-2020")
        driver.press(.character("c"))
        driver.press(.enter)
        let editor = try #require(driver.editor)
        #expect(editor.original.id == "2023-2024")
        #expect(driver.screen().contains("Edition 2023-2024"))
    }

    /// A letter ended before anyone signed it is not called signed in the list.
    @Test func aTerminatedNeverSignedLetterIsNotCountedAsSigned() throws {
        let store = try EditionsTestStore()
        try store.letter("Boone County", edition: "2022-2023", year: "2022-2023", status: .terminated)
        try store.letter("Kenton County", edition: "2022-2023", year: "2022-2023", status: .active)
        try store.letter("Adair County", edition: "2022-2023", year: "2022-2023")
        let screen = EditionsDriver(store).screen()
        #expect(!screen.contains("(2 signed)"), "\(screen)")
        #expect(screen.contains("3 letters (1 signed, 1 terminated)"), "\(screen)")
    }
}
