import Glibc
import Synchronization

/// The terminal's settings when the guard was installed, for the crash handler to put back.
nonisolated(unsafe) private var savedModes = termios()
private let hasSavedModes = Atomic<Bool>(false)
/// The one line a crash prints, made before any handler can run (no allocation in a handler).
nonisolated(unsafe) private var crashText: UnsafeMutableBufferPointer<UInt8>?

/// SIGQUIT outside curses: ends the process like SIGTERM, with 128 + 3, and nothing else.
private func quitQuietly(_ signal: Int32) {
    _exit(128 + signal)
}

/// A crash (SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT): the terminal's settings back,
/// curses' screen left, one plain line on standard error, exit 70. Only async-signal-safe calls.
private func reportCrash(_ signal: Int32) {
    if hasSavedModes.load(ordering: .relaxed) { tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
    if Terminal.isRunning {
        let reset: StaticString = "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    }
    if let text = crashText { _ = write(STDERR_FILENO, text.baseAddress, text.count) }
    _exit(ProcessSignals.crashStatus)
}

/// Process-wide handlers for the review a district contact runs over SSH and for line mode:
/// Ctrl-\ (SIGQUIT) ends kyiln like SIGTERM, and a crash prints one plain line instead of
/// the Swift runtime's crash report or its interactive backtracer.
///
/// Installing a handler replaces the one the Swift runtime sets up for its backtracer, so
/// this holds whatever `SWIFT_BACKTRACE` says. `Terminal.run` and `DeferredSignals` put
/// their own SIGQUIT handler in place while they run and give this one back afterwards.
public enum ProcessSignals {
    /// The exit status after a crash (EX_SOFTWARE).
    public static let crashStatus: Int32 = 70
    /// The signals of a crash.
    static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT]

    /// SIGQUIT exits at once with 128 + 3 (line mode, and between curses sessions).
    public static func quitLikeTerminate() {
        install(quitQuietly, for: [SIGQUIT])
    }

    /// A crash prints `line` (one line, on standard error), restores the terminal and exits with `crashStatus`.
    public static func reportCrashes(as line: String) {
        var bytes = Array(line.utf8.filter { $0 >= 0x20 || $0 == 0x09 })
        bytes = Array("\r\n".utf8) + bytes + Array("\n".utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        crashText?.deallocate()
        crashText = buffer
        if isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &savedModes) == 0 {
            hasSavedModes.store(true, ordering: .relaxed)
        }
        _ = Terminal.isRunning  // initialise the flag before a handler reads it
        install(reportCrash, for: crashSignals)
    }

    private static func install(_ handler: @escaping @convention(c) (Int32) -> Void, for signals: [Int32]) {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = signal == SIGQUIT ? 0 : Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }
}
