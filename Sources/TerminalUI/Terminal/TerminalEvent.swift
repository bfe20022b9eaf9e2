/// What `Terminal.nextEvent()` returns.
public enum TerminalEvent: Equatable, Sendable {
    /// A key, paste, mouse action or resize.
    case key(Key)
    /// Nothing happened within the input timeout; use it for autosave checks, not for redrawing clocks.
    case tick
    /// The user pressed Ctrl-C: the app should confirm or save and quit.
    case quitRequested
}
