import TerminalUI

/// The key contract, shown by F1 and documented in the README.
enum HelpContent {
    static let bindings: [KeyHint] = [
        KeyHint("Tab / Shift-Tab", "Next / previous field"),
        KeyHint("Enter", "One-line field: next field; text area: new line"),
        KeyHint("Ctrl-S", "Save"),
        KeyHint("PgDn or Ctrl-N", "Next step (in a text area: Ctrl-N)"),
        KeyHint("PgUp or Ctrl-P", "Previous step (in a text area: Ctrl-P)"),
        KeyHint("F1 or ?", "This help (? where it is not text input)"),
        KeyHint("Esc", "Close overlay, or back to Home (asks if unsaved)"),
        KeyHint("Ctrl-Q", "Quit (asks if unsaved)"),
        KeyHint("F2", "Change the letter's status (send for review, sign, ...)"),
        KeyHint("F3", "The letter's history"),
        KeyHint("Left / Right", "Move in a field"),
        KeyHint("Home / End, Ctrl-A / Ctrl-E", "Start / end of the line"),
        KeyHint("Ctrl-W", "Delete the word before the cursor"),
        KeyHint("Ctrl-U / Ctrl-K", "Delete to the start / end of the line"),
        KeyHint("Up / Down", "Text area: by visual line; lists: move"),
        KeyHint("Space", "Tick a commitment; press a button"),
        KeyHint("Home: n", "New letter"),
        KeyHint("Home: Enter", "Open the selected letter"),
        KeyHint("Home: /", "Filter the letters"),
        KeyHint("Home: y", "Pick the school year"),
        KeyHint("Home: s", "Sort by district, status or last change"),
        KeyHint("Home: d", "Dashboard: counts, missing districts, who waits"),
        KeyHint("Home: r", "Roll active letters over to the next year"),
        KeyHint("Home: q", "Quit"),
        KeyHint("Review: Enter", "Go to the field of a finding"),
        KeyHint("Conflict: m / t", "Keep mine / take theirs (M / T: all)"),
    ]
}
