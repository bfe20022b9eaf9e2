/// Why the terminal could not be started.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (e.g. piped); the interactive UI needs both.
    case notATerminal
    /// `TERM` is unset or empty.
    case termNotSet
    /// ncurses does not know the terminal type (`newterm` failed).
    case unknownTerminalType(String)
    /// Another `Terminal.run` is already active in this process.
    case alreadyRunning

    /// A message for stderr.
    public var description: String {
        switch self {
        case .notATerminal:
            return "Standard input and output must be a terminal for the interactive interface."
        case .termNotSet:
            return "TERM is not set; cannot drive the terminal (try TERM=xterm-256color)."
        case .unknownTerminalType(let term):
            return "Unknown terminal type \"\(Sanitizer.displayable(term))\" (no terminfo entry); try TERM=xterm-256color."
        case .alreadyRunning:
            return "The terminal interface is already running."
        }
    }
}
