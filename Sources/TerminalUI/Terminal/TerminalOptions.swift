/// How `Terminal.run` sets the terminal up.
public struct TerminalOptions: Sendable {
    /// Report clicks and wheel turns as `.mouse` keys. Off keeps the terminal's own text selection working.
    public var mouse: Bool
    /// Enable bracketed paste (`ESC[?2004h`) so a paste arrives as one `.paste` key.
    public var bracketedPaste: Bool
    /// How long `nextEvent()` waits for input before returning `.tick`, in milliseconds.
    public var inputTimeoutMilliseconds: Int32
    /// How long ncurses waits after ESC to tell the Esc key from an escape sequence, in milliseconds.
    public var escapeDelayMilliseconds: Int32
    /// The theme to start with (see `ThemeLoader.select`).
    public var theme: Theme

    /// Creates options; the defaults suit an interactive session over SSH.
    public init(mouse: Bool = true, bracketedPaste: Bool = true, inputTimeoutMilliseconds: Int32 = 250,
                escapeDelayMilliseconds: Int32 = 25, theme: Theme = .builtinDefault) {
        self.mouse = mouse
        self.bracketedPaste = bracketedPaste
        self.inputTimeoutMilliseconds = inputTimeoutMilliseconds
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.theme = theme
    }
}
