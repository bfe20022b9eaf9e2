/// What a `HelpOverlay` did with a key.
public enum OverlayOutcome: Equatable, Sendable {
    /// The overlay stays open (it scrolled, or ignored the key).
    case open
    /// Esc, q, F1 or ? closed it.
    case closed
}
