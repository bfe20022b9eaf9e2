import CNcurses
import SystemCalls
import Glibc
import Synchronization

/// Set by the SIGWINCH handler, taken by the event loop.
private let resizePending = Atomic<Bool>(false)

private func recordResize(_ signal: Int32) {
    resizePending.store(true, ordering: .relaxed)
}

/// Reads the terminal without ever blocking the event loop: `poll` with a timeout, then one
/// `read` of whatever is there. kyiln decodes the bytes itself (`InputParser`) instead of
/// letting ncurses read them, because ncurses waits inside `read()` for the rest of a mouse
/// report or escape sequence it has begun, and neither ticks nor resizes are served meanwhile.
enum TerminalInput {
    enum Read: Equatable {
        case bytes([UInt8])
        case timeout
        /// A signal came (a resize, or one the latch recorded).
        case interrupted
        /// The input is closed (the connection dropped).
        case closed
    }

    /// Takes SIGWINCH over from ncurses (no SA_RESTART, so `poll` wakes); returns the old action.
    static func installResizeHandler() -> sigaction {
        resizePending.store(false, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = recordResize
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var old = sigaction()
        sigaction(SIGWINCH, &action, &old)
        return old
    }

    static func restoreResizeHandler(_ old: sigaction) {
        var old = old
        sigaction(SIGWINCH, &old, nil)
    }

    /// True once per resize: ncurses is told the new size (`resizeterm`).
    static func takeResize() -> Bool {
        guard resizePending.exchange(false, ordering: .relaxed) else { return false }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        }
        return true
    }

    /// Waits at most `milliseconds` for input and returns what was there.
    static func read(timeout milliseconds: Int32) -> Read {
        let ready = SystemCall.waitForInput(STDIN_FILENO, milliseconds: milliseconds)
        if ready < 0 { return .interrupted }
        if ready == 0 { return .timeout }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count > 0 { return .bytes(Array(buffer[..<count])) }
        if count < 0 && (errno == EINTR || errno == EAGAIN) { return .interrupted }
        return .closed
    }
}
