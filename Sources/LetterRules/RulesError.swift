import LetterDomain
import LetterStore

/// Why the rules refused an operation, or why the store could not carry it out.
///
/// `description` is in the words of the person at the keyboard (form labels, no field paths
/// or flags); `commandLineHint` adds what to type on the command line where that helps.
public enum RulesError: Error, Sendable, CustomStringConvertible {
    /// The store could not read or write (the file is named).
    case store(StoreError)
    /// The workflow refused a move.
    case refused(TransitionError)
    /// A signed, countersigned or ended letter cannot change until it goes back to draft.
    case locked(LetterStatus, fields: [FieldPath])
    /// A value could not be stored (a signature date after today, say); nothing was saved.
    case unstored([UnstoredValue])
    /// A letter that was signed is never deleted.
    case notDeletable(LetterStatus)
    case edition(EditionError)
    case editionMove(EditionMoveError)
    case field(FieldEditError)
    case name(NameError)
    case rollover(RolloverError)
    case importing(ImportError)
    /// A decision recorded by KDE (e-mail, phone, paper) was refused.
    case decision(RecordedDecisionError)
    /// Signing or countersigning without paper was refused (`Workflow.countersign`).
    case signing(SigningError)

    public var description: String {
        switch self {
        case .store(let error): error.description
        case .refused(let error): error.plainMessage
        case .locked(let status, let fields):
            "the letter is \(status.label), so what was signed cannot change (\(Self.listed(fields.map(\.label)))); "
                + "move it back to draft first, which clears both signatures"
        case .unstored(let values): values.map(\.message).joined(separator: "; ")
        case .notDeletable(let status):
            "a \(status.label) letter is part of the signed record and is never deleted; only letters that were never signed can be"
        case .edition(let error): error.description
        case .editionMove(let error): error.description
        case .field(let error): error.description
        case .name(let error): error.description
        case .rollover(let error): error.description
        case .importing(let error): error.description
        case .decision(let error): error.description
        case .signing(let error): error.description
        }
    }

    /// The command that unlocks or fixes it, for the command line.
    public var commandLineHint: String? {
        switch self {
        case .locked: "kyiln status <slug> --year <year> draft --note <why>"
        default: nil
        }
    }

    /// Whether the rules said no (as opposed to a file or name that could not be used).
    public var isRefusal: Bool {
        switch self {
        case .refused, .locked, .unstored, .notDeletable, .editionMove, .decision, .signing: true
        default: false
        }
    }

    static func listed(_ items: [String]) -> String {
        items.prefix(4).joined(separator: ", ") + (items.count > 4 ? " and \(items.count - 4) more" : "")
    }
}
