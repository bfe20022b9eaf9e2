import Foundation
import LetterDomain
@testable import LetterStore
import Testing

/// A review counts only when it can be true (`ReviewCheck`): its key is granted for the
/// district, and it is not dated in the future. The others are listed with the reason.
@Suite("Reviews that cannot be true do not count")
struct ReviewTruthTests {
    let kyiln = "/usr/local/bin/kyiln"

    func key(_ seed: UInt8) throws -> PublicKey {
        var blob: [UInt8] = [0, 0, 0, 11] + Array("ssh-ed25519".utf8) + [0, 0, 0, 32]
        blob += (0..<32).map { UInt8($0) &+ seed }
        return try PublicKey(parsing: "ssh-ed25519 " + Base64.encode(blob) + " k", path: "k.pub")
    }

    func inReview(_ temp: TemporaryStore, _ name: String) throws -> Letter {
        var moving = try temp.store.create(try temp.draft(name), by: "pm")
        moving.status = .inReview
        return try temp.store.save(moving, by: "pm")
    }

    func review(_ letter: Letter, _ decision: Review.Decision, fingerprint: String, at: Date, comment: String = "") -> Review {
        Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision, decision: decision,
               comment: comment, reviewerName: "Someone", fingerprint: fingerprint, at: at)
    }

    /// Writes a review file as the review account could, bypassing `record`.
    func plant(_ review: Review, in temp: TemporaryStore, name: String) throws {
        let folder = temp.store.reviewFolder(review.slug, review.schoolYear)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(ReviewCodec.encode(review)).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    @Test func anotherDistrictsKeyDoesNotApprove() throws {
        let temp = try TemporaryStore()
        let nelson = try inReview(temp, "Nelson County")
        let booneKey = try key(1), nelsonKey = try key(2)
        try temp.store.grant(district: try DistrictSlug("boone-county"), key: booneKey, name: "Bill", kyiln: kyiln)
        try temp.store.grant(district: nelson.district.slug, key: nelsonKey, name: "Nora", kyiln: kyiln)
        try plant(review(nelson, .approve, fingerprint: booneKey.fingerprint, at: Date()), in: temp, name: "a.json")
        let (merged, listing) = try temp.store.reviewedLetter(nelson.district.slug, year: nelson.schoolYear)
        #expect(merged.status == .inReview)
        let timeline = ReviewMerge.timeline(of: merged, reviews: listing.reviews)
        #expect(timeline.contains { $0.note?.contains("not granted access to nelson-county") == true }, "\(timeline)")
        // Nelson's own key counts.
        try plant(review(nelson, .approve, fingerprint: nelsonKey.fingerprint, at: Date()), in: temp, name: "b.json")
        #expect(try temp.store.reviewedLetter(nelson.district.slug, year: nelson.schoolYear).letter.status == .approved)
    }

    @Test func aReviewDatedInTheFutureDoesNotHideALaterDecision() throws {
        let temp = try TemporaryStore()
        let letter = try inReview(temp, "Boone County")
        let boone = try key(1)
        try temp.store.grant(district: letter.district.slug, key: boone, name: "Bill", kyiln: kyiln)
        try plant(review(letter, .approve, fingerprint: boone.fingerprint, at: Date(timeIntervalSince1970: 4_070_908_800)), in: temp, name: "z.json")
        try temp.store.record(review(letter, .requestChanges, fingerprint: boone.fingerprint, at: Date(), comment: "Add our contact."))
        let (merged, listing) = try temp.store.reviewedLetter(letter.district.slug, year: letter.schoolYear)
        #expect(merged.status == .changesRequested)
        let timeline = ReviewMerge.timeline(of: merged, reviews: listing.reviews)
        #expect(timeline.contains { $0.note?.contains("dated in the future") == true }, "\(timeline)")
        // A clock a minute fast still counts.
        #expect(ReviewCheck(granted: nil).reason(review(letter, .approve, fingerprint: "", at: Date().addingTimeInterval(60)),
                                                 slug: letter.district.slug, year: letter.schoolYear) == nil)
    }

    @Test func aReviewDatedBeforeItsRevisionWasSavedDoesNotCount() throws {
        let temp = try TemporaryStore()
        let letter = try inReview(temp, "Boone County")
        try plant(review(letter, .approve, fingerprint: "", at: letter.updatedAt.addingTimeInterval(-3600)), in: temp, name: "a.json")
        let (merged, listing) = try temp.store.reviewedLetter(letter.district.slug, year: letter.schoolYear)
        #expect(merged.status == .inReview)
        #expect(listing.reviews.first?.notCountedBecause?.contains("before revision \(letter.revision)") == true)
    }

    @Test func aPrivateStoreWithoutGrantsTrustsItsLocalReviews() throws {
        let temp = try TemporaryStore()
        let letter = try inReview(temp, "Boone County")
        try temp.store.record(review(letter, .approve, fingerprint: "", at: Date()))
        #expect(try temp.store.reviewedLetter(letter.district.slug, year: letter.schoolYear).letter.status == .approved)
        // Once a key is granted (to anyone), a review without a granted key no longer counts.
        try temp.store.grant(district: try DistrictSlug("adair-county"), key: try key(3), name: "Ann", kyiln: kyiln)
        #expect(try temp.store.reviewedLetter(letter.district.slug, year: letter.schoolYear).letter.status == .inReview)
    }

    /// Grants kept in another file (`--authorized-keys`: one account per district, or a
    /// root-owned file for StrictModes) are the keys sshd lets in: the review check reads them too.
    @Test func grantsInAnotherAuthorizedKeysFileCount() throws {
        let temp = try TemporaryStore()
        let nelson = try inReview(temp, "Nelson County")
        let booneKey = try key(1), nelsonKey = try key(2)
        let other = temp.root + "/elsewhere"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try temp.store.grant(district: nelson.district.slug, key: nelsonKey, name: "Nora", kyiln: kyiln, authorizedKeys: other + "/nelson")
        try temp.store.grant(district: try DistrictSlug("boone-county"), key: booneKey, name: "Bill", kyiln: kyiln, authorizedKeys: other + "/boone")
        #expect(temp.store.authorizedKeysPaths() == [temp.store.defaultAuthorizedKeysPath, other + "/nelson", other + "/boone"])
        // Boone's key, granted in Boone's own file, does not approve Nelson's letter ...
        try plant(review(nelson, .approve, fingerprint: booneKey.fingerprint, at: Date()), in: temp, name: "a.json")
        let (merged, listing) = try temp.store.reviewedLetter(nelson.district.slug, year: nelson.schoolYear)
        #expect(merged.status == .inReview)
        #expect(listing.reviews.first?.notCountedBecause?.contains("not granted access to nelson-county") == true)
        // ... Nelson's key, granted only in Nelson's file, does.
        try plant(review(nelson, .approve, fingerprint: nelsonKey.fingerprint, at: Date()), in: temp, name: "b.json")
        #expect(try temp.store.reviewedLetter(nelson.district.slug, year: nelson.schoolYear).letter.status == .approved)
        // Revoked there, it no longer counts.
        try temp.store.revoke(fingerprint: nelsonKey.fingerprint, authorizedKeys: other + "/nelson")
        #expect(try temp.store.reviewedLetter(nelson.district.slug, year: nelson.schoolYear).letter.status == .inReview)
    }
}
