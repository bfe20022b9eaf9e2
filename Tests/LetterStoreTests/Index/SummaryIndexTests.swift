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
        let indexPath = t.store.yearFolder(boone.schoolYear) + "/.index"
        try Data("{ garbage".utf8).write(to: URL(fileURLWithPath: indexPath))
        let listing = try t.store.summaries(year: boone.schoolYear, summarize: t.store.summarize)
        #expect(listing.summaries.map(\.slug) == [boone.district.slug])
        #expect(listing.problems.isEmpty)
        #expect(try t.store.load(boone.district.slug, year: boone.schoolYear).revision == 1)
    }

    @Test func theIndexGivesBackExactlyTheSummaryOfEachLetter() throws {
        let t = try TemporaryStore()
        var odd = try t.draft("Boone County")
        // Every character the file format escapes, and some it does not need to.
        odd.superintendent.name = "Ann\tLee\nSecond line \\ back\\slash\r done"
        odd.district.name = "Boone County — Kentucky’s \u{1F3EB}"
        odd.signatures.district.date = try CalendarDate(parsing: "2022-08-18")
        odd.signatures.kde.date = try CalendarDate(parsing: "2022-08-19")
        let boone = try t.store.create(odd, by: "pm\twith tab")
        let kenton = try t.store.create(try t.draft("Kenton County"), by: "a")
        let year = boone.schoolYear
        // Rebuilt from the files, so each entry is what the stored letter says.
        try FileManager.default.removeItem(atPath: t.store.yearFolder(year) + "/.index")
        let fresh = try t.store.summaries(year: year, summarize: t.store.summarize)

        let bytes = Array(try t.bytes(t.store.yearFolder(year) + "/.index"))
        let index = SummaryIndex(decoding: bytes)
        #expect(index.entries.count == 2)
        for letter in [boone, kenton] {
            let expected = t.store.summarize(try t.store.load(letter.district.slug, year: year))
            #expect(index.entries[letter.district.slug.rawValue]?.summary == expected)
        }
        #expect(index.encoded() == bytes)
        #expect(try t.store.summaries(year: year, summarize: t.store.summarize).summaries == fresh.summaries)

        // Times keep their fractions (the letters on disk hold whole seconds; the format does not rely on it).
        var exact = index
        exact.entries["kenton-county"]?.summary.updatedAt = Date(timeIntervalSince1970: 1_750_000_000.123456)
        exact.entries["kenton-county"]?.summary.statusSince = nil
        let reread = SummaryIndex(decoding: exact.encoded())
        #expect(reread.entries["kenton-county"]?.summary == exact.entries["kenton-county"]?.summary)
        #expect(reread.entries["kenton-county"]?.file == exact.entries["kenton-county"]?.file)
    }

    @Test func aLineOfTheIndexThatDoesNotReadBackCostsOnlyThatLetter() throws {
        let t = try TemporaryStore()
        let boone = try t.store.create(try t.draft("Boone County"), by: "a")
        try t.store.create(try t.draft("Kenton County"), by: "a")
        let year = boone.schoolYear
        _ = try t.store.summaries(year: year, summarize: t.store.summarize)
        let path = t.store.yearFolder(year) + "/.index"
        let text = String(decoding: try t.bytes(path), as: UTF8.self)
        #expect(text.hasPrefix("kyiln-index 2\n"))
        let mangled = text.split(separator: "\n").map { line in
            line.hasPrefix("boone-county\t") ? line.replacingOccurrences(of: "\tdraft\t", with: "\tno-such-status\t") : String(line)
        }.joined(separator: "\n")
        #expect(mangled != text)
        try Data(mangled.utf8).write(to: URL(fileURLWithPath: path))

        let index = SummaryIndex(decoding: Array(try t.bytes(path)))
        #expect(index.entries.keys.sorted() == ["kenton-county"])
        let listing = try t.store.summaries(year: year, summarize: t.store.summarize)
        #expect(listing.summaries.map(\.districtName) == ["Boone County", "Kenton County"])
        #expect(listing.summaries.map(\.status) == [.draft, .draft])
        #expect(listing.problems.isEmpty)
    }

    @Test func anIndexOfAnotherVersionIsRebuiltAndTheOldJSONIndexRemoved() throws {
        let t = try TemporaryStore()
        let boone = try t.store.create(try t.draft("Boone County"), by: "a")
        let folder = t.store.yearFolder(boone.schoolYear)
        try Data("kyiln-index 1\nboone-county\tgarbage\n".utf8).write(to: URL(fileURLWithPath: folder + "/.index"))
        try Data("{\"version\": 1, \"entries\": {}}".utf8).write(to: URL(fileURLWithPath: folder + "/.index.json"))
        #expect(SummaryIndex(decoding: Array(try t.bytes(folder + "/.index"))).entries.isEmpty)

        let listing = try t.store.summaries(year: boone.schoolYear, summarize: t.store.summarize)
        #expect(listing.summaries.map(\.slug) == [boone.district.slug])
        #expect(String(decoding: try t.bytes(folder + "/.index"), as: UTF8.self).hasPrefix("kyiln-index 2\nboone-county\t"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/.index.json"))
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
