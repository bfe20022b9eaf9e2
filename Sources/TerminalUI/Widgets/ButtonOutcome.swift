/// What a `ButtonRow` did with a key.
public enum ButtonOutcome: Equatable, Sendable {
    /// Not for the row (e.g. Tab past the last button: move focus on).
    case ignored
    /// Focus moved between buttons.
    case handled
    /// Enter or Space on the button with this index.
    case activated(Int)
}
