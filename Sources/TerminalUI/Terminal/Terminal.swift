import CNcurses
import Glibc
import SystemCalls
import Synchronization

/// A curses session on the real terminal.
///
/// Use `Terminal.run(options:emergency:_:)`: it sets the terminal up, runs
/// your body, and always restores the terminal with `endwin` — on return, on a
/// thrown error, and on SIGINT/SIGTERM/SIGHUP/SIGQUIT. Signals only set a flag; the
/// next `nextEvent()` call (woken by its timeout or by EINTR) calls the
/// `emergency` closure with the signal number (save recovery data there),
/// restores the terminal and exits with status 128 + signal.
///
/// ```swift
/// try Terminal.run(options: .init(), emergency: { _ in saveRecovery() }) { terminal in
///     while true {
///         switch terminal.nextEvent() {
///         case .key(let key): handle(key)
///         case .tick: autosaveIfDue()
///         case .quitRequested: return
///         }
///         terminal.render { surface in draw(on: surface) }
///     }
/// }
/// ```
public final class Terminal {
    /// The surface to draw on.
    public let surface: NcursesSurface
    /// The options it was started with.
    public let options: TerminalOptions
    private let emergency: (Int32) -> Void
    /// Decodes what `TerminalInput` reads: keys, pastes, mouse reports.
    private var parser = InputParser()
    /// Events decoded from one read and not yet returned.
    /// Events read but not yet returned, from `queuedNext` on (an index, not `removeFirst`: a
    /// 4 KB read of typed keys is 4,096 events, and removing each from the front would move the rest).
    private var queued: [TerminalEvent] = [] { didSet { queuedNext = 0 } }
    private var queuedNext = 0

    /// Key codes taught to ncurses for the bracketed-paste markers (beyond KEY_MAX, so they collide with nothing).
    static let pasteBeginCode = KEY_MAX + 1
    static let pasteEndCode = KEY_MAX + 2
    private static let active = Atomic<Bool>(false)
    /// Whether a curses session is running (read by the crash handler; lock-free).
    static var isRunning: Bool { active.load(ordering: .relaxed) }

    private init(options: TerminalOptions, surface: NcursesSurface, emergency: @escaping (Int32) -> Void) {
        self.options = options
        self.surface = surface
        self.emergency = emergency
    }

    /// Checks the preconditions for starting curses without touching the terminal.
    public static func preflight(inputIsTerminal: Bool, outputIsTerminal: Bool, term: String?) throws(TerminalError) {
        guard inputIsTerminal, outputIsTerminal else { throw .notATerminal }
        guard let term, !term.isEmpty else { throw .termNotSet }
    }

    /// Starts curses, runs `body`, and restores the terminal however `body` ends.
    /// - Parameters:
    ///   - options: mouse, paste, timeouts, theme.
    ///   - emergency: called with the signal number when SIGINT/SIGTERM/SIGHUP/SIGQUIT arrives, before the terminal is restored
    ///     and the process exits with 128 + signal; keep it short (write a recovery file).
    ///   - body: the application; it gets the running terminal.
    /// - Throws: `TerminalError` when the terminal cannot be started, or whatever `body` throws.
    public static func run<Result>(options: TerminalOptions = TerminalOptions(),
                                   emergency: @escaping (Int32) -> Void = { _ in },
                                   _ body: (Terminal) throws -> Result) throws -> Result {
        let term = getenv("TERM").map { String(cString: $0) }
        try preflight(inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1, term: term)
        guard active.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged else {
            throw TerminalError.alreadyRunning
        }
        defer { active.store(false, ordering: .sequentiallyConsistent) }

        selectUTF8Locale()
        guard let screen = newterm(nil, kyiln_stdout(), kyiln_stdin()) else {
            throw TerminalError.unknownTerminalType(term ?? "")
        }
        // Installed after newterm so they replace the handlers ncurses sets up.
        let previousHandlers = SignalLatch.install()
        let previousResize = TerminalInput.installResizeHandler()
        let terminal = Terminal(options: options, surface: configure(options), emergency: emergency)
        defer {
            terminal.restore()
            SignalLatch.restore(previousHandlers)
            TerminalInput.restoreResizeHandler(previousResize)
            delscreen(screen)
            // A signal that came while the body was busy (e.g. saving on the way out) still ends the process.
            if let signal = SignalLatch.take() {
                emergency(signal)
                exit(128 + signal)
            }
        }
        return try body(terminal)
    }

    /// Sets modes and colours; returns the surface.
    private static func configure(_ options: TerminalOptions) -> NcursesSurface {
        let screen = kyiln_stdscr()
        raw()  // Ctrl-S, Ctrl-Q, Ctrl-Z and Ctrl-C reach the app as keys
        noecho()
        nonl()
        keypad(screen, true)
        set_escdelay(options.escapeDelayMilliseconds)
        wtimeout(screen, options.inputTimeoutMilliseconds)
        var depth = ColorDepth.none
        var defaults = false
        if has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            depth = ColorDepth(hasColors: true, colors: Int(kyiln_colors()))
        }
        if options.bracketedPaste {
            define_key("\u{1B}[200~", pasteBeginCode)
            define_key("\u{1B}[201~", pasteEndCode)
            writeToTerminal("\u{1B}[?2004h")
        }
        let mask = mouseMask(for: options)
        if mask != 0 {
            mouseinterval(0)  // report presses at once instead of waiting to see a click
            mousemask(mmask_t(truncatingIfNeeded: mask), nil)
        }
        return NcursesSurface(colorDepth: depth, hasDefaultColors: defaults, theme: options.theme)
    }

    /// The mouse events asked for: left press, release and click, and the wheel; 0 (nothing is asked,
    /// so the terminal's own selection keeps working) when `options.mouse` is false (`--no-mouse`).
    static func mouseMask(for options: TerminalOptions) -> UInt64 {
        options.mouse ? MouseDecoder.Bits.ncurses.all : 0
    }

    /// Uses the user's locale, but insists on UTF-8: a C/POSIX locale (common over SSH) would garble every non-ASCII name.
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased() != "UTF-8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    /// Leaves curses mode; safe to call more than once.
    private func restore() {
        if options.bracketedPaste { Terminal.writeToTerminal("\u{1B}[?2004l") }
        if isendwin() == false { endwin() }
    }

    private static func writeToTerminal(_ text: String) {
        SystemCall.writeAll(Array(text.utf8), to: STDOUT_FILENO)
    }

    /// The colour support detected at start-up; pass it to `ThemeLoader.select`.
    public var colorDepth: ColorDepth { surface.colorDepth }

    /// Switches colours and attributes to `theme` (takes effect at the next `render`).
    public func apply(theme: Theme) {
        surface.apply(theme: theme)
    }

    /// Draws one frame: erase, your drawing, then a single `doupdate` that sends only the changes.
    public func render(_ draw: (NcursesSurface) -> Void) {
        surface.beginFrame()
        draw(surface)
        surface.endFrame()
    }

    /// Whether events already read from the terminal are waiting: `nextEvent` returns the next at once.
    public var hasQueuedEvents: Bool { queuedNext < queued.count }

    /// Waits for the next key, paste, mouse action or resize, or returns `.tick` after the input timeout.
    /// It never waits longer: a cut-off escape sequence is delivered after the escape delay (as Esc),
    /// a resize at once. If a terminating signal arrived, this calls `emergency`, restores the
    /// terminal and exits; it does not return.
    public func nextEvent() -> TerminalEvent {
        while true {
            if let signal = SignalLatch.take() { exitForSignal(signal) }
            if TerminalInput.takeResize() { return .key(.resize) }
            if queuedNext < queued.count {
                queuedNext += 1
                return queued[queuedNext - 1]
            }
            let waiting = parser.isWaiting
            switch TerminalInput.read(timeout: waiting ? options.escapeDelayMilliseconds : options.inputTimeoutMilliseconds) {
            case .bytes(let bytes):
                // Mouse reports kyiln did not ask for (--no-mouse) are read and dropped.
                queued = parser.feed(bytes).filter { event in
                    if case .key(.mouse) = event { return options.mouse }
                    return true
                }
            case .interrupted: continue
            case .closed: exitForSignal(SIGHUP)  // the connection dropped
            case .timeout:
                if waiting {
                    queued = parser.flush()
                } else if parser.isPasting {
                    // A paste with no end marker within the timeout is delivered as it is rather than swallowing input.
                    queued = parser.endPaste()
                } else {
                    return .tick
                }
            }
        }
    }

    /// Runs the emergency closure, restores the terminal and exits with 128 + signal.
    private func exitForSignal(_ signal: Int32) -> Never {
        emergency(signal)
        restore()
        exit(128 + signal)
    }
}
