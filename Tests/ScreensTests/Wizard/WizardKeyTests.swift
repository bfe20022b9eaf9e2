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
        Self.tickEveryCommitment(&d)
        Self.typeContacts(&d)
        let showcase = Self.typeReflections(&d)
        Self.typeAgreement(&d)
        d.press(.control("n"))
        #expect(d.page == .review)
        #expect(d.screen.contains("No findings: the letter is complete."))
        #expect(d.wizard?.isDirty == true)

        d.press(.control("s"))
        #expect(d.wizard?.isDirty == false)
        #expect(d.screen.contains("Saved (revision 2); the letter is complete."))
        try Self.expectStoredAsTyped(store, showcase: showcase)
    }

    /// Step 2: every member commitment ticked with Space.
    static func tickEveryCommitment(_ d: inout ScreenDriver) {
        // 2 Commitments: tick every member commitment with Space.
        d.press(.control("n"))
        #expect(d.page == .step(.commitments))
        d.press(.tab)
        #expect(d.focused == .acknowledgements)
        for _ in screenEdition.expectations {
            d.press(.space, .down)
        }
    }

    /// Step 3: superintendent, contact 1, then a second contact added with the button.
    static func typeContacts(_ d: inout ScreenDriver) {
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
    }

    /// Step 4: two paragraphs, points of action added and removed; returns the showcase prompt.
    static func typeReflections(_ d: inout ScreenDriver) -> ReflectionPrompt {
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
        return showcase
    }

    /// Step 5: the signatures (the KDE designee is prefilled from the edition).
    static func typeAgreement(_ d: inout ScreenDriver) {
        // 5 Agreement: signatures (the KDE designee is prefilled from the edition).
        d.press(.control("n"))
        #expect(d.page == .step(.agreement))
        #expect(d.focused == .field(.districtSignatureName))
        d.type("José Muñoz\nSuperintendent\n2022-09-01\n")
        #expect(d.focused == .field(.kdeSignatureName))
        #expect(d.wizard?.text(of: .kdeSignatureName) == "Sarah Snipes")
        d.press(.tab)
        d.type("2022-09-02")
    }

    /// What the store holds after the save: exactly what was typed.
    static func expectStoredAsTyped(_ store: ScreenStore, showcase: ReflectionPrompt) throws {
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

    /// Boone County stored, opened, superintendent name changed to "José A. Muñoz" (unsaved).
    static func editedLetter() throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.press(.control("u"))
        d.type("José A. Muñoz")
        #expect(d.app.hasUnsavedEdits)
        return (store, d)
    }
}
