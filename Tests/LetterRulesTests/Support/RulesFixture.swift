import Foundation
@_exported import KyilnTestSupport
import LetterDomain
import LetterRules
import LetterStore

/// A rules service on a fresh temporary store, with "today" fixed at 2026-12-06 and the
/// clock moving a second per call, removed when the test ends.
final class RulesFixture: @unchecked Sendable {
    let temporary: TemporaryStore
    let service: LetterService
    static let today = try! CalendarDate(year: 2026, month: 12, day: 6)
    static let year = SchoolYear(startYear: 2026)
    static let fingerprint = "SHA256:" + String(repeating: "a", count: 43)

    init(user: String = "pm") throws {
        temporary = try TemporaryStore(prefix: "kyiln-rules-test-")
        let clock = Clock()
        service = LetterService(store: temporary.store, editions: .bundled, user: user, now: { clock.tick() }, today: { RulesFixture.today })
    }

    var root: String { temporary.root }

    var store: LetterStore { service.store }

    static func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    /// A stored draft of Boone County for 2026-2027 with every field filled, ready to sign.
    func completeDraft(_ name: String = "Boone County") throws -> Letter {
        let created = try service.create(districtName: name, year: Self.year)
        let edition = try service.edition(of: created)
        var letter = created
        letter.superintendent = Superintendent(name: "José Muñoz", email: "jose.munoz@boone.kyschools.us")
        letter.contacts = [Contact(name: "Bill Hogan", title: "Director", email: "bill.hogan@boone.kyschools.us")]
        for prompt in edition.prompts where prompt.answer == .text { letter.reflections[prompt.id] = "Our answer to \(prompt.id)." }
        letter.actions = ["Grading", "Showcase"]
        for item in edition.expectations { letter.acknowledgements[item.id] = true }
        letter.signatures.district.name = "José Muñoz"
        letter.signatures.district.title = "Superintendent"
        guard case .saved(let saved) = try service.save(letter, from: created) else { throw FixtureError("not saved") }
        return saved.letter
    }

    /// The complete letter sent to review and decided by the district over the review path,
    /// as the store shows it (the decision merged in, not yet saved into the letter).
    func decided(_ decision: Review.Decision, _ name: String = "Boone County") throws -> Letter {
        let draft = try completeDraft(name)
        let inReview = try saved(service.transition(draft, from: draft, to: .inReview))
        try record(decision, on: inReview)
        return try service.open(inReview.district.slug, year: inReview.schoolYear).letter
    }

    /// A district review of the letter's current revision, written as the review account does.
    func record(_ decision: Review.Decision, on letter: Letter, by reviewer: String = "Dana Reviewer") throws {
        let review = Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision, decision: decision,
                            comment: decision == .approve ? "" : "Please add our new principal.", reviewerName: reviewer,
                            fingerprint: Self.fingerprint, at: Date())
        try store.record(review)
    }

    /// The letter in `outcome`, or a failure naming what came instead.
    func saved(_ outcome: SaveOutcome) throws -> Letter {
        guard case .saved(let saved) = outcome else { throw FixtureError("expected a save, got \(outcome)") }
        return saved.letter
    }

    /// The stored letter moved through the rules to `status`.
    func letter(at status: LetterStatus, _ name: String = "Boone County") throws -> Letter {
        switch status {
        case .draft: return try completeDraft(name)
        case .approved: return try decided(.approve, name)
        case .changesRequested: return try decided(.requestChanges, name)
        case .inReview:
            let draft = try completeDraft(name)
            return try saved(service.transition(draft, from: draft, to: .inReview))
        case .signed, .active:
            let approved = try decided(.approve, name)
            var signed = try saved(service.transition(approved, from: approved, to: .signed, date: Self.date("2026-12-01")))
            if status == .active { signed = try saved(service.transition(signed, from: signed, to: .active, date: Self.date("2026-12-02"))) }
            return signed
        case .terminated:
            let draft = try completeDraft(name)
            return try saved(service.transition(draft, from: draft, to: .terminated, date: Self.date("2026-12-01"), note: "left", party: .district))
        case .expired:
            throw FixtureError("no expired letters in 2026-2027 before June 2027")
        }
    }

}

/// A clock that moves one second per reading, so history entries keep their order.
final class Clock: @unchecked Sendable {
    private var seconds: Double = 1_796_000_000
    func tick() -> Date {
        seconds += 1
        return Date(timeIntervalSince1970: seconds)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
