/// Merges a letter with the district's reviews, which are stored apart from it.
///
/// The rule: while the letter is `in-review`, the newest review decides its shown status
/// (`approved` or `changes-requested`), but only if that review is of the revision the
/// letter is at now. A review of an older revision never counts: nobody approves a text
/// they did not see. In any other status the letter's own status stands.
public enum ReviewMerge {
    /// The reviews of `letter` (same district and year), oldest first; ties keep their order.
    public static func reviews(_ reviews: [Review], of letter: Letter) -> [Review] {
        reviews.enumerated()
            .filter { $0.element.slug == letter.district.slug && $0.element.schoolYear == letter.schoolYear }
            .sorted { $0.element.at != $1.element.at ? $0.element.at < $1.element.at : $0.offset < $1.offset }
            .map(\.element)
    }

    /// The review that decides the letter's status now, or nil when none does.
    public static func decidingReview(of letter: Letter, among all: [Review]) -> Review? {
        guard letter.status == .inReview, let newest = reviews(all, of: letter).last,
              newest.revision == letter.revision else { return nil }
        return newest
    }

    /// The status to show for `letter` given its reviews.
    public static func status(of letter: Letter, reviews: [Review]) -> LetterStatus {
        decidingReview(of: letter, among: reviews)?.decision.status ?? letter.status
    }

    /// The letter with the deciding review applied (status and a `reviewed` history entry),
    /// or unchanged when no review decides it. Saving the result keeps the decision in the letter.
    public static func merged(_ letter: Letter, reviews: [Review]) -> Letter {
        guard let review = decidingReview(of: letter, among: reviews) else { return letter }
        return (try? Workflow.apply(review: review, to: letter)) ?? letter
    }
}
