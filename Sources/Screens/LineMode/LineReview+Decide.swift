import LetterDomain
import TerminalUI

/// Approving and requesting changes in line mode: the same questions as the review
/// screen's dialogs, one prompt at a time. Each returns false when input ended, which
/// ends the review with nothing recorded.
extension LineReview {
    mutating func approve() -> Bool {
        guard let letter = decidable() else { return true }
        io.say("You approve revision \(letter.revision) of the \(letter.district.name) letter for \(letter.schoolYear), as you read it.")
        io.say("Type your full name to confirm; an empty line cancels.")
        guard let name = io.ask("Your full name") else { return inputEnded() }
        guard !name.isEmpty else {
            io.say("Not approved.")
            return true
        }
        record(.approve, comment: "", name: name)
        return true
    }

    mutating func requestChanges() -> Bool {
        guard let letter = decidable() else { return true }
        io.say("You request changes to revision \(letter.revision) of the \(letter.district.name) letter for \(letter.schoolYear).")
        io.say("What should KDE change? The comment is required (at most \(Review.commentLimit) characters). "
               + "Type it on one or more lines, then a line holding only a period (.) to end it.")
        guard let comment = readComment() else { return inputEnded() }
        guard !comment.isEmpty else {
            io.say("Say what should change: the comment is required. No changes requested.")
            return true
        }
        io.say("Type your full name to send the request; an empty line cancels.")
        guard let name = io.ask("Your full name") else { return inputEnded() }
        guard !name.isEmpty else {
            io.say("No changes requested.")
            return true
        }
        record(.requestChanges, comment: comment, name: name)
        return true
    }

    /// The comment, asked again while it is too long (what was typed stays on the reader's
    /// screen to copy from); nil when input ended.
    private func readComment() -> String? {
        while true {
            guard let first = io.ask("Comment") else { return nil }
            let (comment, complete) = io.readParagraphs(firstLine: first)
            guard complete else { return nil }
            guard comment.count > Review.commentLimit else { return comment }
            io.say("That comment has \(comment.count) characters, \(comment.count - Review.commentLimit) over "
                   + "the limit of \(Review.commentLimit): nothing was sent. Type a shorter comment, "
                   + "then a line holding only a period; a lone period cancels.")
        }
    }

    /// The letter, when a decision on it can be taken now; else says why not.
    private func decidable() -> Letter? {
        if let blocker = document.decisionBlocker {
            io.say(document.letter == nil ? (document.problem ?? blocker.message) : blocker.message)
            return nil
        }
        return document.letter
    }

    /// Records the decision (never cut in half by a signal), says what became of it, and
    /// shows the letter as it is now: the new status, or the version saved meanwhile.
    private mutating func record(_ decision: Review.Decision, comment: String, name: String) {
        let outcome = DeferredSignals.during { document.record(decision, comment: comment, name: name) }
        io.say(outcome.message)
        switch outcome {
        case .recorded:
            section = .decision
            showSection()
        case .letterChanged:
            introduce()
            showSection()
        case .notRecorded:
            break
        }
    }

    private func inputEnded() -> Bool {
        io.say("Input ended before the decision was complete: nothing was recorded. Goodbye.")
        return false
    }
}
