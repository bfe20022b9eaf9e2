/// A command that can be bound to keys in `keymap.json`; the name in the file is the raw value.
public enum KeyAction: String, CaseIterable, Hashable, Sendable {
    /// Save the letter (default Ctrl-S).
    case save
    /// Quit kyiln (default Ctrl-Q; Ctrl-C always asks to quit as well).
    case quit
    /// Open the help (default F1).
    case help
    /// Focus the next field (default Tab).
    case nextField
    /// Focus the previous field (default Shift-Tab).
    case previousField
    /// Go to the next wizard step (default PgDn and Ctrl-N).
    case nextStep
    /// Go to the previous wizard step (default PgUp and Ctrl-P).
    case previousStep
    /// Go back / close / cancel (default Esc).
    case back
    /// Change the letter's status (default F2).
    case status
    /// Show the letter's history (default F3).
    case history
    /// Undo the last edit (default Ctrl-Z).
    case undo
    /// Redo the last undone edit (default Ctrl-Y).
    case redo
    /// Export or print the open letter, or from Home the year (default F4).
    case export
    /// From Home, import letters from a Word, OpenDocument or text file or a folder (default Ctrl-R; Home: also i).
    case importLetters
    /// Open the previous letter of Home's list from the wizard (default F7).
    case previousLetter
    /// Open the next letter of Home's list from the wizard (default F8).
    case nextLetter
    /// From Home: invite or remind the marked letters' districts by e-mail (default F9).
    case mail

    /// Short label for status-bar hints and help: "Save", "Next step".
    public var title: String {
        switch self {
        case .save: return "Save"
        case .quit: return "Quit"
        case .help: return "Help"
        case .nextField: return "Next field"
        case .previousField: return "Previous field"
        case .nextStep: return "Next step"
        case .previousStep: return "Previous step"
        case .back: return "Back"
        case .status: return "Status"
        case .history: return "History"
        case .export: return "Export"
        case .importLetters: return "Import"
        case .previousLetter: return "Previous letter"
        case .nextLetter: return "Next letter"
        case .mail: return "Mail"
        case .undo: return "Undo"
        case .redo: return "Redo"
        }
    }
}
