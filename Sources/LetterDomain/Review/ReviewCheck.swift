import FoundationEssentials

/// The one rule for whether a district's review can count: a review counts only when it can
/// be true. The store feeds it the key fingerprints granted for the district; everything
/// else is in the review and its folder.
///
/// A review does not count when
/// - it names another district or school year than the folder it was found in;
/// - the store has access grants and the review's key fingerprint is not one granted for
///   this district (a store with no grants at all, a private store, trusts its local reviews);
/// - it is dated more than `clockSkew` in the future, or more than `clockSkew` before the
///   revision it reviews was saved.
///
/// A review that does not count is still listed in the history, with the reason
/// (`ReviewMerge.timeline`), but never decides the letter's status.
public struct ReviewCheck: Sendable {
    /// How far in the future a review may be dated and still count: clocks of two machines
    /// may differ a little.
    public static let clockSkew: TimeInterval = 5 * 60

    /// The fingerprints granted for the district, or nil when the store grants nobody (a
    /// private store: every local review is trusted).
    public var granted: Set<String>?
    /// The time now.
    public var now: Date
    /// The letter's revision now and when it was saved, if known: a review of that revision
    /// dated (more than `clockSkew`) before it was saved cannot be true.
    public var saved: (revision: Int, at: Date)?

    public init(granted: Set<String>?, now: Date = Date(), saved: (revision: Int, at: Date)? = nil) {
        self.granted = granted
        self.now = now
        self.saved = saved
    }

    /// Why `review`, found in the folder of `slug` and `year`, cannot count; nil when it can.
    public func reason(_ review: Review, slug: DistrictSlug, year: SchoolYear) -> String? {
        if review.slug != slug || review.schoolYear != year {
            return "not counted: it names \(review.slug) \(review.schoolYear) but was found among the reviews of \(slug) \(year)"
        }
        if let granted, !granted.contains(review.fingerprint) {
            let key = review.fingerprint.isEmpty ? "no key fingerprint" : "the key \(review.fingerprint)"
            return "not counted: it was recorded with \(key), which is not granted access to \(slug)"
        }
        if review.at > now.addingTimeInterval(Self.clockSkew) {
            return "not counted: it is dated in the future"
        }
        if let saved, review.revision == saved.revision, review.at < saved.at.addingTimeInterval(-Self.clockSkew) {
            return "not counted: it is dated before revision \(saved.revision) it reviews was saved"
        }
        return nil
    }

    /// The reviews with `notCountedBecause` set on each one that cannot count.
    public func checked(_ reviews: [Review], slug: DistrictSlug, year: SchoolYear) -> [Review] {
        reviews.map { review in
            var review = review
            review.notCountedBecause = reason(review, slug: slug, year: year)
            return review
        }
    }
}
