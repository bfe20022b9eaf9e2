/// Why the workflow refused to move a letter, in plain words.
///
/// Each case says what stands in the way, so the message can tell a person what to
/// do next; `description` begins with what was attempted ("cannot sign: ...").
public enum TransitionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The letter is already in that status.
    case alreadyThere(LetterStatus)
    /// No edge leads from one status to the other.
    case notAnEdge(from: LetterStatus, to: LetterStatus)
    /// Approval and change requests are the district's to give, through a review.
    case decidedByDistrict(LetterStatus)
    /// Sending back to review needs a change since the district's last decision.
    case unchangedSinceDecision(LetterStatus)
    /// Validation still has error findings.
    case findingsRemain(to: LetterStatus, findings: [Finding])
    /// KDE's date would be before the district's.
    case countersignBeforeDistrict(district: CalendarDate?, kde: CalendarDate)
    /// Nobody is named to countersign for KDE.
    case missingKDEName
    /// A signature or notice dated after today.
    case dateInFuture(to: LetterStatus, date: CalendarDate, today: CalendarDate)
    /// A date was given for a move that records none.
    case dateNotUsed(LetterStatus)
    /// The effective period has not ended yet.
    case stillInForce(through: CalendarDate, today: CalendarDate)
    /// The edition's rule gives the period no end, so the letter never expires.
    case neverExpires(editionID: String)
    /// The letter has no signature date to compute its period from.
    case unsigned
    /// A required part of the request is missing (date, reason, party).
    case missing(to: LetterStatus, what: String)
    /// A review for another letter, or of a revision that is no longer current.
    case reviewDoesNotMatch(String)
    /// The letter was signed, so its content may not change without going back to draft.
    case contentLocked(status: LetterStatus, fields: [String])

    public var description: String {
        switch self {
        case .alreadyThere(let status):
            return "the letter is already \(status.label)"
        case .notAnEdge(let from, let to):
            let options = from.nextStatuses.map(\.rawValue)
            let next = options.isEmpty ? "a \(from.label) letter cannot change status any more" : "from \(from.rawValue) it can go to \(options.joined(separator: ", "))"
            return "cannot \(to.verb): the letter is \(from.label); \(next)"
        case .decidedByDistrict(let to):
            return "cannot \(to.verb): only the district decides that, by reviewing the letter over SSH"
        case .unchangedSinceDecision(let from):
            return "cannot send for review again: nothing in the letter changed since it was \(from.label); edit it first"
        case .findingsRemain(let to, let findings):
            let listed = findings.prefix(5).map { "\($0.field): \($0.message)" }.joined(separator: "; ")
            let more = findings.count > 5 ? "; and \(findings.count - 5) more" : ""
            let noun = findings.count == 1 ? "finding remains" : "findings remain"
            return "cannot \(to.verb): \(findings.count) \(noun): \(listed)\(more) (see kyiln validate)"
        case .countersignBeforeDistrict(let district?, let kde):
            return "KDE cannot countersign before the district signs: KDE's date \(kde) is before the district's \(district)"
        case .countersignBeforeDistrict(nil, _):
            return "KDE cannot countersign before the district signs: the letter has no district signature date"
        case .missingKDEName:
            return "cannot countersign: no KDE designee is named; set signatures.kde.name first"
        case .dateInFuture(let to, let date, let today):
            return "cannot \(to.verb) with the date \(date): it is after today (\(today))"
        case .dateNotUsed(let to):
            return "cannot \(to.verb) with a date: only signing, countersigning and terminating record one"
        case .stillInForce(let through, let today):
            return "cannot expire: the effective period runs through \(through) and today is \(today)"
        case .neverExpires(let id):
            return "cannot expire: letters on the \(id) edition run from the date of signature with no set end; terminate it by written notice instead"
        case .unsigned:
            return "cannot expire: the letter has no signature date to compute its effective period from"
        case .missing(let to, let what):
            return "cannot \(to.verb): \(what)"
        case .reviewDoesNotMatch(let reason):
            return "the review does not count: \(reason)"
        case .contentLocked(let status, let fields):
            let listed = fields.prefix(5).joined(separator: ", ") + (fields.count > 5 ? " and \(fields.count - 5) more" : "")
            return "cannot change \(listed): the letter is \(status.label), so what the district signed cannot change; move it back to draft first (kyiln status <slug> --year <year> draft --note <why>)"
        }
    }
}

extension TransitionError {
    /// The message for people at the screens (the wizard's status dialog, line mode): the same
    /// facts as `description` in the form's words, with no command-line flags (`--note`,
    /// `--date`, `--party`), commands or field paths. The command line keeps `description`.
    public var plainMessage: String {
        switch self {
        case .notAnEdge(let from, let to):
            let options = from.nextStatuses.map(\.label)
            let next = options.isEmpty ? "a \(from.label) letter cannot change status any more" : "from \(from.label) it can go to \(options.joined(separator: ", "))"
            return "cannot \(to.verb): the letter is \(from.label); \(next)"
        case .findingsRemain(let to, let findings):
            let listed = findings.prefix(5).map(\.message).joined(separator: "; ")
            let more = findings.count > 5 ? "; and \(findings.count - 5) more" : ""
            let noun = findings.count == 1 ? "finding remains" : "findings remain"
            return "cannot \(to.verb): \(findings.count) \(noun): \(listed)\(more) (the Review page lists them)"
        case .missingKDEName:
            return "cannot countersign: no KDE designee is named; type the KDE designee name on the Agreement step first"
        case .contentLocked(let status, let fields):
            let labels = fields.map { path in (try? FieldPath(parsing: path))?.label ?? path }
            let listed = labels.prefix(5).joined(separator: ", ") + (labels.count > 5 ? " and \(labels.count - 5) more" : "")
            return "cannot change \(listed): the letter is \(status.label), so what the district signed cannot change; move it back to draft first"
        default:
            return Self.withoutFlags(description)
        }
    }

    /// `text` without its command-line asides: "say why with a note (--note); ..." becomes
    /// "say why with a note; ...". Only a parenthesis that starts with a flag is taken out.
    static func withoutFlags(_ text: String) -> String {
        var out: [Character] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            let after = rest[rest.index(after: open)...]
            guard after.hasPrefix("--"), let close = after.firstIndex(of: ")") else {
                out += rest[...open]
                rest = after
                continue
            }
            out += rest[..<open]
            if out.last == " " { out.removeLast() }
            rest = after[after.index(after: close)...]
        }
        return String(out + rest)
    }
}
