/// What a `ConfirmDialog` did with a key.
public enum DialogOutcome: Equatable, Sendable {
    /// Still open (the key moved focus, or was not for the dialog).
    case pending
    /// The button with this index was chosen (by Enter, Space or its shortcut).
    case chosen(Int)
    /// Esc, or the cancel button: close without acting.
    case cancelled
}
