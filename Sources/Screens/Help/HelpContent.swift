import TerminalUI

/// The key contract, shown by F1 and documented in docs/reference.md (Keys).
enum HelpContent {
    /// The bindings, with the keys of every rebindable action as the keymap has them.
    static func bindings(_ keymap: Keymap) -> [KeyHint] {
        let actions: [(KeyAction, String)] = [
            (.nextField, "Next field"), (.previousField, "Previous field"), (.save, "Save"),
            (.nextStep, "Next step (not PgDn in a text area)"), (.previousStep, "Previous step (not PgUp in a text area)"),
            (.undo, "Undo, by word"), (.redo, "Redo"), (.help, "This help (also ? outside text input)"),
            (.back, "Close, or back to Home (asks if unsaved)"), (.quit, "Quit (asks if unsaved)"),
            (.status, "Change the letter's status"), (.history, "The letter's history"),
            (.export, "Export or print (Home: also p)"), (.importLetters, "Import .docx/.odt/.txt (Home: also i)"),
            (.nextLetter, "Next letter of Home's list (saves first)"),
            (.previousLetter, "Previous letter of Home's list (saves)"),
            (.mail, "Home: e-mail marked districts (also m)"),
        ]
        return actions.map { keymap.hint(for: $0.0, $0.1) } + fixed
    }

    /// Keys that belong to text input and lists, which the keymap does not move.
    static let fixed: [KeyHint] = [
        KeyHint("Enter", "Field: next field; text area: new line"),
        KeyHint("Left / Right", "Move in a field"),
        KeyHint("Home / End, ^A / ^E", "Start / end of the line"),
        KeyHint("Ctrl-W", "Delete the word before the cursor"),
        KeyHint("Ctrl-U / Ctrl-K", "Delete to the start / end of the line"),
        KeyHint("Up / Down", "Text area: by line; lists: move"),
        KeyHint("Space", "Tick a commitment; press a button"),
        KeyHint("Mouse", "Click a field or a step; wheel scrolls"),
        KeyHint("Home: n", "New letter"),
        KeyHint("Home: Enter", "Open the selected letter"),
        KeyHint("Home: /", "Filter the letters"),
        KeyHint("Home: y", "Pick the school year"),
        KeyHint("Home: s", "Sort: district, status, last change"),
        KeyHint("Home: d", "Dashboard: counts, who waits"),
        KeyHint("Dashboard: Enter", "Open it, or create the missing one"),
        KeyHint("Home: Space", "Mark or unmark the selected letter"),
        KeyHint("Home: a", "Mark all shown (again: unmark)"),
        KeyHint("Home: v", "Send marked (or selected) for review"),
        KeyHint("Home: p", "Export/print: letter, marked, the year"),
        KeyHint("Home: m", "Invite or remind marked by e-mail"),
        KeyHint("Home: k", "Record a decision by e-mail/phone/paper"),
        KeyHint("Home: r", "Roll letters over to next year"),
        KeyHint("Home: e", "Editions: copy, edit, delete"),
        KeyHint("Home: f", "Move a letter to another edition"),
        KeyHint("Home: x, Delete", "Delete a letter never signed (asks)"),
        KeyHint("Home: q", "Quit"),
        KeyHint("Review: Enter", "Go to the field of a finding"),
        KeyHint("Review: PgDn / PgUp", "Page the letter; at its top PgUp: back"),
        KeyHint("Export: Tab", "Complete the path; Left/Right: what"),
        KeyHint("Import: Tab", "Complete the path; preview: s stores"),
        KeyHint("Conflict: m / t", "Keep mine / take theirs (M/T: all)"),
    ]
}
