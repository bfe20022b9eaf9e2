import LetterDomain
import LetterStore
import SystemCalls
import TerminalUI

/// Runs the program manager's application on the real terminal.
public enum TUI {
    /// Holds the latest state where the signal path can reach it.
    private final class LatestApp {
        var app: App?
    }

    /// Events handled without drawing while more input is waiting, at most.
    private static let framesAfter = 500

    /// Whether more input is already waiting on the terminal (standard input, which ncurses
    /// reads), without waiting for it.
    private static func inputIsWaiting() -> Bool {
        SystemCall.waitForInput(0, milliseconds: 0) > 0
    }

    /// Most characters taken as one run.
    private static let longestRun = 4096

    /// The next event; after a typed character, also the characters already read behind it (a
    /// run) and the event that ended the run, if one was read.
    private static func nextEvents(_ terminal: Terminal) -> [TerminalEvent] {
        var events = [terminal.nextEvent()]
        guard case .key(.character) = events[0] else { return events }
        while terminal.hasQueuedEvents && events.count < longestRun {
            let next = terminal.nextEvent()
            events.append(next)
            guard case .key(.character) = next else { break }
        }
        return events
    }

    /// The characters typed at the start of `events`, and how many events they are (a combining
    /// mark typed alone joins the character before it in the string, so the two counts can differ).
    private static func typedRun(_ events: ArraySlice<TerminalEvent>) -> (String, Int) {
        var run = ""
        var keys = 0
        for event in events {
            guard case .key(.character(let character)) = event else { break }
            run.append(character)
            keys += 1
        }
        return (run, keys)
    }

    /// Opens the app and returns when the person quits. On SIGINT, SIGTERM or SIGHUP
    /// the unsaved edits are written to the recovery file before the terminal is restored.
    public static func run(context: AppContext, themeName: String?, environment: [String: String], mouse: Bool) throws {
        let latest = LatestApp()
        let options = TerminalOptions(mouse: mouse)
        try Terminal.run(options: options, emergency: { _ in latest.app?.writeRecovery(force: true) }) { terminal in
            let loader = ThemeLoader.standard(storeDirectory: context.store.root)
            let selection = loader.select(requested: themeName ?? environment["KYILN_THEME"], environment: environment,
                                          colorDepth: terminal.surface.colorDepth)
            terminal.apply(theme: selection.theme)
            var app = App(context: context, size: terminal.surface.size)
            app.acceptsMouse = mouse
            app.useKeymap(KeymapLoader.standard(storeDirectory: context.store.root).load(), themeWarnings: selection.warnings)
            latest.app = app
            var needsDrawing = true
            var undrawn = 0
            while !app.isFinished {
                // Keys already waiting (a fast typist, a paste without bracketed paste, a flood over
                // SSH) are all handled before the screen is drawn: one frame for the run, not one
                // per key. A long run is still drawn every `framesAfter` events.
                if needsDrawing && (undrawn >= framesAfter || (!terminal.hasQueuedEvents && !inputIsWaiting())) {
                    // What the frame is about to show is written first: a kill -9 from here on loses none of it.
                    app.journalEdits()
                    terminal.render { app.draw(on: $0) }
                    needsDrawing = false
                    undrawn = 0
                }
                var events = nextEvents(terminal)[...]
                // Let go of the copy the signal path holds while the events are handled: with two
                // copies, every key would copy the answer being typed (a signal is only acted on
                // in `nextEvent`, when `latest.app` is set again).
                latest.app = nil
                // A run of typed characters that were waiting goes in as a few edits, not one per key.
                let (run, keys) = typedRun(events)
                if keys > 1, app.handle(typed: run) {
                    events = events.dropFirst(keys)
                    needsDrawing = true
                    undrawn += keys
                }
                for event in events {
                    if case .key(.resize) = event { app.resize(to: terminal.surface.size) }
                    let before = app.status.message
                    app.handle(event)
                    // A tick that changed nothing sends nothing: only real changes are drawn.
                    if event != .tick || app.status.message != before {
                        needsDrawing = true
                        undrawn += 1
                    }
                }
                latest.app = app
            }
        }
    }
}
