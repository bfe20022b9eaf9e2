import Foundation
@testable import LetterDomain
import Testing

/// The canonical text is byte-exact and documented: these tests pin the rules of
/// docs/reference.md so a change to them is a deliberate new format, not an accident.
@Suite("Canonical text and signing rules")
struct CanonicalTextTests {
    let edition = WorkflowFixtures.edition

    func approved() throws -> Letter {
        var letter = try WorkflowFixtures.at(.approved)
        letter.signatures.district = DistrictSignature()
        return letter
    }

    func decision(_ letter: Letter, hash: String? = nil, words: String? = nil, at: Date = Date(timeIntervalSince1970: 1_662_000_000)) -> SigningDecision {
        let text = CanonicalText.of(letter, edition: edition)
        let record = SignatureRecord(
            name: "Jane Roe", title: "Superintendent", confirmation: words ?? SigningWords.intent(for: letter), at: at,
            date: WorkflowFixtures.today, localTime: "Sep 1, 2022 at 2:40 AM", fingerprint: "", localUser: "", revision: letter.revision,
            textSHA256: hash ?? CanonicalText.sha256(text), fieldSHA256: CanonicalText.fieldDigests(of: letter))
        return SigningDecision(slug: letter.district.slug, schoolYear: letter.schoolYear, kind: .sign, record: record)
    }

    @Test func theTextFollowsTheDocumentedLayout() throws {
        let letter = try approved()
        let text = CanonicalText.of(letter, edition: edition)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(5)) == ["Letter of Commitment, canonical text kyiln-canonical-1", "District: Boone County (boone-county)",
                                           "School year: 2022-2023", "Edition: 2022-2023", ""])
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "ends in exactly one LF")
        #expect(!text.contains("\r") && !lines.contains { $0.hasSuffix(" ") })
        #expect(lines.contains("· Grading") && lines.contains("· Showcase"))
        #expect(lines.contains("Commitments acknowledged by the district:"))
        #expect(lines.last { $0.hasPrefix("[x] ") } != nil && !lines.contains { $0.hasPrefix("[ ] ") })
        #expect(!text.contains("Jane Roe") && !text.contains("DRAFT") && !text.contains("APPROVED"), "no signature lines, no markings")
        // Not normalised: the bytes are the stored ones (é as e + U+0301 stays so).
        var decomposed = letter
        decomposed.superintendent.name = "Jose\u{301} Mun\u{303}oz"
        let other = CanonicalText.of(decomposed, edition: edition)
        #expect(other.utf8.count == text.utf8.count + 2)
        #expect(CanonicalText.sha256(other) != CanonicalText.sha256(text))
        #expect(CanonicalText.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func signingDoesNotChangeTheText() throws {
        let letter = try approved()
        let signed = try Workflow.sign(letter, with: decision(letter), edition: edition, today: WorkflowFixtures.today)
        #expect(signed.status == .signed)
        #expect(CanonicalText.of(signed, edition: edition) == CanonicalText.of(letter, edition: edition))
        let active = try Workflow.countersign(signed, name: "Sarah Snipes", confirmation: SigningWords.intent(for: letter), by: "pm",
                                              edition: edition, today: WorkflowFixtures.today)
        #expect(active.status == .active)
        #expect(SignatureVerification(letter: active, edition: edition).holds)
    }

    @Test func refusedForAnotherTextOtherWordsOrAnUnapprovedLetter() throws {
        let letter = try approved()
        #expect(throws: SigningError.self) { try Workflow.sign(letter, with: decision(letter, hash: String(repeating: "0", count: 64)), edition: edition, today: WorkflowFixtures.today) }
        #expect(throws: SigningError.wordsDiffer(expected: SigningWords.intent(for: letter))) {
            try Workflow.sign(letter, with: decision(letter, words: "ok"), edition: edition, today: WorkflowFixtures.today)
        }
        let inReview = try WorkflowFixtures.at(.inReview)
        #expect(throws: SigningError.wrongStatus(.inReview, needed: .approved)) {
            try Workflow.sign(inReview, with: decision(inReview), edition: edition, today: WorkflowFixtures.today)
        }
        #expect(SigningWords.matches("  i sign this letter of commitment between boone county and KDE for 2022-2023. ", letter: letter))
    }

    @Test func verifyNamesTheFieldChangedBehindKyilnsBack() throws {
        let letter = try approved()
        var signed = try Workflow.sign(letter, with: decision(letter), edition: edition, today: WorkflowFixtures.today)
        signed.reflections["showcase"] = "Something else."
        let result = SignatureVerification(letter: signed, edition: edition)
        #expect(!result.holds)
        #expect(result.problems.count == 1 && result.problems[0].hasSuffix("Changed since: reflections.showcase"), "\(result.problems)")
        var renamed = try Workflow.sign(letter, with: decision(letter), edition: edition, today: WorkflowFixtures.today)
        renamed.signatures.district.title = "Clerk"
        #expect(SignatureVerification(letter: renamed, edition: edition).problems == ["signatures.district.title is \"Clerk\", but Jane Roe signed as Superintendent"])
    }

    @Test func aDecisionWithAKeyNotGrantedAsSignatoryDoesNotCount() throws {
        let letter = try approved()
        var d = decision(letter)
        d.record.fingerprint = "SHA256:" + String(repeating: "R", count: 43)
        let check = SigningCheck(signatories: ["SHA256:" + String(repeating: "S", count: 43)], now: Date(timeIntervalSince1970: 1_662_000_100))
        let checked = check.checked([d], slug: letter.district.slug, year: letter.schoolYear)
        #expect(checked[0].notCountedBecause?.contains("not granted as the signatory") == true)
        #expect(SignatureMerge.merged(letter, decisions: checked, edition: edition, today: WorkflowFixtures.today).status == .approved)
        let future = SigningCheck(signatories: nil, now: Date(timeIntervalSince1970: 1_661_000_000))
        #expect(future.reason(decision(letter), slug: letter.district.slug, year: letter.schoolYear) == "not counted: it is dated in the future")
    }
}
