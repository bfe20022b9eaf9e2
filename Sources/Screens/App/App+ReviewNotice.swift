import LetterDomain
import LetterStore

extension App {
    /// What the program manager reads on opening a letter a district decided on:
    /// "Bill Hogan (district) requested changes on 2026-11-20: <comment> · F3 history".
    static func reviewNotice(_ review: Review) -> String {
        let day = String(Timestamp.format(review.at).prefix(10))
        let verb = review.decision == .approve ? "approved this letter" : "requested changes"
        let comment = review.comment.collapsingWhitespace
        return "\(review.reviewerName) (district) \(verb) on \(day)" + (comment.isEmpty ? "" : ": \(comment)") + " · F3 history"
    }
}
