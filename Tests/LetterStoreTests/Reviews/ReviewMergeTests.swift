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
}
