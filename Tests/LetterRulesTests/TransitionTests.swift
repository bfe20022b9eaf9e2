import Foundation
import Testing
import LetterDomain
import LetterRules
import LetterStore

@Suite("Rules service: transitions")
struct TransitionTests {
    @Test("signing keeps the district date typed on the Agreement step instead of today")
    func signingKeepsTypedDate() throws {
        let f = try RulesFixture()
        let approved = try f.letter(at: .approved)
        var typed = approved
        typed.signatures.district.date = RulesFixture.date("2026-11-30")
        let signed = try f.saved(f.service.transition(typed, from: approved, to: .signed))
        #expect(signed.status == .signed && signed.signatures.district.date == RulesFixture.date("2026-11-30"))
    }

    @Test("a typed signature date after today is refused, never replaced by today")
    func futureTypedDateRefused() throws {
        let f = try RulesFixture()
        let approved = try f.letter(at: .approved)
        var typed = approved
        typed.signatures.district.date = RulesFixture.date("2026-12-24")
        #expect(throws: RulesError.self) { try f.service.transition(typed, from: approved, to: .signed) }
        #expect(throws: RulesError.self) {
            try f.service.transition(approved.district.slug, year: approved.schoolYear, to: .signed, date: RulesFixture.date("2026-12-24"))
        }
        #expect(try f.store.load(approved.district.slug, year: approved.schoolYear).status != .signed)
    }

    @Test("countersigning adds KDE's signature to a signed letter: the one change a locked letter takes")
    func countersigning() throws {
        let f = try RulesFixture()
        let active = try f.letter(at: .active)
        #expect(active.status == .active && active.signatures.kde.date == RulesFixture.date("2026-12-02"))
        #expect(!active.signatures.kde.name.isEmpty)
    }

    @Test("back to draft clears both signature dates and makes the letter editable again")
    func backToDraftUnlocks() throws {
        let f = try RulesFixture()
        let signed = try f.letter(at: .signed)
        let draft = try f.saved(f.service.transition(signed, from: signed, to: .draft, note: "new superintendent"))
        #expect(draft.signatures.district.date == nil && draft.signatures.kde.date == nil)
        var renamed = draft
        renamed.signatures.district.name = "New Superintendent"
        #expect(try f.saved(f.service.save(renamed, from: draft)).signatures.district.name == "New Superintendent")
    }
}
