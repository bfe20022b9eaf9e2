import Foundation
import Testing
import LetterDomain
import LetterStore
@testable import Screens

@Suite("Accessible line mode")
struct LineWizardTests {
    private func context() throws -> (AppContext, String) {
        let root = NSTemporaryDirectory() + "kyiln-line-" + UUID().uuidString
        let store = try LetterStore.open(at: root)
        let today = try CalendarDate(year: 2022, month: 9, day: 1)
        return (AppContext(store: store, user: "tester", now: { Date(timeIntervalSince1970: 1_662_000_000) }, today: { today }), root)
    }

    /// A whole session typed on stdin: a new letter for Boone County, every question answered.
    static let fullSession = """
        new
        2022-2023
        Boone County

        ?

        yes
        yes
        yes
        yes
        yes

        José Muñoz
        jose.munoz@boone.kyschools.us
        Bill Hogan
        Director of Innovation
        bill.hogan@boone.kyschools.us
        yes
        Ana Ruiz
        Instructional Coach
        ana.ruiz@boone.kyschools.us
        no
        We opened two innovation labs.

        Every school piloted student-led conferences.
        .
        Expand competency-based grading
        Launch a district showcase
        yes
        \\back to basics week
        Our student-led conference toolkit.
        .
        José Muñoz
        Superintendent
        8/18/2022

        2022-08-20
        save
        quit
        quit

        """

    @Test func aScreenReaderUserFillsAWholeLetter() throws {
        let (context, root) = try context()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let io = ScriptedLineIO(Self.fullSession)
        LineWizard(context: context, io: io).run()

        let letter = try context.store.load(try DistrictSlug("boone-county"), year: try SchoolYear("2022-2023"))
        #expect(letter.superintendent == Superintendent(name: "José Muñoz", email: "jose.munoz@boone.kyschools.us"))
        #expect(letter.contacts.map(\.name) == ["Bill Hogan", "Ana Ruiz"])
        #expect(letter.answer(to: "previous-year") == "We opened two innovation labs.\n\nEvery school piloted student-led conferences.")
        #expect(letter.actions == ["Expand competency-based grading", "Launch a district showcase", "back to basics week"])
        #expect(letter.signatures.district.date == (try CalendarDate(year: 2022, month: 8, day: 18)))
        #expect(letter.signatures.kde.name == "Sarah Snipes", "the designee printed on the form is kept")
        #expect(Validator(edition: try EditionCatalog.bundled.edition(id: "2022-2023")).findings(for: letter).isEmpty)

        let out = io.output
        #expect(out.contains("Question 3 of"), "prompts are numbered")
        #expect(out.contains("Section 3, Contacts. Superintendent email. Current value: empty. An email address"),
                "a prompt says its section, label, current value and what is valid")
        #expect(out.contains("Help. Each question says"))
        #expect(out.contains("Saved (revision 2). The letter is complete."))
        // No cursor addressing, colours or box drawing: plain text only.
        #expect(!out.unicodeScalars.contains { $0.value == 0x1B || (0x2500...0x257F).contains($0.value) })
    }

    @Test("a signed letter is read-only in line mode: said on opening and at the first answer, and nothing is stored")
    func signedLettersAreReadOnly() throws {
        let (context, root) = try context()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var letter = Letter(district: District(name: "Kenton County", slug: try DistrictSlug("kenton-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "t")
        letter.superintendent.name = "Old Name"
        letter.status = .signed
        try context.store.create(letter, by: "t")
        let io = ScriptedLineIO("1\n\n\n\n\n\n\n\n\nNew Name\nsave\nquit\nquit\n")
        LineWizard(context: context, io: io).run()
        #expect(io.output.components(separatedBy: "Read-only: the letter is signed").count == 3, "on opening, and for the answer")
        #expect(io.output.contains("Nothing to save"))
        #expect(try context.store.load(letter.district.slug, year: letter.schoolYear).superintendent.name == "Old Name")
    }

    @Test func backGoesToThePreviousQuestionAndEmptyKeepsTheValue() throws {
        let (context, root) = try context()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var letter = Letter(district: District(name: "Kenton County", slug: try DistrictSlug("kenton-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "t")
        letter.superintendent.name = "Old Name"
        try context.store.create(letter, by: "t")
        // Open letter 1, skip purpose and commitments text, five acknowledgements, keep the
        // district name, type a name, go back, keep it, then save.
        let script = "1\n\n\n\n\n\n\n\n\nNew Name\nback\n\nsave\nquit\nquit\n"
        let io = ScriptedLineIO(script)
        LineWizard(context: context, io: io).run()
        let stored = try context.store.load(letter.district.slug, year: letter.schoolYear)
        #expect(stored.superintendent.name == "New Name")
        #expect(io.output.components(separatedBy: "Superintendent name. Current value:").count == 3, "asked twice after back")
        #expect(io.output.contains("Superintendent name. Current value: New Name."))
    }

    @Test func aBadDateIsRefusedAndAskedAgainAndQuittingAsksToSave() throws {
        let (context, root) = try context()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let letter = Letter(district: District(name: "Adair County", slug: try DistrictSlug("adair-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "t")
        try context.store.create(letter, by: "t")
        let skipToDate = String(repeating: "\n", count: 7 + 3 + 3 + 1 + 1 + 2 + 1 + 1 + 2)
        let io = ScriptedLineIO("1\n" + skipToDate + "2022-02-30\n2022-03-01\nquit\ndiscard\nquit\n")
        LineWizard(context: context, io: io).run()
        #expect(io.output.contains("Not taken: Invalid date \"2022-02-30\""))
        #expect(io.output.contains("There are unsaved answers."))
        #expect(try context.store.load(letter.district.slug, year: letter.schoolYear).signatures.district.date == nil, "discard saves nothing")
    }

    @Test func endOfInputWithUnsavedAnswersKeepsThemForRecovery() throws {
        let (context, root) = try context()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let letter = Letter(district: District(name: "Adair County", slug: try DistrictSlug("adair-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "t")
        try context.store.create(letter, by: "t")
        let io = ScriptedLineIO("1\n\n\nyes\n")
        LineWizard(context: context, io: io).run()
        #expect(context.store.recoveries().first?.letter.isAcknowledged("video-calls") == true)
    }
}
