import LetterDomain
import LetterStore
import FoundationEssentials

/// Signing without paper, on the program manager's side: a district signatory's decision
/// (written over SSH into the review folder) is applied when the letter is read, like a
/// review; KDE's designee countersigns here; `verify` checks the record against the text.
extension LetterService {
    /// `letter` (its reviews merged) with its district's signing decisions applied
    /// (`SignatureMerge`) and, when one applied, stored: the letter becomes signed (or goes back
    /// with the signatory's request for changes) with its history entry, so every listing shows
    /// it. When the store cannot take it now (someone saved meanwhile), the merged letter is
    /// still returned, and the next read stores it.
    func withSignatures(_ letter: Letter) -> Letter {
        guard letter.status == .approved, let edition = try? edition(of: letter) else { return letter }
        let found = store.signingDecisions(of: letter.district.slug, year: letter.schoolYear, now: now())
        let merged = SignatureMerge.merged(letter, decisions: found.decisions, edition: edition, today: today())
        guard merged.status != letter.status else { return merged }
        // Saved by this kyiln's user: the history entry names the signatory and the key.
        return (try? store.save(merged, by: user, now: now())) ?? merged
    }

    /// Countersigns a signed letter for KDE: `name` as typed, `confirmation` in the words of
    /// `SigningWords.intent`, recorded with the local user (`Workflow.countersign`), saved.
    public func countersign(_ slug: DistrictSlug, year: SchoolYear, name: String, confirmation: String) throws(RulesError) -> SaveOutcome {
        let current = try current(slug, year)
        let edition = try edition(of: current)
        let next: Letter
        do {
            next = try Workflow.countersign(current, name: name, confirmation: confirmation, by: user, edition: edition,
                                            today: today(), now: now())
        } catch { throw .signing(error) }
        var unstored: [UnstoredValue] = []
        return try store(next, unstored: &unstored, reopened: nil)
    }

    /// What `kyiln verify` reports for a letter (`SignatureVerification`).
    public func verify(_ slug: DistrictSlug, year: SchoolYear) throws(RulesError) -> SignatureVerification {
        let opened = try open(slug, year: year)
        var verification = SignatureVerification(letter: opened.letter, edition: opened.edition)
        if let record = opened.letter.signatures.district.record, let own = record.openSSH {
            checkOpenSSH(own, record: record, letter: opened.letter, edition: opened.edition, into: &verification)
        }
        return verification
    }

    /// Checks the district's own OpenSSH signature again with `ssh-keygen -Y verify`, against the
    /// text as it is now and the key inside the signature (so it stays checkable after the
    /// key's grant ends), and that the key is the one the signatory connected with.
    private func checkOpenSSH(_ own: OpenSSHSignature, record: SignatureRecord, letter: Letter, edition: Edition,
                              into verification: inout SignatureVerification) {
        let party = "the district's own OpenSSH signature (\(own.keyDescription))"
        if !record.fingerprint.isEmpty, own.fingerprint != record.fingerprint {
            verification.problems.append("\(party) was made with another key than the one \(record.name) connected with (\(record.fingerprint))")
        }
        let slug = letter.district.slug
        do throws(OpenSSHSignatureError) {
            try OpenSSHCheck.verify(own, of: CanonicalText.of(letter, edition: edition), principal: slug,
                                    allowedSigners: OpenSSHCheck.allowedSigners(for: own, principal: slug))
            verification.confirmed.append("\(party) is of this text: ssh-keygen -Y verify accepts it")
        } catch {
            verification.problems.append("\(party) does not hold: \(error.description)")
        }
    }
}
