import TerminalUI

/// The keys of the review screen, shown by the help key (F1 unless moved).
enum ReviewHelp {
    static func bindings(_ keymap: Keymap) -> [KeyHint] {
        [
            keymap.hint(for: .nextStep, "Next section"),
            keymap.hint(for: .previousStep, "Previous section"),
            KeyHint("1 … 6", "Go to a section (6: decide)"),
            KeyHint("Up / Down, Space", "Scroll the letter"),
            KeyHint("Home / End", "Top / end of the section"),
            KeyHint("A", "Approve this revision (type your name)"),
            KeyHint("C", "Request changes (comment and name)"),
            KeyHint("S", "Sign the approved letter (the district's signatory)"),
            KeyHint("C on an approved letter", "Refuse to sign, saying what must change"),
            // Pasting a multi-line armored signature needs the line review's plain input.
            KeyHint("ssh -T (line mode)", "Sign with your own SSH key too: signature"),
            keymap.hint(for: .save, "Send, in the request for changes"),
            keymap.hint(for: .nextField, "Comment / name, in the request"),
            KeyHint("Y", "Another school year of your letter"),
            KeyHint("R", "Reload the letter"),
            keymap.hint(for: .history, "Reviews so far"),
            keymap.hint(for: .help, "This help (also ?)"),
            keymap.hint(for: .back, "Close a dialog"),
            keymap.hint(for: .quit, "Quit (also q)"),
        ]
    }
}
