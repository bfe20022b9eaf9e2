import LetterDomain
import LetterStore
import SystemCalls

/// Where line mode reads answers and writes prompts: the terminal, or a test's script.
public protocol LineIO: AnyObject {
    /// The next line typed, without its newline; nil at end of input.
    func readLine() -> String?
    /// Writes text as it is (callers make values visible first).
    func write(_ text: String)
}

extension LineIO {
    /// Writes one line, with control characters made visible.
    func say(_ text: String) {
        write(VisibleText.make(text) + "\n")
    }
}

/// Standard input and output, unbuffered enough for a screen reader: every line is
/// written at once.
public final class StandardLineIO: LineIO {
    public init() {}

    public func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    public func write(_ text: String) {
        _ = SystemCall.writeAll(Array(text.utf8), to: 1)  // a closed output ends the session at the next read
    }
}
