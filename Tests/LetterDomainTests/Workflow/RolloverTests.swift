import Foundation
import Testing
@testable import LetterDomain

@Suite("Rolling a school year over")
struct RolloverTests {
    typealias F = WorkflowFixtures
    let from = try! SchoolYear("2022-2023"), to = try! SchoolYear("2023-2024")

    func letter(_ name: String, _ status: LetterStatus) throws -> Letter {
        var letter = try F.at(status)
        letter.district = District(name: name, slug: try DistrictSlug(deriving: name))
        return letter
    }

    @Test func activeAndExpiredDistrictsGetEmptyDrafts() throws {
        let letters = [try letter("Boone County", .active), try letter("Adair County", .expired), try letter("Clark County", .signed),
                       try letter("Dayton Independent", .terminated), try letter("Erlanger", .draft)]
        let plan = try Rollover.plan(letters: letters, from: from, to: to, existingInTarget: [], editions: .bundled, by: "pm")
        #expect(plan.drafts.map(\.district.slug.rawValue) == ["adair-county", "boone-county"])
        #expect(plan.skipped.map(\.slug.rawValue) == ["clark-county", "dayton-independent", "erlanger"])
        let draft = try #require(plan.drafts.last)
        #expect(draft.schoolYear == to && draft.status == .draft)
        #expect(draft.editionID == EditionCatalog.bundled.defaultEdition(for: to).id)
        #expect(draft.superintendent == letters[0].superintendent && draft.contacts == letters[0].contacts)
        #expect(draft.reflections.isEmpty && draft.actions.isEmpty && draft.acknowledgements.isEmpty && draft.signatures == Signatures())
        #expect(draft.history.map(\.action) == [.rolledOver])
    }

    @Test func aSecondRunMakesNothing() throws {
        let letters = [try letter("Boone County", .active)]
        let first = try Rollover.plan(letters: letters, from: from, to: to, existingInTarget: [], editions: .bundled, by: "pm")
        let second = try Rollover.plan(letters: letters, from: from, to: to, existingInTarget: Set(first.drafts.map(\.district.slug)), editions: .bundled, by: "pm")
        #expect(second.drafts.isEmpty)
        #expect(second.skipped.first?.reason == "a 2023-2024 letter exists already")
    }

    @Test func onlyForward() {
        #expect(throws: RolloverError.notForward(from: to, to: from)) {
            try Rollover.plan(letters: [], from: to, to: from, existingInTarget: [], editions: .bundled, by: "pm")
        }
    }
}
