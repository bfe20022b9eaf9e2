import LetterDomain
import TerminalUI

/// The "Request changes" dialog: what to change (required) and the reviewer's name.
struct ChangeRequestForm: Sendable {
    var comment = TextArea(placeholder: "What should KDE change? (required)", maxLength: Review.commentLimit)
    var name = TextField(placeholder: "Your full name", maxLength: 80)
    /// True when the name field has focus, false for the comment.
    var nameFocused = false
    /// True when the district's signatory refuses to sign an approved letter (recorded as a
    /// refusal to sign, which asks for changes), false for a review's request for changes.
    var refusesSigning = false
}
