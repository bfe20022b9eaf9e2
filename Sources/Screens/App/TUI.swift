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
                if needsDrawing && (undrawn >= framesAfter || !inputIsWaiting()) {
                    // What the frame is about to show is written first: a kill -9 from here on loses none of it.
                    app.journalEdits()
                    terminal.render { app.draw(on: $0) }
                    needsDrawing = false
                    undrawn = 0
                }
                let event = terminal.nextEvent()
                if case .key(.resize) = event { app.resize(to: terminal.surface.size) }
                let before = app.status.message
                // Let go of the copy the signal path holds while the event is handled: with two
                // copies, every key would copy the answer being typed (a signal is only acted on
                // in `nextEvent`, when `latest.app` is set again).
                latest.app = nil
                app.handle(event)
                // A tick that changed nothing sends nothing: only real changes are drawn.
                if event != .tick || app.status.message != before {
                    needsDrawing = true
                    undrawn += 1
                }
                latest.app = app
            }
        }
    }
}
