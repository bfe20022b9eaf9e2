import Foundation
import LetterDomain
@testable import Screens
import TerminalUI
import Testing

/// The mouse on Home and on overlays, and `--no-mouse` (issue 8).
@Suite("Mouse on Home, on overlays, and turned off")
struct AppMouseTests {
    private func home(_ driver: ScreenDriver) -> HomeState? {
        if case .home(let home) = driver.app.route { return home }
        return nil
    }

    @Test func clickingARowSelectsItAndClickingItAgainOpensIt() throws {
        let store = try ScreenSnapshotTests.storeWithLetters()
        var d = ScreenDriver(store)
        #expect(home(d)?.selected?.districtName == "Adair County")
        let clark = try d.click(on: "Clark County")
        #expect(d.isHome)
        #expect(home(d)?.selected?.districtName == "Clark County")
        d.click(clark)
        #expect(d.wizard?.letter.district.name == "Clark County")
        #expect(d.page == .step(.purpose))
    }

    @Test func theWheelMovesTheSelectionOnHome() throws {
        let store = try ScreenSnapshotTests.storeWithLetters()
        var d = ScreenDriver(store)
        let adair = try #require(d.render().find("Adair County"))
        d.wheelDown(at: adair, times: 2)
        #expect(home(d)?.selected?.districtName == "Clark County")
        d.wheelUp(at: adair)
        #expect(home(d)?.selected?.districtName == "Boone County")
        #expect(d.isHome)
    }

    @Test func clickingADialogButtonAnswersIt() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        d.press(.escape)
        #expect(d.screen.contains("Save your changes to Boone County before going back to Home?"))
        // Outside the buttons a click leaves the question open.
        d.click(x: 0, y: 0)
        #expect(d.overlayIsOpen)
        _ = try d.click(on: "[ Discard ]", offset: 3)
        #expect(d.isHome && !d.overlayIsOpen)
        #expect(try store.load("Boone County").revision == 1)
    }

    @Test func clickingSaveInTheDialogSaves() throws {
        var (store, d) = try WizardKeyTests.editedLetter()
        d.press(.control("q"))
        _ = try d.click(on: "[ Save ]", offset: 2)
        #expect(d.app.isFinished)
        #expect(try store.load("Boone County").superintendent.name == "José A. Muñoz")
    }

    @Test func theWheelScrollsHelpAndAClickClosesIt() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        var d = ScreenDriver(store)
        d.press(.enter, .function(1))
        let firstKey = try #require(d.render().find("Next field"))
        d.wheelDown(at: firstKey, times: 2)
        #expect(d.render().find("Next field") == nil, "the help scrolled")
        #expect(d.overlayIsOpen)
        d.click(firstKey)
        #expect(!d.overlayIsOpen)
        #expect(d.page == .step(.purpose))
    }

    @Test func withTheMouseTurnedOffEveryMouseEventIsIgnored() throws {
        let store = try ScreenSnapshotTests.storeWithLetters()
        var d = ScreenDriver(store)
        d.app.acceptsMouse = false
        let home = d.screen
        d.click(try #require(d.render().find("Clark County")))
        d.wheelDown(at: Point(x: 10, y: 6), times: 2)
        #expect(d.screen == home)
        #expect(self.home(d)?.selected?.districtName == "Adair County")

        d.press(.enter)
        d.go(to: .step(.contacts))
        let wizard = d.screen
        let steps = d.render()
        d.click(try #require(steps.find("5 Agreement")))
        d.click(try #require(steps.find("Superintendent email")))
        d.wheelDown(at: Point(x: 10, y: 10), times: 3)
        #expect(d.page == .step(.contacts))
        #expect(d.focused == .field(.districtName))
        #expect(d.screen == wizard)
        // Keys work as ever.
        d.press(.control("n"))
        #expect(d.page == .step(.reflections))
    }
}
