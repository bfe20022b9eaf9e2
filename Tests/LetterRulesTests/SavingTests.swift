import Foundation
import Testing
import LetterDomain
import LetterRules
import LetterStore

@Suite("Rules service: saving")
struct SavingTests {
    @Test("a save with no edits writes nothing: no new revision, no history line")
    func noEditsWriteNothing() throws {
        let f = try RulesFixture()
        let letter = try f.completeDraft()
        let outcome = try f.service.save(letter, from: letter)
        guard case .unchanged(let unstored) = outcome else { Issue.record("expected unchanged, got \(outcome)"); return }
        #expect(unstored.isEmpty)
        let stored = try f.store.load(letter.district.slug, year: letter.schoolYear)
        #expect(stored.revision == letter.revision && stored.history.count == letter.history.count)
    }

    @Test("a signature date after today is not stored: the rest is saved and the date is named")
    func futureSignatureDateIsNotStored() throws {
        let f = try RulesFixture()
        let letter = try f.completeDraft()
        var edited = letter
        edited.signatures.district.date = RulesFixture.date("2026-12-07")
        edited.superintendent.name = "Dr. José Muñoz"
        let saved = try f.saved(f.service.save(edited, from: letter))
        #expect(saved.superintendent.name == "Dr. José Muñoz")
        #expect(saved.signatures.district.date == nil)
        guard case .saved(let outcome) = try f.service.save(edited, from: saved) else {
            // Only the refused date differs now: nothing to write, but it is still reported.
            guard case .unchanged(let unstored) = try f.service.save(edited, from: saved) else { Issue.record("unexpected outcome"); return }
            #expect(unstored.map(\.message) == ["District signature date not saved: 2026-12-07 is after today"])
            return
        }
        Issue.record("saved again: \(outcome)")
    }

    @Test("a signed, countersigned or terminated letter refuses every change, its signature lines included",
          arguments: [LetterStatus.signed, .active, .terminated])
    func lockedLettersRefuseEveryChange(status: LetterStatus) throws {
        let f = try RulesFixture()
        let letter = try f.letter(at: status)
        var renamed = letter
        renamed.signatures.district.name = "Someone Else"
        #expect(throws: RulesError.self) { try f.service.save(renamed, from: letter) }
        do { _ = try f.service.save(renamed, from: letter) } catch {
            guard case .locked(let refused, let fields) = error else { Issue.record("\(error)"); return }
            #expect(refused == status && fields == [.districtSignatureName])
            #expect(error.description.contains("District signatory name") && !error.description.contains("signatures.district"))
        }
        #expect(throws: RulesError.self) {
            try f.service.set(.districtSignatureName, to: "Someone Else", of: letter.district.slug, year: letter.schoolYear)
        }
        #expect(try f.store.load(letter.district.slug, year: letter.schoolYear).signatures.district.name == "José Muñoz")
    }

    @Test("an approval that arrived while the letter was open is never undone silently")
    func approvalArrivingMeanwhileAsksFirst() throws {
        let f = try RulesFixture()
        let draft = try f.completeDraft()
        let opened = try f.saved(f.service.transition(draft, from: draft, to: .inReview))
        // The wizard holds `opened` (in review); the district approves over SSH meanwhile.
        try f.record(.approve, on: opened, by: "Dana Reviewer")
        var edited = opened
        edited.reflections[edited.reflections.keys.sorted()[0]] = "A new answer."
        let outcome = try f.service.save(edited, from: opened)
        guard case .confirmationNeeded(let decision) = outcome else { Issue.record("expected a question, got \(outcome)"); return }
        #expect(decision.status == .approved && decision.by == "Dana Reviewer (\(RulesFixture.fingerprint))" && decision.revision == opened.revision)
        #expect(try f.store.load(opened.district.slug, year: opened.schoolYear).revision == opened.revision, "nothing written before the answer")

        let saved = try f.service.save(edited, from: opened, confirmingReopen: true)
        guard case .saved(let result) = saved else { Issue.record("expected a save, got \(saved)"); return }
        #expect(result.letter.status == .inReview && result.reopened == decision)
        // The approval and its undoing are both in the record.
        let kinds = result.letter.history.suffix(3).map { "\($0.action.rawValue) \($0.toStatus?.rawValue ?? "-")" }
        #expect(kinds == ["reviewed approved", "transition in-review", "saved -"])
    }

    @Test("a signature-only edit of an approved letter keeps the approval, with no question")
    func signatureEditKeepsApproval() throws {
        let f = try RulesFixture()
        let approved = try f.letter(at: .approved)
        var edited = approved
        edited.signatures.district.title = "Interim Superintendent"
        let saved = try f.saved(f.service.save(edited, from: approved))
        #expect(saved.status == .approved)
    }

    @Test("someone else's save since the letter was read is a conflict, and nothing is overwritten")
    func staleBaselineConflicts() throws {
        let f = try RulesFixture()
        let letter = try f.completeDraft()
        var theirs = letter
        theirs.superintendent.name = "Theirs"
        _ = try f.saved(f.service.save(theirs, from: letter))
        var mine = letter
        mine.superintendent.name = "Mine"
        guard case .conflict(let conflict) = try f.service.save(mine, from: letter) else { Issue.record("expected a conflict"); return }
        #expect(conflict.theirs.superintendent.name == "Theirs")
        #expect(try f.store.load(letter.district.slug, year: letter.schoolYear).superintendent.name == "Theirs")
    }
}
