/// Merges a letter with the district's reviews, which are stored apart from it.
///
/// The rule: while the letter is `in-review`, the newest review decides its shown status
/// (`approved` or `changes-requested`), but only if that review is of the revision the
/// letter is at now. A review of an older revision never counts: nobody approves a text
/// they did not see. In any other status the letter's own status stands. A review that
/// cannot be true (`ReviewCheck`: a key not granted for the district, a date in the future)
/// never counts; it is listed in the timeline with the reason.
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
        decidingReview(status: letter.status, revision: letter.revision, among: reviews(all, of: letter))
    }

    /// The same rule for a letter known only by its status and revision (a listing's summary);
    /// `reviews` must be that letter's own, oldest first.
    public static func decidingReview(status: LetterStatus, revision: Int, among reviews: [Review]) -> Review? {
        guard status == .inReview, let newest = reviews.last(where: \.counts), newest.revision == revision else { return nil }
        return newest
    }

    /// The review behind a status a district gave (`approved`, `changes-requested`), for
    /// showing its name and comment: the newest review with that decision, or nil.
    public static func latestDecision(for status: LetterStatus, among reviews: [Review]) -> Review? {
        guard status == .approved || status == .changesRequested else { return nil }
        return reviews.last { $0.counts && $0.decision.status == status }
    }

    /// The letter's history with its reviews in time order, oldest first. A review the
    /// history already records (the `reviewed` entry at the same time) appears once; every
    /// other review appears with the reason it did not count, so the program manager sees
    /// every decision a district sent, not only the one that stands.
    public static func timeline(of letter: Letter, reviews all: [Review]) -> [HistoryEntry] {
        let recorded = Set(letter.history.filter { $0.action == .reviewed }.map(\.at))
        let deciding = decidingReview(of: letter, among: all)
        let extra = reviews(all, of: letter).filter { !recorded.contains($0.at) }.map { review in
            let reason: String
            if let why = review.notCountedBecause {
                reason = why
            } else if review == deciding {
                reason = "stands: the letter is shown as \(review.decision.status.label) until it is saved"
            } else if review.revision != letter.revision {
                reason = "not counted: it was of revision \(review.revision), and the letter has been saved since"
            } else {
                reason = "not counted: a later decision replaced it"
            }
            let who = review.fingerprint.isEmpty ? review.reviewerName : "\(review.reviewerName) (\(review.fingerprint))"
            let comment = review.comment.trimmed
            return HistoryEntry(at: review.at, by: who, action: .reviewed, toStatus: review.decision.status,
                                note: comment.isEmpty ? reason : "\(comment) — \(reason)")
        }
        // A stable sort by time: entries of the same instant keep history-then-review order.
        let all: [HistoryEntry] = letter.history + extra
        let order: [Int] = all.indices.sorted { a, b in all[a].at != all[b].at ? all[a].at < all[b].at : a < b }
        return order.map { all[$0] }
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
