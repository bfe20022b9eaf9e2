import LetterDomain

/// What a reviewer typed at the line review's prompt. Words are matched whole and without
/// regard to case, and a few short forms are accepted (`n`, `b`, `a`, `c`, `q`), because
/// typing is slower than pressing a key.
enum LineReviewCommand: Equatable {
    /// Enter or `next`: the next section.
    case next
    /// The previous section.
    case back
    /// A section by its number, 1 to 6 (6 is the decision page).
    case section(Int)
    /// The whole letter, every section in order.
    case all
    case approve
    case requestChanges
    /// Sign the approved letter (the district's signatory).
    case sign
    /// Sign with the district's own OpenSSH signature of the text as well (the signatory).
    case signature
    /// Refuse to sign, saying what must change (the district's signatory).
    case refuse
    /// The district's school years that have a letter.
    case years
    /// Another school year, as typed after `year` (checked by the caller).
    case year(String)
    case reload
    case help
    case quit
    /// Anything else, as typed.
    case unknown(String)

    init(_ typed: String) {
        let text = typed.trimmed
        let lower = text.lowercased()
        switch lower {
        case "", "next", "n": self = .next
        case "back", "b", "previous", "prev", "p": self = .back
        case "all", "show": self = .all
        case "approve", "a": self = .approve
        case "changes", "change", "request changes", "c": self = .requestChanges
        case "sign": self = .sign
        case "signature", "ssh signature", "sign with ssh": self = .signature
        case "refuse", "refuse to sign": self = .refuse
        case "years", "year", "y": self = .years
        case "reload", "r": self = .reload
        case "?", "help", "h": self = .help
        case "quit", "q", "exit", "bye": self = .quit
        default:
            if lower.hasPrefix("year ") {
                self = .year(String(text.dropFirst(5)).trimmed)
            } else if let number = Int(text) {
                self = .section(number)
            } else {
                self = .unknown(text)
            }
        }
    }
}
