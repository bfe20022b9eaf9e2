import Foundation
import LetterDomain
@testable import LetterStore
import Testing

@Suite("Reviews on disk")
struct ReviewStoreTests {
    /// A letter created and sent for review (revision 2).
    func inReview(_ temp: TemporaryStore, _ name: String = "Boone County") throws -> Letter {
        let created = try temp.store.create(try temp.draft(name), by: "pm")
        var moving = created
        moving.status = .inReview
        return try temp.store.save(moving, by: "pm")
    }

    func review(_ letter: Letter, _ decision: Review.Decision, comment: String = "", revision: Int? = nil, at offset: Double = 0) -> Review {
        Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: revision ?? letter.revision, decision: decision,
               comment: comment, reviewerName: "Bill Hogan", fingerprint: "SHA256:" + String(repeating: "A", count: 43),
               at: Date().addingTimeInterval(offset))
    }

    @Test func recordsOneFilePerReviewAndNeverTouchesTheLetter() throws {
        let temp = try TemporaryStore()
        let letter = try inReview(temp)
        let before = try temp.bytes(temp.store.letterPath(letter.district.slug, letter.schoolYear))
        let path = try temp.store.record(review(letter, .approve))
        #expect(path.hasPrefix(temp.store.reviewFolder(letter.district.slug, letter.schoolYear) + "/"))
        #expect(path.hasSuffix(".json"))
        #expect(try temp.mode(path) == 0o600)
        #expect(try temp.mode(temp.store.reviewsFolder) == 0o700)
        #expect(FileManager.default.fileExists(atPath: temp.store.reviewsFolder + "/reviews.lock"))
        try temp.store.record(review(letter, .requestChanges, comment: "Fix the email", at: 1))
        let listing = temp.store.reviews(of: letter.district.slug, year: letter.schoolYear)
        #expect(listing.problems.isEmpty)
        #expect(listing.reviews.map(\.decision) == [.approve, .requestChanges])
        #expect(listing.reviews[1].comment == "Fix the email")
        #expect(try temp.bytes(temp.store.letterPath(letter.district.slug, letter.schoolYear)) == before)
        let (merged, _) = try temp.store.reviewedLetter(letter.district.slug, year: letter.schoolYear)
        #expect(merged.status == .changesRequested)
        #expect(merged.history.last?.note == "Fix the email")
    }

    @Test func refusedWhenTheLetterChangedSinceItWasRead() throws {
        let temp = try TemporaryStore()
        let letter = try inReview(temp)
        var changed = letter
        changed.superintendent.name = "Someone Else"
        let saved = try temp.store.save(changed, by: "ann", now: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(throws: ReviewError.self) { try temp.store.record(review(letter, .approve)) }
        do {
            try temp.store.record(review(letter, .approve))
        } catch .letterChanged(let read, let current) {
            #expect(read == letter.revision)
            #expect(current.revision == saved.revision)
            let message = ReviewError.letterChanged(readRevision: read, current: current).description
            #expect(message.contains("changed by ann at 2023-11-14T22:13:20Z after you opened it"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(temp.store.reviews(of: letter.district.slug, year: letter.schoolYear).reviews.isEmpty)
    }

    @Test func refusedUnlessInReviewAndComplete() throws {
        let temp = try TemporaryStore()
        let draft = try temp.store.create(try temp.draft(), by: "pm")
        #expect(throws: ReviewError.self) { try temp.store.record(review(draft, .approve)) }
        let letter = try inReview(temp, "Adair County")
        var noName = review(letter, .approve)
        noName.reviewerName = "  "
        #expect(throws: ReviewError.self) { try temp.store.record(noName) }
        #expect(throws: ReviewError.self) { try temp.store.record(review(letter, .requestChanges, comment: " ")) }
        var hostile = review(letter, .approve)
        hostile.reviewerName = "Bill\u{202E}nagoH"
        #expect(throws: ReviewError.self) { try temp.store.record(hostile) }
        var badKey = review(letter, .approve)
        badKey.fingerprint = "SHA256:x y"
        #expect(throws: ReviewError.self) { try temp.store.record(badKey) }
    }

    @Test func brokenAndMisplacedReviewFilesAreReportedNotTrusted() throws {
        let temp = try TemporaryStore()
        let letter = try inReview(temp)
        let other = try inReview(temp, "Adair County")
        try temp.store.record(review(letter, .approve))
        let folder = temp.store.reviewFolder(letter.district.slug, letter.schoolYear)
        try "not json".write(toFile: folder + "/broken.json", atomically: true, encoding: .utf8)
        // A review of another district copied into this one's folder does not count here.
        let foreign = try temp.store.record(review(other, .requestChanges, comment: "x"))
        try FileManager.default.copyItem(atPath: foreign, toPath: folder + "/zz-copied.json")
        let listing = temp.store.reviews(of: letter.district.slug, year: letter.schoolYear)
        #expect(listing.reviews.count == 1)
        #expect(listing.problems.count == 2)
        #expect(ReviewMerge.status(of: letter, reviews: listing.reviews) == .approved)
    }

    @Test func fileNamesSortByTime() {
        let a = LetterStore.reviewFileName(at: Date(timeIntervalSince1970: 1_700_000_000.25))
        let b = LetterStore.reviewFileName(at: Date(timeIntervalSince1970: 1_700_000_000.5))
        #expect(a.hasPrefix("20231114T221320.250000000Z-"))
        #expect(a < b)
    }

    @Test func listingsShowTheDistrictsDecisionAndWhoMadeIt() throws {
        let temp = try TemporaryStore()
        let boone = try inReview(temp)
        let adair = try inReview(temp, "Adair County")
        _ = try inReview(temp, "Clark County")
        try temp.store.record(review(boone, .requestChanges, comment: "Add our second contact."))
        try temp.store.record(review(adair, .approve))
        // Twice: the second listing comes from the index, and reviews must still be merged.
        for _ in 0..<2 {
            let listing = try temp.store.summaries(year: boone.schoolYear, summarize: temp.store.summarize)
            #expect(listing.problems.isEmpty)
            let byName = Dictionary(uniqueKeysWithValues: listing.summaries.map { ($0.districtName, $0) })
            #expect(byName["Boone County"]?.status == .changesRequested)
            #expect(byName["Boone County"]?.review?.comment == "Add our second contact.")
            #expect(byName["Adair County"]?.status == .approved)
            #expect(byName["Adair County"]?.review?.reviewerName == "Bill Hogan")
            #expect(byName["Clark County"]?.status == .inReview)
            #expect(byName["Clark County"]?.review == nil)
        }
        // Once the program manager saves the letter, the decision is in the letter and the
        // listing still names the reviewer.
        let (merged, _) = try temp.store.reviewedLetter(boone.district.slug, year: boone.schoolYear)
        _ = try temp.store.save(merged, by: "pm")
        let after = try temp.store.summaries(year: boone.schoolYear, summarize: temp.store.summarize)
        let saved = try #require(after.summaries.first { $0.districtName == "Boone County" })
        #expect(saved.status == .changesRequested)
        #expect(saved.review?.comment == "Add our second contact.")
    }

    @Test func aReviewOfAnOlderRevisionDoesNotChangeTheListing() throws {
        let temp = try TemporaryStore()
        let boone = try inReview(temp)
        try temp.store.record(review(boone, .approve))
        var edited = boone
        edited.superintendent.name = "New Name"
        _ = try temp.store.save(edited, by: "pm")
        let listing = try temp.store.summaries(year: boone.schoolYear, summarize: temp.store.summarize)
        #expect(listing.summaries.first?.status == .inReview)
        #expect(listing.summaries.first?.review == nil)
    }
}
