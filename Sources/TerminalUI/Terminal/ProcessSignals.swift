import Glibc
import Synchronization

/// The terminal's settings when the guard was installed, for the crash handler to put back.
nonisolated(unsafe) private var savedModes = termios()
private let hasSavedModes = Atomic<Bool>(false)
/// The one line a crash prints, made before any handler can run (no allocation in a handler).
nonisolated(unsafe) private var crashText: UnsafeMutableBufferPointer<UInt8>?
/// Where the crash line goes: standard error, or the copy `silenceRuntimeMessages` keeps of it.
private let crashDescriptor = Atomic<Int32>(STDERR_FILENO)
/// The stack the crash handler runs on: a stack overflow leaves none on the thread's own.
nonisolated(unsafe) private var alternateStack: UnsafeMutableRawPointer?

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
    if let text = crashText { _ = write(crashDescriptor.load(ordering: .relaxed), text.baseAddress, text.count) }
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
        installAlternateStack()
        install(reportCrash, for: crashSignals)
    }

    /// Sends the Swift runtime's own messages to /dev/null until `restoreStandardError`: in a
    /// debug build a `fatalError` or failed precondition prints the file, the line and a stack
    /// trace ("Current stack trace: ...") on standard error before it traps, whatever
    /// `SWIFT_BACKTRACE` says, and a district contact must see only the one line. Returns the
    /// descriptor that still reaches the real standard error, for kyiln's own messages; the
    /// crash line goes there too.
    public static func silenceRuntimeMessages() -> Int32 {
        let copy = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 10)
        guard copy >= 0 else { return STDERR_FILENO }
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        guard null >= 0, dup2(null, STDERR_FILENO) >= 0 else {
            if null >= 0 { close(null) }
            close(copy)
            return STDERR_FILENO
        }
        close(null)
        crashDescriptor.store(copy, ordering: .relaxed)
        return copy
    }

    /// Puts standard error back as it was before `silenceRuntimeMessages` returned `copy`.
    public static func restoreStandardError(_ copy: Int32) {
        guard copy != STDERR_FILENO else { return }
        crashDescriptor.store(STDERR_FILENO, ordering: .relaxed)
        dup2(copy, STDERR_FILENO)
        close(copy)
    }

    /// A stack of its own for the crash handler (`SA_ONSTACK`): a stack overflow is a SIGSEGV on
    /// the guard page, and without another stack the handler could not run and the process
    /// would die with no line at all.
    private static func installAlternateStack() {
        guard alternateStack == nil else { return }
        let size = 256 * 1024
        guard let memory = malloc(size) else { return }
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = size
        stack.ss_flags = 0
        if sigaltstack(&stack, nil) == 0 { alternateStack = memory } else { free(memory) }
    }

    private static func install(_ handler: @escaping @convention(c) (Int32) -> Void, for signals: [Int32]) {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = signal == SIGQUIT ? 0 : Int32(truncatingIfNeeded: SA_RESETHAND) | Int32(truncatingIfNeeded: SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
    }
}
