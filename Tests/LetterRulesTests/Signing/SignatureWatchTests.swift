import Foundation
import LetterDomain
import LetterRules
import LetterStore
import Testing

/// An open letter is watched (`stamp`, `outsideChange`): a signature written over SSH into
/// `signatures/` must be noticed like a review, even when that folder already existed (then
/// the review folder itself does not change).
@Suite("A signature written over SSH is noticed by the open letter")
struct SignatureWatchTests {
    @Test func theStampMovesAndTheChangeSaysSigned() throws {
        let f = try RulesFixture()
        let approved = try f.decided(.approve)
        let slug = approved.district.slug, year = approved.schoolYear
        try FileManager.default.createDirectory(atPath: f.store.signingFolder(slug, year), withIntermediateDirectories: true)
        let before = f.service.stamp(of: approved)
        #expect(f.service.outsideChange(since: approved) == nil)

        let edition = try f.service.edition(of: approved)
        let now = f.service.now()  // the fixture's clock: a decision dated after it would not count
        let record = SignatureRecord(
            name: "Jane Roe", title: "Superintendent", confirmation: SigningWords.intent(for: approved), at: now,
            date: CalendarDate.today(now: now), localTime: LocalTime.format(now), fingerprint: "", localUser: "",
            revision: approved.revision, textSHA256: CanonicalText.sha256(CanonicalText.of(approved, edition: edition)),
            fieldSHA256: CanonicalText.fieldDigests(of: approved))
        try f.store.record(SigningDecision(slug: slug, schoolYear: year, kind: .sign, record: record), edition: edition, now: now)

        #expect(f.service.stamp(of: approved) != before, "the signatures folder is part of the stamp")
        guard case .saved(_, _, _, let status, _) = f.service.outsideChange(since: approved) else {
            Issue.record("the signature is not seen as a change: \(String(describing: f.service.outsideChange(since: approved)))")
            return
        }
        #expect(status == .signed)
    }
}
