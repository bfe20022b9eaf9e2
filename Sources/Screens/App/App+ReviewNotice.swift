import LetterDomain
import LetterStore

extension App {
    /// What the program manager reads on opening a letter a district decided on:
    /// "Bill Hogan (district) requested changes on Nov 20, 2026 at 3:42 PM: <comment> · F3 history".
    static func reviewNotice(_ review: Review) -> String {
        let day = LocalTime.format(review.at)
        let verb = review.decision == .approve ? "approved this letter" : "requested changes"
        let comment = review.comment.collapsingWhitespace
        return "\(review.reviewerName) (district) \(verb) on \(day)" + (comment.isEmpty ? "" : ": \(comment)") + " · F3 history"
    }

    /// What the status bar says when review files of the opened letter could not be used;
    /// F3 names each one and why.
    static func unusableReviewsNotice(_ count: Int) -> String {
        "\(count) review file(s) of this letter could not be used and are not counted · F3 history names them"
    }
}
