import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// The wizard driven only by keys, as a person at the keyboard would.
@Suite struct WizardKeyTests {
    /// The text prompt and the points prompt of the 2022-2023 edition.
    static let textPrompt = screenEdition.prompts.first { $0.answer == .text }!

    /// An empty store, `n`, "Boone County", Enter: the wizard on step 1.
    static func newLetter(_ store: ScreenStore, columns: Int = 80, rows: Int = 24) -> ScreenDriver {
        var driver = ScreenDriver(store, columns: columns, rows: rows)
        driver.press(.character("n"))
        driver.type("Boone County")
        driver.press(.enter)
        return driver
    }

    @Test func fillAllFiveStepsByKeysAndSave() throws {
        let store = try ScreenStore()
        var d = Self.newLetter(store)
        #expect(d.page == .step(.purpose))
        #expect(try store.load("Boone County").revision == 1)

        // 2 Commitments: tick every member commitment with Space.
        d.press(.control("n"))
        #expect(d.page == .step(.commitments))
        d.press(.tab)
        #expect(d.focused == .acknowledgements)
        for _ in screenEdition.expectations {
            d.press(.space, .down)
        }

        // 3 Contacts: superintendent, contact 1, then a second contact added with the button.
        d.press(.pageDown)
        #expect(d.page == .step(.contacts))
        #expect(d.focused == .field(.districtName))
        d.press(.tab)
        d.type("José Muñoz")
        d.press(.tab)
        d.type("jmunoz@boone.kyschools.us")
        d.press(.enter)  // Enter in a one-line field: next field
        #expect(d.focused == .field(.contact(0, .name)))
        d.type("Ann Lee\nDirector of Innovation\nann.lee@boone.kyschools.us\n")
        #expect(d.focused == .addContact)
        d.press(.enter)
        #expect(d.focused == .field(.contact(1, .name)))
        d.type("Bo Reyes\nInnovation Coach\nbo.reyes@boone.kyschools.us")

        // 4 Reflections: two paragraphs (Enter Enter), then points of action added and removed.
        d.press(.control("n"))
        #expect(d.page == .step(.reflections))
        #expect(d.focused == .area(.reflection(Self.textPrompt.id)))
        d.type("We opened two innovation labs.\n\nNext year every school joins.")
        d.press(.tab)
        #expect(d.focused == .field(.action(0)))
        d.type("Grow the labs\nTrain every principal\n")
        #expect(d.focused == .addPoint)
        d.press(.space)
        #expect(d.focused == .field(.action(2)))
        d.type("Third point")
        d.focus(.removePoint(1))
        d.press(.enter)
        #expect(d.wizard?.points == ["Grow the labs", "Third point"])
        d.focus(.addPoint)
        d.press(.enter)
        d.type("Visit two model schools")
        #expect(d.wizard?.points == ["Grow the labs", "Third point", "Visit two model schools"])
        // Three points: no more "Add" button.
        #expect(!(d.wizard?.controls.contains(.addPoint) ?? true))
        let showcase = screenEdition.prompts.last { $0.answer == .text }!
        #expect(showcase.id != Self.textPrompt.id)
        d.press(.tab)
        #expect(d.focused == .removePoint(2))
        d.press(.tab)
        #expect(d.focused == .area(.reflection(showcase.id)))
        d.type("Our labs.\n\nOur coaching.")

        // 5 Agreement: signatures (the KDE designee is prefilled from the edition).
        d.press(.control("n"))
        #expect(d.page == .step(.agreement))
        #expect(d.focused == .field(.districtSignatureName))
        d.type("José Muñoz\nSuperintendent\n2022-09-01\n")
        #expect(d.focused == .field(.kdeSignatureName))
        #expect(d.wizard?.text(of: .kdeSignatureName) == "Sarah Snipes")
        d.press(.tab)
        d.type("2022-09-02")

        d.press(.control("n"))
        #expect(d.page == .review)
        #expect(d.screen.contains("No findings: the letter is complete."))
        #expect(d.wizard?.isDirty == true)

        d.press(.control("s"))
        #expect(d.wizard?.isDirty == false)
        #expect(d.screen.contains("Saved (revision 2); the letter is complete."))

        let saved = try store.load("Boone County")
        #expect(saved.revision == 2)
        #expect(saved.updatedBy == "tester")
        #expect(saved.district.name == "Boone County")
        #expect(saved.superintendent == Superintendent(name: "José Muñoz", email: "jmunoz@boone.kyschools.us"))
        #expect(saved.contacts == [
            Contact(name: "Ann Lee", title: "Director of Innovation", email: "ann.lee@boone.kyschools.us"),
            Contact(name: "Bo Reyes", title: "Innovation Coach", email: "bo.reyes@boone.kyschools.us"),
        ])
        #expect(saved.answer(to: Self.textPrompt.id) == "We opened two innovation labs.\n\nNext year every school joins.")
        #expect(saved.answer(to: showcase.id) == "Our labs.\n\nOur coaching.")
        #expect(saved.actions == ["Grow the labs", "Third point", "Visit two model schools"])
        for item in screenEdition.expectations { #expect(saved.isAcknowledged(item.id), "\(item.id)") }
        #expect(saved.signatures.district == DistrictSignature(name: "José Muñoz", title: "Superintendent",
                                                               date: try CalendarDate(year: 2022, month: 9, day: 1)))
        #expect(saved.signatures.kde == KDESignature(name: "Sarah Snipes", date: try CalendarDate(year: 2022, month: 9, day: 2)))
        #expect(Validator(edition: screenEdition).findings(for: saved).isEmpty)
        #expect(!(try store.recoveryExists("Boone County")))
    }

    @Test func badEmailShowsItsMessageOnlyAfterLeavingTheField() throws {
        let store = try ScreenStore()
        var d = Self.newLetter(store)
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentEmail))
        d.type("jmunoz-at-boone")
        let typing = d.render()
        #expect(typing.find("is not an email address") == nil, "no message while typing:\n\(typing.text())")
        #expect(typing.find("Superintendent email is required") == nil)

        d.press(.tab)
        let left = d.render()
        let message = try #require(left.find("! Superintendent email \"jmunoz-at-boone\" is not an"), "\(left.text())")
        for x in message.x..<(message.x + 20) {
            #expect(left.role(at: Point(x: x, y: message.y)) == .error)
        }
        // The message sits under the field, which still holds what was typed.
        let field = try #require(left.find("jmunoz-at-boone"))
        #expect(message.y == field.y + 1)
        // Fields not visited yet show nothing.
        #expect(left.find("Point of contact 1 name is required") == nil)

        // The step indicator flags Contacts with "!".
        #expect(left.row(1).contains("3 Contacts!"))
        let flag = try #require(left.find("3 Contacts!"))
        #expect(left.role(at: Point(x: flag.x + 10, y: flag.y)) == .stepCurrent)  // the current step shows as current
        let other = try #require(left.find("4 Reflections!"))
        #expect(left.role(at: Point(x: other.x + 13, y: other.y)) == .stepFindings)

        // Fixing it removes the message and, once the step is complete, the flag.
        d.press(.backTab, .control("u"))
        d.type("jmunoz@boone.kyschools.us")
        d.press(.tab)
        #expect(d.render().find("is not an email address") == nil)
    }

    @Test func stepKeysNeverTrapWithFindingsOpen() throws {
        let store = try ScreenStore()
        var d = Self.newLetter(store)
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentEmail))
        d.type("bad")
        #expect(!(d.wizard?.stepsWithFindings.isEmpty ?? true))
        let order = WizardPage.all
        // Forwards with PgDn and Ctrl-N, backwards with PgUp and Ctrl-P, from every page.
        for key in [Key.pageDown, .control("n")] {
            d.go(to: .step(.purpose))
            for expected in order.dropFirst() {
                if case .area = d.focused, key == .pageDown { d.press(.tab) }  // a text area pages itself
                d.press(key)
                #expect(d.page == expected, "\(key) towards \(expected)")
            }
        }
        for key in [Key.pageUp, .control("p")] {
            d.go(to: .review)
            for expected in order.reversed().dropFirst() {
                if case .area = d.focused, key == .pageUp { d.press(.tab) }
                d.press(key)
                #expect(d.page == expected, "\(key) towards \(expected)")
            }
        }
        // The flagged step still shows "!" and the text typed is there.
        #expect(d.render().row(1).contains("3 Contacts!"))
        #expect(d.wizard?.letter.superintendent.email == "bad")
    }

    @Test func reviewListsFindingsAndEnterJumpsToTheField() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.superintendent.email = ""
            letter.contacts[0].title = ""
        }
        var d = ScreenDriver(store)
        d.press(.enter)
        d.go(to: .review)
        let screen = d.screen
        #expect(screen.contains("2 findings (Enter goes to the field):"))
        #expect(screen.contains("3 Contacts: Superintendent email is required"))
        #expect(screen.contains("3 Contacts: Point of contact 1 title is required"))
        #expect(d.focused == .findings)

        d.press(.down, .enter)
        #expect(d.page == .step(.contacts))
        #expect(d.focused == .field(.contact(0, .title)))
        d.type("Director")
        #expect(d.wizard?.letter.contacts[0].title == "Director")
        let grid = d.render()
        let field = try #require(grid.find("Director"))
        #expect(grid.cursor == Point(x: field.x + 8, y: field.y))

        d.go(to: .review)
        d.press(.enter)
        #expect(d.focused == .field(.superintendentEmail))
        d.type("jmunoz@boone.kyschools.us")
        d.go(to: .review)
        #expect(d.screen.contains("No findings: the letter is complete."))
    }

    // MARK: Leaving with unsaved edits

    /// Boone County stored, opened, superintendent name changed to "José A. Muñoz" (unsaved).
    static func editedLetter() throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.press(.control("u"))
        d.type("José A. Muñoz")
        #expect(d.app.hasUnsavedEdits)
        return (store, d)
    }

    @Test func escapeWithEditsAsks_Save() throws {
        var (store, d) = try Self.editedLetter()
        d.press(.escape)
        #expect(d.screen.contains("Save your changes to Boone County before going back to Home?"))
        d.press(.character("s"))
        #expect(d.isHome)
        #expect(try store.load("Boone County").superintendent.name == "José A. Muñoz")
        #expect(try store.load("Boone County").revision == 2)
    }

    @Test func escapeWithEditsAsks_Discard() throws {
        var (store, d) = try Self.editedLetter()
        d.app.writeRecovery(force: true)
        d.press(.escape, .character("d"))
        #expect(d.isHome)
        #expect(try store.load("Boone County").superintendent.name == "José Muñoz")
        #expect(try store.load("Boone County").revision == 1)
        #expect(!(try store.recoveryExists("Boone County")))
    }

    @Test func escapeWithEditsAsks_Cancel() throws {
        var (store, d) = try Self.editedLetter()
        d.press(.escape, .character("c"))
        #expect(!d.overlayIsOpen)
        #expect(d.page == .step(.contacts))
        #expect(d.focused == .field(.superintendentName))
        d.type("!")
        #expect(d.wizard?.letter.superintendent.name == "José A. Muñoz!")
        #expect(try store.load("Boone County").revision == 1)
        // Esc in the dialog is Cancel too.
        d.press(.escape)
        d.press(.escape)
        #expect(!d.overlayIsOpen && !d.isHome)
    }

    @Test func escapeWithoutEditsGoesHomeAtOnce() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        var d = ScreenDriver(store)
        d.press(.enter)
        #expect(!d.app.hasUnsavedEdits)
        d.press(.escape)
        #expect(d.isHome && !d.overlayIsOpen)
    }

    @Test func quitWithEditsAsks() throws {
        // Save: saved, then the app finishes.
        var (store, d) = try Self.editedLetter()
        d.press(.control("q"))
        #expect(d.screen.contains("Save your changes to Boone County before quitting?"))
        d.press(.character("s"))
        #expect(d.app.isFinished)
        #expect(try store.load("Boone County").superintendent.name == "José A. Muñoz")

        // Discard: finishes without saving.
        var (store2, d2) = try Self.editedLetter()
        d2.press(.control("q"), .character("d"))
        #expect(d2.app.isFinished)
        #expect(try store2.load("Boone County").revision == 1)

        // Cancel: keeps editing.
        var (store3, d3) = try Self.editedLetter()
        d3.press(.control("q"), .character("c"))
        #expect(!d3.app.isFinished)
        #expect(d3.wizard?.letter.superintendent.name == "José A. Muñoz")
        #expect(try store3.load("Boone County").revision == 1)

        // Ctrl-C (delivered as .quitRequested) asks the same question.
        d3.app.handle(.quitRequested)
        #expect(d3.screen.contains("before quitting?"))
        #expect(!d3.app.isFinished)
    }

    // MARK: Recovery

    @Test func recoveryIsOfferedAndRestoresTheEditsAsUnsaved() throws {
        var (store, d) = try Self.editedLetter()
        d.app.writeRecovery(force: true)
        #expect(try store.recoveryExists("Boone County"))

        var again = ScreenDriver(store)
        #expect(again.screen.contains("Unsaved edits found"))
        #expect(again.screen.contains("kyiln stopped before Boone County 2022-2023 was saved."))
        again.press(.character("r"))
        #expect(again.page != nil)
        #expect(again.wizard?.letter.superintendent.name == "José A. Muñoz")
        #expect(again.app.hasUnsavedEdits)
        #expect(again.screen.contains("● unsaved"))
        #expect(try store.load("Boone County").superintendent.name == "José Muñoz")
        again.press(.control("s"))
        #expect(try store.load("Boone County").superintendent.name == "José A. Muñoz")
        #expect(!(try store.recoveryExists("Boone County")))
    }

    @Test func discardingTheRecoveryRemovesTheFile() throws {
        var (store, d) = try Self.editedLetter()
        d.app.writeRecovery(force: true)
        var again = ScreenDriver(store)
        again.press(.character("d"))
        #expect(again.isHome && !again.overlayIsOpen)
        #expect(!(try store.recoveryExists("Boone County")))
        #expect(try store.load("Boone County").superintendent.name == "José Muñoz")
        // And the next start offers nothing.
        #expect(!ScreenDriver(store).overlayIsOpen)
    }

    @Test func recoveryIsWrittenOnTicksOnlyWhenThereAreNewEdits() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        // A clock that moves on with every tick.
        let clock = TickingClock()
        var context = store.context
        context.now = { clock.now() }
        var d = ScreenDriver(app: App(context: context, size: Size(columns: 80, rows: 24)))
        d.press(.enter)
        d.app.handle(.tick)
        #expect(!(try store.recoveryExists("Boone County")), "nothing to keep before an edit")
        d.go(to: .step(.contacts))
        d.type("x")
        d.app.handle(.tick)
        #expect(try store.recoveryExists("Boone County"))
    }

    // MARK: Resize, paste, hostile text

    @Test func resizeWhileTypingKeepsTextCursorAndFocus() throws {
        let store = try ScreenStore()
        var d = Self.newLetter(store)
        d.go(to: .step(.reflections))
        let area = WizardControl.area(.reflection(Self.textPrompt.id))
        #expect(d.focused == area)
        d.type("First paragraph.\n\nHello wor")
        let before = d.render()
        let cursorBefore = try #require(before.cursor)
        #expect(before.row(cursorBefore.y).hasSuffix("Hello wor"))

        d.resize(60, 20)
        #expect(d.screen.contains("Please enlarge the terminal to at least 80x24."))
        d.resize(100, 30)
        let larger = d.render()
        #expect(d.focused == area)
        let cursor = try #require(larger.cursor)
        #expect(larger.row(cursor.y).hasSuffix("Hello wor"))
        #expect(cursor.x == DisplayWidth.of(larger.row(cursor.y)))

        d.type("ld")
        d.resize(80, 24)
        #expect(d.render().row(try #require(d.render().cursor).y).hasSuffix("Hello world"))
        #expect(d.wizard?.letter.answer(to: Self.textPrompt.id) == "First paragraph.\n\nHello world")

        // The same in a one-line field.
        d.press(.tab)
        d.type("Grow")
        d.resize(70, 22)
        d.resize(120, 40)
        d.type(" the labs")
        #expect(d.focused == .field(.action(0)))
        #expect(d.wizard?.letter.actions == ["Grow the labs"])
        let grid = d.render()
        let text = try #require(grid.find("Grow the labs"))
        #expect(grid.cursor == Point(x: text.x + 13, y: text.y))
    }

    @Test func pasteArrivesIntactInATextAreaAndAsOneLineInAField() throws {
        let store = try ScreenStore()
        var d = Self.newLetter(store)
        d.go(to: .step(.reflections))
        d.press(.paste("line1\nline2\n\nline4 ünïcödé"))
        #expect(d.wizard?.letter.answer(to: Self.textPrompt.id) == "line1\nline2\n\nline4 ünïcödé")
        let grid = d.render()
        let first = try #require(grid.find("line1"))
        #expect(grid.row(first.y + 1).hasSuffix("line2"))
        #expect(grid.row(first.y + 3).hasSuffix("line4 ünïcödé"))

        d.press(.tab)
        d.press(.paste("Grow\nthe labs\r\n"))
        #expect(d.wizard?.letter.actions.first.map { !$0.contains("\n") && !$0.contains("\r") } == true)
        #expect(d.wizard?.letter.actions.first?.hasPrefix("Grow the labs") == true)
    }

    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func hostileTextIsDrawnAsPlaceholders(size: Size) throws {
        let store = try ScreenStore()
        let evil = "REJECTED\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}APPROVED \u{1B}[2J\u{1B}]0;owned\u{7} \r\u{9B}31m \u{202E}dlrow\u{202C} \u{7F}"
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.superintendent.name = evil
            letter.contacts[0].title = evil
            letter.reflections[Self.textPrompt.id] = "First\n" + evil
            letter.actions = [evil, "Second"]
            letter.signatures.district.title = evil
        }
        var d = ScreenDriver(store, columns: size.columns, rows: size.rows)
        var grids = [d.render()]
        d.press(.enter)
        for _ in WizardPage.all {
            grids.append(d.render())
            d.press(.control("n"))
        }
        // The whole letter on the review page, a screenful at a time (Space pages it).
        d.go(to: .review)
        d.press(.tab)
        var review: [GridSurface] = []
        for _ in 0..<15 {
            review.append(d.render())
            d.press(.space)
        }
        grids += review
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentName))
        d.press(.function(1))
        grids.append(d.render())
        d.press(.escape)
        d.type("!")
        try store.saveAsSomeoneElse("Boone County") { $0.superintendent.name = evil + "?" }
        d.press(.control("s"))
        #expect(d.isConflictOpen)
        grids.append(d.render())

        var sawPlaceholder = false
        for grid in grids {
            for (y, row) in grid.cells.enumerated() {
                for (x, cell) in row.enumerated() {
                    #expect(!containsControlScalar(cell.character), "control scalar at \(x),\(y): \(cell.character.unicodeScalars.map { $0.value })\n\(grid.text())")
                }
            }
            let text = grid.text()
            if text.contains("REJECTED^H^H") { sawPlaceholder = true }
            #expect(!text.contains("owned\u{7}"))
        }
        #expect(sawPlaceholder)
        // The editors drop control characters (TerminalUI's TextEditing.normalized), so a field
        // shows every visible character: nothing typed over, nothing hidden.
        let contacts = grids[3].text()
        #expect(contacts.contains("Superintendent name     REJECTEDAPPROVED"))
        // The review page shows the letter as stored, with placeholders.
        #expect(review.contains { $0.text().contains("REJECTED^H^H^H^H^H^H^H^HAPPROVED") })
        #expect(review.contains { $0.text().contains("^[[2J^[]0;owned^G") })
    }
}

/// A clock for recovery timing: each call is five seconds after the last.
final class TickingClock: @unchecked Sendable {
    private var seconds: Double = 0
    private let lock = NSLock()

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        seconds += 5
        return ScreenClock.now.addingTimeInterval(seconds)
    }
}
