import LetterDomain

/// The words of a review that depend on how the reviewer acts: keys on the review
/// screen, typed commands in line mode. Everything else the two say is the same text.
enum ReviewWording: Sendable {
    /// The review screen: keys, and the compact markers sighted readers scan for.
    case keys
    /// Line mode: commands typed at the prompt, and markers a screen reader says as words.
    case commands

    /// How to decide, on the decision page of a letter in review.
    var howToDecide: String {
        switch self {
        case .keys: "Read every section (PgDn), then press A to approve this revision or C to request changes."
        case .commands: "Read every section (type next, or all), then type approve to approve this revision or changes to request changes."
        }
    }

    /// How to sign, on the decision page of an approved, complete letter, for the signatory.
    var howToSign: String {
        switch self {
        case .keys: "The letter is approved and complete: press S to read it as it will be signed and sign it, or R to refuse to sign."
        case .commands: "The letter is approved and complete: type sign to read it as it will be signed and sign it, or refuse to refuse to sign."
        }
    }

    /// How to switch to another school year, after the list of other years.
    func howToSwitchYear(example: SchoolYear) -> String {
        switch self {
        case .keys: "press Y to switch"
        case .commands: "type year and the school year to switch, such as year \(example)"
        }
    }

    /// The marker before a finding of `severity`.
    func marker(_ severity: Severity) -> String {
        switch (self, severity) {
        case (.keys, .error): "!"
        case (.keys, _): "?"
        case (.commands, .error): "Error:"
        case (.commands, _): "Warning:"
        }
    }
}
