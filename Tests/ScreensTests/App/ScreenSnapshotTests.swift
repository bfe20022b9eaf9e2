import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Every screen at 80x24 and at 120x40, compared with the text a person sees
/// (`Snapshots/<screen>-<columns>x<rows>.txt`).
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    private func name(_ screen: String, _ size: Size) -> String { "\(screen)-\(size.columns)x\(size.rows)" }

    /// Four letters of 2022-2023 in different states.
    static func storeWithLetters() throws -> ScreenStore {
        let store = try ScreenStore()
        try store.create("Adair County")
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.status = .signed
        }
        try store.create("Clark County") { letter in
            letter.superintendent = Superintendent(name: "Paul Christy", email: "paul.christy@clark.kyschools.us")
            letter.contacts = [Contact(name: "Dee Ross", title: "Chief Academic Officer", email: "dee.ross@clark.kyschools.us")]
            letter.status = .inReview
        }
        try store.create("Daviess County") { letter in
            fillLetterCompletely(&letter)
            letter.signatures = Signatures()
            letter.status = .approved
        }
        return store
    }

    /// A store with one partly filled letter, opened in the wizard.
    static func openPartlyFilled(size: Size) throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        try store.create("Boone County") { letter in
            letter.superintendent = Superintendent(name: "José Muñoz", email: "jmunoz@boone.kyschools.us")
            letter.contacts = [Contact(name: "Ann Lee", title: "Director of Innovation", email: "ann.lee@boone.kyschools.us")]
            letter.actions = ["Grow the innovation labs"]
            letter.acknowledgements[screenEdition.expectations[0].id] = true
            if let first = screenEdition.prompts.first(where: { $0.answer == .text }) {
                letter.reflections[first.id] = "We opened two innovation labs.\nNext year every school joins."
            }
        }
        var driver = ScreenDriver(store, columns: size.columns, rows: size.rows)
        driver.press(.enter)
        return (store, driver)
    }

    @Test(arguments: sizes) func firstRunHome(size: Size) throws {
        let store = try ScreenStore()
        let driver = ScreenDriver(store, columns: size.columns, rows: size.rows)
        expectScreenSnapshot(driver.render(), name("home-first-run", size))
    }

    @Test(arguments: sizes) func homeWithLetters(size: Size) throws {
        let store = try Self.storeWithLetters()
        let driver = ScreenDriver(store, columns: size.columns, rows: size.rows)
        let screen = driver.screen
        #expect(screen.contains("complete"))
        #expect(screen.contains("to fill:"))
        expectScreenSnapshot(driver.render(), name("home-letters", size))
    }

    @Test(arguments: sizes) func newLetterWithCompletion(size: Size) throws {
        let store = try Self.storeWithLetters()
        var driver = ScreenDriver(store, columns: size.columns, rows: size.rows)
        driver.press(.character("n"))
        driver.type("Bo")
        #expect(driver.screen.contains("Tab: Boone County"))
        expectScreenSnapshot(driver.render(), name("new-letter", size))
        driver.press(.tab)
        #expect(driver.app.route.newLetterDistrict == "Boone County")
    }

    @Test(arguments: sizes) func wizardSteps(size: Size) throws {
        var (store, driver) = try Self.openPartlyFilled(size: size)
        _ = store
        let pages: [(WizardPage, String)] = [
            (.step(.purpose), "wizard-1-purpose"), (.step(.commitments), "wizard-2-commitments"),
            (.step(.contacts), "wizard-3-contacts"), (.step(.reflections), "wizard-4-reflections"),
            (.step(.agreement), "wizard-5-agreement"), (.review, "wizard-review"),
        ]
        for (page, screen) in pages {
            #expect(driver.page == page)
            expectScreenSnapshot(driver.render(), name(screen, size))
            // Ctrl-N: PgDn pages the text area that has focus on the reflections step.
            driver.press(.control("n"))
        }
    }

    @Test(arguments: sizes) func helpOverlay(size: Size) throws {
        var (_, driver) = try Self.openPartlyFilled(size: size)
        driver.press(.function(1))
        expectScreenSnapshot(driver.render(), name("help", size))
        driver.press(.escape)
        #expect(!driver.overlayIsOpen)
        #expect(driver.page == .step(.purpose))
    }

    @Test(arguments: sizes) func unsavedChangesDialog(size: Size) throws {
        var (_, driver) = try Self.openPartlyFilled(size: size)
        driver.go(to: .step(.contacts))
        driver.focus(.field(.superintendentName))
        driver.press(.end)
        driver.type(" Jr.")
        driver.press(.escape)
        expectScreenSnapshot(driver.render(), name("unsaved-changes", size))
    }

    @Test(arguments: sizes) func conflictDialog(size: Size) throws {
        var (store, driver) = try Self.openPartlyFilled(size: size)
        driver.go(to: .step(.contacts))
        driver.focus(.field(.superintendentName))
        driver.press(.control("u"))
        driver.type("José A. Muñoz")
        try store.saveAsSomeoneElse("Boone County") { $0.superintendent.name = "Jose Munoz" }
        driver.press(.control("s"))
        #expect(driver.isConflictOpen)
        expectScreenSnapshot(driver.render(), name("conflict", size))
    }

    @Test(arguments: sizes) func restoreOffer(size: Size) throws {
        var (store, driver) = try Self.openPartlyFilled(size: size)
        driver.go(to: .step(.contacts))
        driver.focus(.field(.superintendentName))
        driver.type(" Jr.")
        driver.app.writeRecovery(force: true)
        let again = ScreenDriver(store, columns: size.columns, rows: size.rows)
        expectScreenSnapshot(again.render(), name("restore-offer", size))
    }

    @Test func tooSmallThenBack() throws {
        var (_, driver) = try Self.openPartlyFilled(size: Size(columns: 80, rows: 24))
        driver.go(to: .step(.contacts))
        driver.focus(.field(.superintendentEmail))
        driver.press(.end)
        driver.type(".x")
        let before = driver.render()
        driver.resize(60, 20)
        expectScreenSnapshot(driver.render(), "too-small-60x20")
        // Keys other than Ctrl-Q are not taken while nothing can be seen.
        driver.type("zz")
        driver.resize(80, 24)
        let after = driver.render()
        #expect(after.text() == before.text())
        #expect(after.cursor == before.cursor)
        #expect(after.text().contains("jmunoz@boone.kyschools.us.x"))
    }
}

extension App.Route {
    /// The district name typed on the new-letter screen.
    var newLetterDistrict: String? {
        if case .newLetter(let form) = self { return form.district.text }
        return nil
    }
}
