import Foundation
import Testing
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI

@Suite("Editions in the app context")
struct EditionsContextTests {
    @Test func reloadingEditionsPicksUpACopyAndSavingBeforeQuitting() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2022-2023")
        driver.copySelected()
        driver.focus(.title)
        driver.type("!")
        #expect(driver.state.hasUnsavedEdits)
        let saved = driver.state.saveOpenEditor(context: driver.context)
        #expect(saved)
        #expect(!driver.state.hasUnsavedEdits)
        let context = driver.context.reloadingEditions()
        #expect(try context.editions.edition(id: "2023-2024").title == "LETTER OF COMMITMENT!")
        #expect(driver.context.editions.editions.count == 3)
    }
}
