import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// The record is true: no date nobody typed is saved, limits refuse rather than cut, and a
/// signed letter cannot be changed from the wizard.
@Suite("The record is true")
struct RecordIsTrueTests {
    /// A complete Boone County letter opened on Agreement with the KDE date focused.
    static func onKDEDate(_ change: @escaping (inout Letter) -> Void = { _ in }) throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0); change(&$0) }
        var d = ScreenDriver(store)
        d.press(.enter)
        d.go(to: .step(.agreement))
        d.focus(.field(.kdeSignatureDate))
        return (store, d)
    }

    // MARK: 1. A date nobody typed is never saved

    @Test(arguments: [("2026-12-32", "month 12 of 2026 has no day 32"), ("2026-02-30", "month 2 of 2026 has no day 30")])
    func aDateThatIsNotADateSavesTheStoredValue(typed: String, reason: String) throws {
        var (store, d) = try Self.onKDEDate()
        d.press(.control("u"))
        d.type(typed)
        d.press(.backTab)
        d.press(.control("s"))
        let saved = try store.load("Boone County")
        // Not "2026-12-03" (the last date typed on the way): the date the letter had.
        #expect(saved.signatures.kde.date == (try CalendarDate(year: 2022, month: 9, day: 2)))
        // The typed text stays in the field, and the save names it.
        #expect(d.wizard?.text(of: .kdeSignatureDate) == typed)
        #expect(d.wizard?.unstoredFields.map(\.field) == [.kdeSignatureDate])
        #expect(d.wizard?.unstoredFields.map(\.label) == ["KDE date"])
        #expect(d.wizard?.unstoredFields.map(\.reason) == [reason])
        let message = try #require(d.app.status.message)
        #expect(message.text.contains("KDE date not saved: \(reason)"), "\(message.text)")
        #expect(message.kind == .warning)
        #expect(d.wizard?.isDirty == true)
    }

    @Test func whileTypingTheLetterNeverHoldsAnIntermediateDate() throws {
        var (store, d) = try Self.onKDEDate()
        defer { withExtendedLifetime(store) {} }  // the store folder lives as long as the test
        d.press(.control("u"))
        d.type("2026-12-3")
        #expect(d.wizard?.letter.signatures.kde.date == (try CalendarDate(year: 2026, month: 12, day: 3)))
        d.type("2")
        #expect(d.wizard?.letter.signatures.kde.date == (try CalendarDate(year: 2022, month: 9, day: 2)))
        #expect(d.wizard?.unstoredFields.map(\.message) == ["KDE date not saved: month 12 of 2026 has no day 32"])
    }

    @Test func aDateWrittenTheAmericanWayIsSavedAndThenClean() throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        var d = ScreenDriver(store)
        d.press(.enter)
        d.go(to: .step(.agreement))
        d.focus(.field(.districtSignatureDate))
        d.press(.control("u"))
        d.type("9/1/2022")
        #expect(d.wizard?.isDirty == false, "the same date, written differently, is not a change")
        d.press(.control("u"))
        d.type("9/10/2022")  // the tests' today is 2022-09-15: a signature date after it is not stored
        #expect(d.wizard?.isDirty == true)
        d.press(.control("s"))
        #expect(try store.load("Boone County").signatures.district.date == (try CalendarDate(year: 2022, month: 9, day: 10)))
        #expect(d.wizard?.isDirty == false)
        #expect(!d.screen.contains("unsaved"))
    }

    // MARK: 2. Limits refuse, never cut

    @Test func anAnswerOverTheLimitIsKeptWholeByTheWizard() throws {
        let prompt = try #require(screenEdition.prompts.first { $0.answer == .text })
        let long = String(repeating: "abcdefghi ", count: 3_200)
        var (store, d) = try Self.onKDEDate { $0.reflections[prompt.id] = long }
        d.go(to: .step(.reflections))
        d.focus(.area(.reflection(prompt.id)))
        d.type("x")
        // Typing into it is refused, with the reason; the answer stays whole.
        #expect(d.wizard?.letter.answer(to: prompt.id) == long)
        #expect(d.app.status.message?.text.contains("already holds 32,000 characters") == true, "\(d.app.status.message?.text ?? "")")
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentName))
        d.type(" Jr.")
        d.press(.control("s"))
        #expect(try store.load("Boone County").answer(to: prompt.id) == long)
        // And the letter says it is too long.
        #expect(d.wizard?.findings.contains { $0.field == .reflection(prompt.id) && $0.message.contains("too long") } == true)
    }

    @Test func aPasteThatDoesNotFitIsNotPastedAndSaysSo() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.press(.control("u"))
        d.press(.paste(String(repeating: "n", count: 300)))
        #expect(d.wizard?.letter.superintendent.name == "")
        #expect(d.app.status.message?.text == "Not pasted: 300 characters, 100 over the 200-character limit of Superintendent name")
        #expect(d.screen.contains("Not pasted: 300 characters"))
    }

    @Test func typingAtTheLimitIsRefusedWithAMessage() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.press(.control("u"))
        d.press(.paste(String(repeating: "n", count: 200)))
        d.type("x")
        #expect(d.wizard?.letter.superintendent.name.count == 200)
        #expect(d.app.status.message?.text == "Not typed: Superintendent name is at its 200-character limit")
    }

    // MARK: 3. Locked means locked

    static func signedLetter() throws -> (ScreenStore, ScreenDriver) {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0); $0.status = .signed }
        var d = ScreenDriver(store)
        d.press(.enter)
        return (store, d)
    }

    @Test func aSignedLetterSaysItIsReadOnlyFromTheFirstLook() throws {
        var (store, d) = try Self.signedLetter()
        defer { withExtendedLifetime(store) {} }  // the store folder lives as long as the test
        #expect(d.screen.contains("Signed: read-only. F2 → draft to change it (clears both signature dates)"), "\(d.screen)")
        d.go(to: .step(.agreement))
        let grid = d.render()
        let name = try #require(grid.find("José Muñoz"))
        #expect(grid.role(at: name) == .muted)
    }

    @Test func theDistrictSignatoryCannotBeChangedInASignedLetter() throws {
        var (store, d) = try Self.signedLetter()
        d.go(to: .step(.agreement))
        d.focus(.field(.districtSignatureName))
        for key: Key in [.character("x"), .backspace, .control("u"), .paste("Someone Else"), .control("z"), .control("y")] {
            d.press(key)
            #expect(d.wizard?.letter.signatures.district.name == "José Muñoz")
            #expect(d.app.status.message?.text == "Signed: read-only. F2 → draft to change it (clears both signature dates)")
        }
        #expect(d.wizard?.isDirty == false)
        d.press(.control("s"))
        #expect(try store.load("Boone County").signatures.district.name == "José Muñoz")
        // Moving still works.
        d.press(.tab)
        #expect(d.focused == .field(.districtSignatureTitle))
    }

    @Test func ticksButtonsAndAnswersAreLockedToo() throws {
        var (store, d) = try Self.signedLetter()
        d.go(to: .step(.commitments))
        d.focus(.acknowledgements)
        d.press(.space)
        #expect(d.wizard?.letter.acknowledgements == (try store.load("Boone County")).acknowledgements)
        #expect(d.app.status.message?.kind == .warning)
        d.go(to: .step(.contacts))
        d.focus(.addContact)
        d.press(.enter)
        #expect(d.wizard?.letter.contacts.count == 1)
        d.go(to: .step(.reflections))
        let prompt = try #require(screenEdition.prompts.first { $0.answer == .text })
        d.focus(.area(.reflection(prompt.id)))
        d.press(.enter)
        d.type("more")
        #expect(d.wizard?.letter.answer(to: prompt.id) == "We opened two innovation labs.\nNext year every school joins.")
        #expect(d.wizard?.isDirty == false)
    }

    @Test func aSignedLetterIsNotPrefilledWithTheKDEDesignee() throws {
        let store = try ScreenStore()
        try store.create("Boone County") {
            fillLetterCompletely(&$0)
            $0.signatures.kde = KDESignature()
            $0.status = .signed
        }
        var d = ScreenDriver(store)
        d.press(.enter)
        #expect(d.wizard?.letter.signatures.kde.name == "")
        #expect(d.wizard?.isDirty == false)
    }

    @Test func backToDraftMakesTheFieldsEditableAgain() throws {
        var (store, d) = try Self.signedLetter()
        d.press(.function(2))
        // Draft is offered after active: choose it, give the reason.
        for _ in 0..<3 where !d.screen.contains("(draft)") { d.press(.right) }
        #expect(d.screen.contains("(draft)"))
        d.press(.tab)
        d.type("Wrong title")
        d.press(.enter)
        #expect(d.wizard?.letter.status == .draft, "\(d.screen)")
        #expect(!d.screen.contains("read-only"))
        d.go(to: .step(.agreement))
        d.focus(.field(.districtSignatureName))
        d.type("x")
        #expect(d.wizard?.letter.signatures.district.name == "José Muñozx")
        _ = store
    }
}
