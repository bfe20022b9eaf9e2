import LetterDomain
import TerminalUI

/// Signing in line mode, for the district's signatory: `sign` prints the whole letter as it
/// will be signed (its canonical text and SHA-256), then asks the full name, the title and
/// `yes` to the words that state the intent; `refuse` records a refusal with what must
/// change. Each returns false when input ended, which ends the review with nothing recorded.
extension LineReview {
    mutating func sign() -> Bool {
        if let blocker = document.signingBlocker {
            io.say(blocker)
            return true
        }
        guard let letter = document.decidedLetter, let shown = document.textToSign else { return true }
        showTextToSign(letter, shown)
        io.say("(To sign with your own SSH key as well, press Enter now to cancel, then type signature.)")
        return confirmSignature(letter, shown, openSSH: nil)
    }

    /// Prints the canonical text between markers, and its SHA-256.
    func showTextToSign(_ letter: Letter, _ shown: (text: String, sha256: String)) {
        io.say("Here is the whole letter as you will sign it, revision \(letter.revision), word for word:")
        io.say(Self.textBegins)
        var text = shown.text
        while text.hasSuffix("\n") { text.removeLast() }
        io.say(text)
        io.say(Self.textEnds)
        io.say("Its SHA-256 is \(shown.sha256); kyiln records it with your signature, so anyone can check later "
               + "that the letter is still this text (kyiln export --format canonical, then sha256sum).")
    }

    static let textBegins = "----- begin of the letter -----"
    static let textEnds = "----- end of the letter -----"

    /// Asks the name, the title and yes, then records the signature (with `openSSH` when given).
    mutating func confirmSignature(_ letter: Letter, _ shown: (text: String, sha256: String), openSSH: OpenSSHSignature?) -> Bool {
        io.say("Type your full name to sign; an empty line cancels.")
        guard let name = io.ask("Your full name") else { return signingInputEnded() }
        guard !name.trimmed.isEmpty else { return signingCancelled() }
        let granted = document.grantedTitle
        io.say(granted.isEmpty ? "Type your title, such as Superintendent; an empty line cancels."
               : "Type your title (KDE has \(granted) on record); an empty line cancels.")
        guard let title = io.ask("Your title") else { return signingInputEnded() }
        guard !title.trimmed.isEmpty else { return signingCancelled() }
        io.say("To sign, you state: \"\(SigningWords.intent(for: letter))\". Type yes to sign; anything else cancels.")
        guard let answer = io.ask("Sign") else { return signingInputEnded() }
        guard answer.trimmed.lowercased() == "yes" else { return signingCancelled() }
        let outcome = DeferredSignals.during { document.sign(name: name, title: title, shownSHA256: shown.sha256, openSSH: openSSH) }
        report(outcome)
        return true
    }

    mutating func refuseToSign() -> Bool {
        if let blocker = document.signingBlocker {
            io.say(blocker)
            return true
        }
        guard let letter = document.decidedLetter, let shown = document.textToSign else { return true }
        io.say("You refuse to sign revision \(letter.revision) of the \(letter.district.name) letter for \(letter.schoolYear): "
               + "it goes back to KDE as a request for changes.")
        io.say("What must change before you can sign? The comment is required. "
               + "Type it on one or more lines, then a line holding only a period (.) to end it.")
        guard let first = io.ask("Comment") else { return signingInputEnded() }
        let (comment, complete) = io.readParagraphs(firstLine: first)
        guard complete else { return signingInputEnded() }
        guard !comment.trimmed.isEmpty else {
            io.say("Say what must change: the comment is required. Nothing was recorded.")
            return true
        }
        io.say("Type your full name to send it; an empty line cancels.")
        guard let name = io.ask("Your full name") else { return signingInputEnded() }
        guard !name.trimmed.isEmpty else { return signingCancelled() }
        let outcome = DeferredSignals.during { document.refuseToSign(comment: comment, name: name, shownSHA256: shown.sha256) }
        report(outcome)
        return true
    }

    private mutating func report(_ outcome: ReviewOutcome) {
        io.say(outcome.message)
        if case .letterChanged = outcome { introduce() }
        section = .decision
        showSection()
    }

    func signingCancelled() -> Bool {
        io.say("Not signed: nothing was recorded.")
        return true
    }

    func signingInputEnded() -> Bool {
        io.say("Input ended before the signature was complete: nothing was recorded. Goodbye.")
        return false
    }
}
