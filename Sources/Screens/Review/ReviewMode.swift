import LetterDomain
import TerminalUI

/// What the review screen is doing: reading, or one dialog on top of the letter.
enum ReviewMode: Sendable {
    /// Reading the letter; letters keys choose actions.
    case reading
    /// Approving: the reviewer types their name to confirm.
    case approving(TextField)
    /// Requesting changes: a comment and the reviewer's name.
    case requesting(ChangeRequestForm)
    /// Signing (the district's signatory): the whole text, then name, title and the words.
    case signing(SigningForm)
    /// Choosing another school year of the same district.
    case choosingYear(ListView, years: [SchoolYear])
    /// The keys (F1).
    case help(HelpOverlay)
    /// A message to acknowledge (a refused action, a reload).
    case notice(ConfirmDialog)
}
