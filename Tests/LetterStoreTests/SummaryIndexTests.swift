import Foundation
import Testing
import LetterDomain
@testable import LetterStore

@Suite("The summary index")
struct SummaryIndexTests {
    @Test func summariesFollowEverySaveAndEditsMadeBehindTheStoresBack() throws {
        let t = try TemporaryStore()
        var boone = try t.store.create(try t.draft("Boone County"), by: "a")
        try t.store.create(try t.draft("Kenton County"), by: "a")
        let year = boone.schoolYear
        var listing = try t.store.summaries(year: year, summarize: t.store.summarize)
        #expect(listing.summaries.map(\.districtName) == ["Boone County", "Kenton County"])
        #expect(listing.summaries[0].openFindings > 0)

        boone.superintendent.name = "Jane Doe"
        boone = try t.store.save(boone, by: "a")
        listing = try t.store.summaries(year: year, summarize: t.store.summarize)
        #expect(listing.summaries[0].superintendent == "Jane Doe")
        #expect(listing.summaries[0].revision == 2)

        // A letter replaced by hand (another tool, a restore from backup) is noticed.
        var edited = boone
        edited.superintendent.name = "Edited By Hand"
        try Data(LetterCodec.encode(edited)).write(to: URL(fileURLWithPath: t.store.letterPath(boone.district.slug, year)))
        listing = try t.store.summaries(year: year, summarize: t.store.summarize)
        #expect(listing.summaries[0].superintendent == "Edited By Hand")

        // A deleted letter disappears from the listing.
        try FileManager.default.removeItem(atPath: t.store.letterPath(try DistrictSlug("kenton-county"), year))
        listing = try t.store.summaries(year: year, summarize: t.store.summarize)
        #expect(listing.summaries.map(\.districtName) == ["Boone County"])
    }

    @Test func aBrokenIndexIsRebuiltAndLosesNothing() throws {
        let t = try TemporaryStore()
        let boone = try t.store.create(try t.draft("Boone County"), by: "a")
        let indexPath = t.store.yearFolder(boone.schoolYear) + "/.index.json"
        try Data("{ garbage".utf8).write(to: URL(fileURLWithPath: indexPath))
        let listing = try t.store.summaries(year: boone.schoolYear, summarize: t.store.summarize)
        #expect(listing.summaries.map(\.slug) == [boone.district.slug])
        #expect(listing.problems.isEmpty)
        #expect(try t.store.load(boone.district.slug, year: boone.schoolYear).revision == 1)
    }

    @Test func aBrokenLetterIsReportedNotDropped() throws {
        let t = try TemporaryStore()
        let boone = try t.store.create(try t.draft("Boone County"), by: "a")
        _ = try t.store.summaries(year: boone.schoolYear, summarize: t.store.summarize)
        try Data("{".utf8).write(to: URL(fileURLWithPath: t.store.letterPath(boone.district.slug, boone.schoolYear)))
        let listing = try t.store.summaries(year: boone.schoolYear, summarize: t.store.summarize)
        #expect(listing.summaries.isEmpty)
        #expect(listing.problems.count == 1)
    }
}

@Suite("Recovery files")
struct RecoveryTests {
    @Test func unsavedEditsSurviveAndAreRemovedAfterSaving() throws {
        let t = try TemporaryStore()
        var letter = try t.store.create(try t.draft(), by: "a")
        letter.reflections["previous-year"] = "Typed but not saved"
        try t.store.writeRecovery(Recovery(letter: letter, savedAt: Date(), step: "reflections", focus: 0))
        let found = t.store.recoveries()
        #expect(found.count == 1)
        #expect(found.first?.letter.reflections["previous-year"] == "Typed but not saved")
        #expect(found.first?.letter.revision == 1)
        #expect(try t.store.list().letters.count == 1, "the recovery file is not listed as a letter")
        t.store.removeRecovery(letter.district.slug, letter.schoolYear)
        #expect(t.store.recoveries().isEmpty)
        #expect(try t.mode(t.store.yearFolder(letter.schoolYear)) == 0o700)
    }
}
