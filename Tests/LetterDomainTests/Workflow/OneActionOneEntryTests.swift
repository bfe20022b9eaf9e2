import Foundation
import Testing
@testable import LetterDomain

/// A status change that sets a date records the date in its own history entry; the save that
/// stores the letter afterwards (`FieldChange.between` on the stored and the new letter, as
/// `LetterStore.save` does) must not record the same date a second time.
@Suite("One action, one history entry")
struct OneActionOneEntryTests {
    typealias F = WorkflowFixtures

    @Test func aSaveAfterSigningHasNothingLeftToRecord() throws {
        let approved = try F.at(.approved)
        let signed = try Workflow.transition(approved, to: .signed, date: F.date("2022-08-18"), by: "pm", edition: F.edition, today: F.today)
        #expect(signed.history.last?.changes.map(\.field) == ["signatures.district.date"])
        #expect(FieldChange.between(approved, signed) == [])

        let active = try Workflow.transition(signed, to: .active, date: F.date("2022-08-20"), by: "pm", edition: F.edition, today: F.today)
        #expect(FieldChange.between(signed, active) == [])
    }

    @Test func reopeningASignedLetterRecordsTheClearedDatesOnce() throws {
        let signed = try F.at(.signed)
        let draft = try Workflow.transition(signed, to: .draft, note: "new contact", by: "pm", edition: F.edition, today: F.today)
        #expect(draft.history.last?.changes.map(\.field) == ["signatures.district.date"])
        #expect(FieldChange.between(signed, draft) == [])
    }

    @Test func editsMadeBeforeTheStatusChangeAreStillRecorded() throws {
        let approved = try F.at(.approved)
        var edited = approved
        edited.signatures.district.title = "Superintendent of Schools"
        let signed = try Workflow.transition(edited, to: .signed, date: F.date("2022-08-18"), by: "pm", edition: F.edition, today: F.today)
        // The transition records only what it set; the save records the title typed before it.
        #expect(signed.history.last?.changes.map(\.field) == ["signatures.district.date"])
        #expect(FieldChange.between(approved, signed).map(\.field) == ["signatures.district.title"])
    }

    @Test func aChangeToAValueDifferentFromTheRecordedOneIsRecorded() throws {
        let approved = try F.at(.approved)
        var signed = try Workflow.transition(approved, to: .signed, date: F.date("2022-08-18"), by: "pm", edition: F.edition, today: F.today)
        // Changed again after the transition, before saving: the stored value is not the recorded one.
        signed.signatures.district.date = F.date("2022-08-19")
        #expect(FieldChange.between(approved, signed).map(\.new) == ["2022-08-19"])
    }

    @Test func aPlainEditIsRecordedAsBefore() throws {
        let letter = F.complete()
        var edited = letter
        edited.superintendent.email = "superintendent@boone.kyschools.us"
        #expect(FieldChange.between(letter, edited).map(\.field) == ["superintendent.email"])
    }
}
