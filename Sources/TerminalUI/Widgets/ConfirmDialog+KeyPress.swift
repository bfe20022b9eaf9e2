extension ConfirmDialog {
    /// Applies a key resolved against the keymap: the back action cancels, the next/previous
    /// field actions move between the buttons as Tab and Shift-Tab do, whatever keys they are on;
    /// any other key is read as itself (a button's letter, Enter, the arrows).
    public mutating func handle(_ press: KeyPress) -> DialogOutcome {
        switch press.action {
        case .back?: return .cancelled
        case .nextField?: return handle(.tab)
        case .previousField?: return handle(.backTab)
        default: return handle(press.key)
        }
    }
}
