import Foundation
import LetterDomain
import Testing

@Suite("Merging reviews into a letter's status")
struct ReviewMergeTests {
    func letter(status: LetterStatus, revision: Int) throws -> Letter {
        var letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "pm")
        letter.status = status
        letter.revision = revision
        return letter
    }

    func review(_ decision: Review.Decision, revision: Int, at: Double, slug: String = "boone-county") throws -> Review {
        Review(slug: try DistrictSlug(slug), schoolYear: try SchoolYear("2022-2023"), revision: revision, decision: decision,
               comment: decision == .requestChanges ? "fix it" : "", reviewerName: "Bill", fingerprint: "", at: Date(timeIntervalSince1970: at))
    }

    @Test func newestReviewOfTheCurrentRevisionDecides() throws {
        let current = try letter(status: .inReview, revision: 4)
        let reviews = [try review(.requestChanges, revision: 4, at: 20), try review(.approve, revision: 4, at: 10)]
        #expect(ReviewMerge.status(of: current, reviews: reviews) == .changesRequested)
        #expect(ReviewMerge.merged(current, reviews: reviews).status == .changesRequested)
        #expect(ReviewMerge.merged(current, reviews: reviews).history.last?.action == .reviewed)
    }

    @Test func aReviewOfAnOlderRevisionNeverCounts() throws {
        let current = try letter(status: .inReview, revision: 5)
        let reviews = [try review(.approve, revision: 4, at: 30)]
        #expect(ReviewMerge.status(of: current, reviews: reviews) == .inReview)
        #expect(ReviewMerge.merged(current, reviews: reviews) == current)
    }

    @Test func onlyALetterInReviewIsDecidedByReviews() throws {
        let reviews = [try review(.approve, revision: 3, at: 30)]
        for status in LetterStatus.allCases where status != .inReview {
            #expect(ReviewMerge.status(of: try letter(status: status, revision: 3), reviews: reviews) == status)
        }
    }

    @Test func reviewsOfAnotherDistrictAreIgnored() throws {
        let current = try letter(status: .inReview, revision: 2)
        let reviews = [try review(.approve, revision: 2, at: 1, slug: "adair-county")]
        #expect(ReviewMerge.status(of: current, reviews: reviews) == .inReview)
    }

    @Test func theTimelineShowsEveryReviewOnceWithTheReasonWhenItDidNotCount() throws {
        var current = try letter(status: .inReview, revision: 5)
        current.history = [HistoryEntry(at: Date(timeIntervalSince1970: 5), by: "pm", action: .created),
                           HistoryEntry(at: Date(timeIntervalSince1970: 25), by: "pm", action: .saved)]
        let old = try review(.requestChanges, revision: 4, at: 20)
        let standing = try review(.approve, revision: 5, at: 30)
        let merged = ReviewMerge.merged(current, reviews: [standing, old])
        let timeline = ReviewMerge.timeline(of: merged, reviews: [standing, old])
        #expect(timeline.map(\.at.timeIntervalSince1970) == [5, 20, 25, 30])
        #expect(timeline.filter { $0.action == .reviewed }.count == 2)
        #expect(timeline[1].summary == "review: changes-requested (fix it — not counted: it was of revision 4, and the letter has been saved since)")
        #expect(timeline[3].summary == "reviewed: in-review → approved")
        // Before the decision is merged, the standing review is listed as standing.
        let raw = ReviewMerge.timeline(of: current, reviews: [standing])
        #expect(raw.last?.note?.hasPrefix("stands") == true)
    }

    @Test func aSummaryIsDecidedByTheSameRule() throws {
        let reviews = [try review(.approve, revision: 4, at: 10), try review(.requestChanges, revision: 5, at: 20)]
        #expect(ReviewMerge.decidingReview(status: .inReview, revision: 5, among: reviews)?.decision == .requestChanges)
        #expect(ReviewMerge.decidingReview(status: .inReview, revision: 6, among: reviews) == nil)
        #expect(ReviewMerge.decidingReview(status: .draft, revision: 5, among: reviews) == nil)
        #expect(ReviewMerge.latestDecision(for: .approved, among: reviews)?.revision == 4)
        #expect(ReviewMerge.latestDecision(for: .signed, among: reviews) == nil)
    }
}
