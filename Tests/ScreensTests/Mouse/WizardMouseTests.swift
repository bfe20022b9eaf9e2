import Foundation
import LetterDomain
@testable import Screens
import TerminalUI
import Testing

/// The mouse in the wizard (issue 8): a click focuses a field or goes to a step, the wheel
/// scrolls what is under the pointer.
@Suite("Mouse in the wizard")
struct WizardMouseTests {
    /// Boone County (every field filled) opened in the wizard at `size`.
    private func complete(_ size: Size = Size(columns: 80, rows: 24), _ change: (inout Letter) -> Void = { _ in }) throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            change(&letter)
        }
        var driver = ScreenDriver(store, columns: size.columns, rows: size.rows)
        driver.press(.enter)
        return (store, driver)
    }

    @Test func clickingAFieldFocusesItAndTypingGoesWhereItWasClicked() throws {
        var (_, d) = try complete()
        d.go(to: .step(.contacts))
        #expect(d.focused == .field(.districtName))
        // The "@" of the superintendent's email: the cursor goes before it.
        let at = try d.click(on: "jmunoz@boone", offset: 6)
        #expect(d.focused == .field(.superintendentEmail))
        #expect(d.render().cursor == at)
        d.type("X")
        #expect(d.wizard?.letter.superintendent.email == "jmunozX@boone.kyschools.us")
        #expect(d.wizard?.letter.district.name == "Boone County")
    }

    @Test func clickingALabelFocusesAnEmptyFieldAndShowsTheLeftFieldsMessage() throws {
        var (_, d) = try complete { $0.contacts[0].title = "" }
        d.go(to: .step(.contacts))
        d.focus(.field(.contact(0, .name)))
        // Contact 1's title is empty: its label takes the click.
        let grid = d.render()
        let title = try #require(grid.find("  Title"))
        d.click(x: title.x + 3, y: title.y)
        #expect(d.focused == .field(.contact(0, .title)))
        d.type("Director")
        #expect(d.wizard?.letter.contacts[0].title == "Director")
        // The field left by the click counts as visited, as with Tab.
        #expect(d.wizard?.touched.contains(.contact(0, .name)) == true)
    }

    @Test func clickingAButtonPressesIt() throws {
        var (_, d) = try complete()
        d.go(to: .step(.contacts))
        _ = try d.click(on: "[ Add a point of contact ]", offset: 4)
        #expect(d.wizard?.letter.contacts.count == 2)
        #expect(d.focused == .field(.contact(1, .name)))
    }

    @Test func clickingACheckboxTicksIt() throws {
        var (_, d) = try complete { $0.acknowledgements = [:] }
        d.go(to: .step(.commitments))
        let first = screenEdition.expectations[0]
        #expect(d.wizard?.letter.isAcknowledged(first.id) == false)
        _ = try d.click(on: "[ ] ", offset: 1)
        #expect(d.focused == .acknowledgements)
        #expect(d.wizard?.letter.isAcknowledged(first.id) == true)
    }

    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func clickingAStepGoesThere(size: Size) throws {
        var (_, d) = try complete(size)
        #expect(d.page == .step(.purpose))
        _ = try d.click(on: "4 Reflections")
        #expect(d.page == .step(.reflections))
        _ = try d.click(on: "2 Commitments", offset: 5)
        #expect(d.page == .step(.commitments))
        // "Review" follows the five steps wherever the line ends (at 120 columns, well before the edge).
        let review = try d.click(on: "· Review", offset: 2)
        #expect(d.page == .review, "clicked \(review)")
        // The separators are not steps.
        _ = try d.click(on: " · 3 Contacts", offset: 1)
        #expect(d.page == .review)
    }

    @Test func clickingTheCurrentStepKeepsFocusAndUndo() throws {
        var (_, d) = try complete()
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentName))
        d.type(" Jr.")
        _ = try d.click(on: "3 Contacts")
        #expect(d.focused == .field(.superintendentName))
        d.press(.control("z"))
        #expect(d.wizard?.letter.superintendent.name == "José Muñoz")
    }

    @Test func movingOnByClickIsNeverBlockedByFindings() throws {
        var (_, d) = try complete { $0.superintendent.email = "bad" }
        d.go(to: .step(.contacts))
        _ = try d.click(on: "5 Agreement")
        #expect(d.page == .step(.agreement))
        #expect(d.render().row(1).contains("3 Contacts!"))
    }

    @Test func theWheelScrollsTheTextAreaUnderThePointer() throws {
        let long = (1...30).map { "Line \($0)" }.joined(separator: "\n")
        var (_, d) = try complete { $0.reflections[WizardKeyTests.textPrompt.id] = long }
        d.go(to: .step(.reflections))
        d.press(.tab)  // focus on the first point of action: the wheel goes by the pointer, not the focus
        let top = try #require(d.render().find("Line 1"))
        #expect(Self.showsLine1(d.render().row(top.y)))
        d.wheelDown(at: top, times: 3)
        let scrolled = d.render()
        #expect(!Self.showsLine1(scrolled.row(top.y)) && scrolled.row(top.y).contains("Line"), "\(scrolled.text())")
        #expect(d.focused == .field(.action(0)))
        // Nothing typed changed, and the wheel back up shows the start again.
        #expect(d.wizard?.letter.answer(to: WizardKeyTests.textPrompt.id) == long)
        d.wheelUp(at: top, times: 10)
        #expect(Self.showsLine1(d.render().row(top.y)))
    }

    /// "Line 1" (not "Line 10" … "Line 19") on a row that may end in the scroll bar.
    private static func showsLine1(_ row: String) -> Bool {
        row.range(of: "Line 1([^0-9]|$)", options: .regularExpression) != nil
    }

    @Test func theWheelScrollsTheCommitmentsTextOrMovesInTheCheckboxes() throws {
        var (_, d) = try complete()
        d.go(to: .step(.commitments))
        let grid = d.render()
        let first = grid.row(3)
        d.wheelDown(at: Point(x: 10, y: 10))
        #expect(d.render().row(3) != first, "the text scrolled")
        d.wheelUp(at: Point(x: 10, y: 10))
        #expect(d.render().row(3) == first)
        // Over the checkboxes the wheel moves among them.
        let boxes = try #require(grid.find("[x] "))
        d.wheelDown(at: boxes, times: 2)
        #expect(d.wizard?.acknowledgements.selectedRow == 2)
        #expect(d.render().row(3) == first)
    }

    @Test func theWheelScrollsTheReviewPageToTheLastLineOfTheLetter() throws {
        // Findings take rows above the letter: the letter still scrolls to its very end.
        var (_, d) = try complete { letter in
            letter.acknowledgements = [:]
            letter.actions = ["One point"]
        }
        d.go(to: .review)
        #expect(d.focused == .findings)
        let grid = d.render()
        let letterTop = try #require(grid.find("LETTER OF COMMITMENT"))
        d.wheelDown(at: letterTop)
        #expect(d.render().find("LETTER OF COMMITMENT") == nil, "the letter scrolled, not the focus")
        #expect(d.focused == .findings)
        d.wheelDown(at: letterTop, times: 100)
        let wizard = try #require(d.wizard)
        let last = try #require(wizard.reading.lines(columns: 78).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(d.render().find(last) != nil, "the last line \"\(last)\" shows:\n\(d.screen)")
        // The same with the keyboard: End on the letter shows its last line.
        d.wheelUp(at: letterTop, times: 100)
        d.press(.tab, .end)
        #expect(d.render().find(last) != nil)
    }

    @Test func theWheelOverTheFindingsMovesInTheList() throws {
        var (_, d) = try complete { $0.acknowledgements = [:] }
        d.go(to: .review)
        let findings = try #require(d.render().find("> 2 Commitments"))
        #expect(d.wizard?.findingsList.selectedIndex == 0)
        d.wheelDown(at: findings)
        #expect(d.wizard?.findingsList.selectedIndex == 1)
    }

    @Test func clickingAFindingTwiceGoesToItsField() throws {
        var (_, d) = try complete { $0.superintendent.email = ""; $0.contacts[0].title = "" }
        d.go(to: .review)
        let second = try #require(d.render().find("3 Contacts: Point of contact 1 title"))
        d.click(second)
        #expect(d.page == .review)
        #expect(d.wizard?.findingsList.selectedIndex == 1)
        d.click(second)
        #expect(d.page == .step(.contacts))
        #expect(d.focused == .field(.contact(0, .title)))
    }

    @Test func clicksOutsideThePageDoNothing() throws {
        var (_, d) = try complete()
        d.go(to: .step(.contacts))
        let before = d.screen
        d.click(x: 5, y: 0)    // the title
        d.click(x: 5, y: 23)   // the status bar
        #expect(d.page == .step(.contacts))
        #expect(d.focused == .field(.districtName))
        #expect(d.screen == before)
    }
}
