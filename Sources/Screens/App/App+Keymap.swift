import TerminalUI

extension App {
    /// Takes the keymap `KeymapLoader` read: its bindings from now on, and what was wrong with the
    /// file in the status bar (the first problem, and how many more), after any theme warnings.
    /// A bad entry never stops kyiln: the loader already gave that action its default keys.
    public mutating func useKeymap(_ loaded: KeymapLoadResult, themeWarnings: [String] = []) {
        keymap = loaded.keymap
        if case .wizard(var wizard) = route {
            wizard.keymap = keymap
            route = .wizard(wizard)
        }
        if case .newLetter(var form) = route {
            form.keymap = keymap
            form.layoutForm(catalog: context.editions)
            route = .newLetter(form)
        }
        let warnings = themeWarnings + loaded.warnings
        guard let first = warnings.first else { return }
        status.show(warnings.count > 1 ? first + " (+\(warnings.count - 1) more)" : first, kind: .warning, ticks: 40)
    }
}
