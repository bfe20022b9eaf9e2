import FoundationEssentials

/// The one rule for whether a district's signing decision can count, the counterpart of
/// `ReviewCheck`: the store feeds it the fingerprints granted as the district's signatory.
///
/// A decision does not count when it names another district or year than its folder; when
/// the store has access grants and the key is not granted as this district's signatory (a
/// reviewer's key cannot sign); or when it is dated more than `ReviewCheck.clockSkew` in the
/// future. What it says about the letter (approved, same revision, same text) is checked when
/// it is applied (`Workflow.sign`).
public struct SigningCheck: Sendable {
    /// The fingerprints granted as the district's signatory, or nil when the store grants
    /// nobody at all (a private store trusts its local decisions).
    public var signatories: Set<String>?
    public var now: Date

    public init(signatories: Set<String>?, now: Date = Date()) {
        self.signatories = signatories
        self.now = now
    }

    /// Why `decision`, found in the folder of `slug` and `year`, cannot count; nil when it can.
    public func reason(_ decision: SigningDecision, slug: DistrictSlug, year: SchoolYear) -> String? {
        if decision.slug != slug || decision.schoolYear != year {
            return "not counted: it names \(decision.slug) \(decision.schoolYear) but was found among the signatures of \(slug) \(year)"
        }
        let fingerprint = decision.record.fingerprint
        if let signatories, !signatories.contains(fingerprint) {
            let key = fingerprint.isEmpty ? "no key fingerprint" : "the key \(fingerprint)"
            return "not counted: it was recorded with \(key), which is not granted as the signatory of \(slug)"
        }
        if decision.record.at > now.addingTimeInterval(ReviewCheck.clockSkew) {
            return "not counted: it is dated in the future"
        }
        return nil
    }

    /// The decisions with `notCountedBecause` set on each one that cannot count.
    public func checked(_ decisions: [SigningDecision], slug: DistrictSlug, year: SchoolYear) -> [SigningDecision] {
        decisions.map { decision in
            var decision = decision
            decision.notCountedBecause = reason(decision, slug: slug, year: year)
            return decision
        }
    }
}

/// Applies a district's signing decisions (stored apart from the letter) to the letter, as
/// `ReviewMerge` does for reviews: the newest decision that counts and was made on the letter
/// as it is now (approved, same revision, same text) signs it or sends it back. Saving the
/// result keeps it in the letter; a letter already signed is left as it is.
public enum SignatureMerge {
    /// The letter with the deciding signing decision applied, or unchanged.
    public static func merged(_ letter: Letter, decisions: [SigningDecision], edition: Edition, today: CalendarDate) -> Letter {
        guard letter.status == .approved else { return letter }
        let mine = decisions.filter { $0.counts && $0.slug == letter.district.slug && $0.schoolYear == letter.schoolYear }
        guard let newest = mine.max(by: { $0.record.at < $1.record.at }) else { return letter }
        return (try? Workflow.sign(letter, with: newest, edition: edition, today: today)) ?? letter
    }
}

extension SigningDecision {
    /// Whether the decision can count (`SigningCheck` found nothing against it).
    public var counts: Bool { notCountedBecause == nil }
}
