import Foundation
import Testing
import LetterDomain
import LetterRules
import LetterStore

@Suite("Rules service: editions, deleting, importing, rolling over")
struct LifecycleTests {
    @Test("a new letter uses the newest edition for its year; another can be chosen")
    func createChoosesEdition() throws {
        let f = try RulesFixture()
        let letter = try f.service.create(districtName: "  Boone County ", year: RulesFixture.year)
        #expect(letter.editionID == "2022-2023" && letter.district.name == "Boone County" && letter.revision == 1)
        let older = try f.service.create(districtName: "Kenton County", year: RulesFixture.year, editionID: "2019-2020")
        #expect(older.editionID == "2019-2020")
        #expect(throws: RulesError.self) { try f.service.create(districtName: "Boone County", year: RulesFixture.year) }
    }

    @Test("changing a draft's edition keeps shared answers and keeps the others, in full, in the history")
    func changeEditionKeepsEverything() throws {
        let f = try RulesFixture()
        let draft = try f.completeDraft()
        let old = try f.service.edition(of: draft)
        let new = try EditionCatalog.bundled.edition(id: "2015-2016")
        let change = try f.service.changeEdition(of: draft.district.slug, year: draft.schoolYear, to: new.id)
        #expect(change.letter.editionID == "2015-2016" && change.from == "2022-2023")
        let shared = Set(old.prompts.map(\.id)).intersection(new.prompts.filter { $0.answer == .text }.map(\.id))
        for id in shared { #expect(change.letter.reflections[id] == draft.reflections[id]) }
        let gone = old.prompts.filter { $0.answer == .text && !shared.contains($0.id) }
        #expect(change.leftBehind.count >= gone.count)
        let entry = try #require(change.letter.history.last)
        #expect(entry.action == .editionChanged)
        for prompt in gone { #expect(entry.note?.contains("Our answer to \(prompt.id).") == true, "\(prompt.id) kept in the history") }
    }

    @Test("approved and signed letters keep their edition", arguments: [LetterStatus.approved, .signed])
    func changeEditionRefused(status: LetterStatus) throws {
        let f = try RulesFixture()
        let letter = try f.letter(at: status)
        #expect(throws: RulesError.self) { try f.service.changeEdition(of: letter.district.slug, year: letter.schoolYear, to: "2019-2020") }
    }

    @Test("delete moves a letter that was never signed to the trash; restore brings it back with its history")
    func deleteAndRestore() throws {
        let f = try RulesFixture()
        let draft = try f.completeDraft()
        let trashed = try f.service.delete(draft.district.slug, year: draft.schoolYear)
        #expect(trashed.hasPrefix(f.root) && trashed.contains("/trash/2026-2027/boone-county."))
        #expect(!f.store.exists(draft.district.slug, year: draft.schoolYear))
        let restored = try f.service.restore(draft.district.slug, year: draft.schoolYear)
        #expect(restored.superintendent == draft.superintendent && restored.reflections == draft.reflections)
        #expect(restored.history.suffix(2).map(\.action) == [.deleted, .restored])
        #expect(restored.revision == draft.revision + 1)
        #expect(f.store.exists(draft.district.slug, year: draft.schoolYear))
        // Nothing left to restore, and a letter in place: both refused.
        #expect(throws: RulesError.self) { try f.service.restore(draft.district.slug, year: draft.schoolYear) }
    }

    @Test("signed, countersigned and terminated letters are never deleted", arguments: [LetterStatus.signed, .active, .terminated])
    func signedLettersAreNotDeleted(status: LetterStatus) throws {
        let f = try RulesFixture()
        let letter = try f.letter(at: status)
        do {
            try f.service.delete(letter.district.slug, year: letter.schoolYear)
            Issue.record("deleted a \(status) letter")
        } catch {
            guard case .notDeletable(let refused) = error else { Issue.record("\(error)"); return }
            #expect(refused == status && error.isRefusal)
        }
        #expect(f.store.exists(letter.district.slug, year: letter.schoolYear))
    }

    @Test("an import replaces a letter only when asked, and never a signed one")
    func importReplaces() throws {
        let f = try RulesFixture()
        let draft = try f.completeDraft()
        var imported = Letter(district: draft.district, schoolYear: draft.schoolYear, editionID: "2022-2023", createdBy: "pm")
        imported.superintendent.name = "From the file"
        #expect(throws: RulesError.self) { try f.service.storeImported(imported, source: "boone.txt", replacing: false) }
        guard case .replaced(let replaced) = try f.service.storeImported(imported, source: "boone.txt", replacing: true) else {
            Issue.record("not replaced"); return
        }
        #expect(replaced.superintendent.name == "From the file" && replaced.history.contains { $0.action == .replaced && $0.note == "boone.txt" })
        #expect(replaced.history.count > draft.history.count, "the replaced letter's history stays")

        let signed = try f.letter(at: .signed, "Kenton County")
        var other = Letter(district: signed.district, schoolYear: signed.schoolYear, editionID: "2022-2023", createdBy: "pm")
        other.superintendent.name = "From the file"
        #expect(throws: RulesError.self) { try f.service.storeImported(other, source: "kenton.txt", replacing: true) }
    }

    @Test("a roll-over makes drafts for letters that were in force, once")
    func rollover() throws {
        let f = try RulesFixture()
        _ = try f.letter(at: .active, "Boone County")
        _ = try f.completeDraft("Kenton County")
        let (plan, problems) = try f.service.planRollover(from: RulesFixture.year, to: RulesFixture.year.next)
        #expect(problems.isEmpty && plan.drafts.map(\.district.name) == ["Boone County"])
        let result = f.service.performRollover(plan)
        #expect(result.made.count == 1 && result.failed.isEmpty)
        #expect(f.service.performRollover(plan).skipped.contains { $0.slug.rawValue == "boone-county" && $0.reason.contains("exists already") })
    }

    @Test("an open letter learns of a district decision and of another save")
    func outsideChanges() throws {
        let f = try RulesFixture()
        let draft = try f.completeDraft()
        let opened = try f.saved(f.service.transition(draft, from: draft, to: .inReview))
        #expect(f.service.outsideChange(since: opened) == nil)
        let before = f.service.stamp(of: opened)
        try f.record(.approve, on: opened)
        #expect(f.service.stamp(of: opened) != before)
        guard case .decided(let decision) = f.service.outsideChange(since: opened) else { Issue.record("no decision seen"); return }
        #expect(decision.status == .approved)
        // Saved elsewhere, then decided by the district: both are told.
        let reopened = try f.saved(f.service.transition(opened.district.slug, year: opened.schoolYear, to: .draft))
        let resent = try f.saved(f.service.transition(reopened.district.slug, year: reopened.schoolYear, to: .inReview))
        try f.record(.requestChanges, on: resent)
        guard case .saved(_, _, let revision, let status, let later?) = f.service.outsideChange(since: opened) else {
            Issue.record("the save and the decision after it are not both seen"); return
        }
        #expect(revision == resent.revision && status == .inReview && later.status == .changesRequested)
        try f.service.delete(opened.district.slug, year: opened.schoolYear)
        #expect(f.service.outsideChange(since: opened) == .deleted)
    }
}
