import Foundation
import Testing
import LetterDomain
import LetterRules
import LetterStore

/// A decision that came by e-mail, phone or paper: the program manager records it, it
/// counts like a review, and it always says that KDE recorded it and how it came.
@Suite("Rules service: decisions recorded by KDE")
struct DecisionTests {
    static func phone(_ decision: Review.Decision = .approve, note: String = "", date: String = "2026-12-04") -> RecordedDecision {
        RecordedDecision(decision: decision, channel: .phone, person: " Bill Hogan ", date: RulesFixture.date(date), note: note)
    }

    @Test("an approval by phone moves a letter in review to approved, recorded by the KDE user")
    func approvalByPhone() throws {
        let f = try RulesFixture(user: "sarah")
        let inReview = try f.letter(at: .inReview)
        let letter = try f.service.recordDecision(Self.phone(), of: inReview.district.slug, year: inReview.schoolYear)
        #expect(letter.status == .approved)
        let stored = try f.store.load(inReview.district.slug, year: inReview.schoolYear)
        #expect(stored.status == .approved)
        let entry = try #require(stored.history.last { $0.action == .reviewed })
        #expect(entry.by == "sarah", "the history names who recorded it, never as the district over SSH")
        #expect(entry.recorded?.person == "Bill Hogan")
        #expect(entry.recorded?.channel == .phone)
        #expect(entry.summary.contains("decision recorded by KDE (by phone): in-review → approved"))
        #expect(entry.summary.contains("Bill Hogan approved by phone on 2026-12-04 (recorded by KDE, sarah; not an SSH review)"))
        // It counts like a review: the letter can be signed now.
        let signed = try f.saved(f.service.transition(inReview.district.slug, year: inReview.schoolYear, to: .signed))
        #expect(signed.status == .signed)
    }

    @Test("asking for changes needs a note, and keeps the district's words")
    func changesNeedANote() throws {
        let f = try RulesFixture()
        let inReview = try f.letter(at: .inReview)
        #expect(throws: RulesError.self) {
            try f.service.recordDecision(Self.phone(.requestChanges), of: inReview.district.slug, year: inReview.schoolYear)
        }
        let letter = try f.service.recordDecision(Self.phone(.requestChanges, note: "Add our second contact."),
                                                  of: inReview.district.slug, year: inReview.schoolYear)
        #expect(letter.status == .changesRequested)
        #expect(letter.history.last?.note?.hasSuffix(": Add our second contact.") == true)
    }

    @Test("refused: a letter not in review, no person, a date after today; nothing is written")
    func refusals() throws {
        let f = try RulesFixture()
        let draft = try f.completeDraft()
        do {
            _ = try f.service.recordDecision(Self.phone(), of: draft.district.slug, year: draft.schoolYear)
            Issue.record("a draft took a decision")
        } catch {
            #expect(error.description.contains("not in review"))
        }
        let inReview = try f.saved(f.service.transition(draft, from: draft, to: .inReview))
        var nobody = Self.phone()
        nobody.person = "  "
        #expect(throws: RulesError.self) { try f.service.recordDecision(nobody, of: draft.district.slug, year: draft.schoolYear) }
        #expect(throws: RulesError.self) {
            try f.service.recordDecision(Self.phone(date: "2026-12-07"), of: draft.district.slug, year: draft.schoolYear)
        }
        #expect(try f.store.load(draft.district.slug, year: draft.schoolYear).revision == inReview.revision)
    }

    @Test("a letter the district already decided over SSH takes no second decision")
    func alreadyDecidedOverSSH() throws {
        let f = try RulesFixture()
        let decided = try f.decided(.approve)
        #expect(throws: RulesError.self) {
            try f.service.recordDecision(Self.phone(.requestChanges, note: "x"), of: decided.district.slug, year: decided.schoolYear)
        }
    }
}
