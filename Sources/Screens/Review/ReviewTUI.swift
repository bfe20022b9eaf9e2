import LetterDomain
import LetterStore
import TerminalUI

/// Runs the review screen on the real terminal until the reviewer quits.
///
/// SIGHUP (a dropped connection), SIGINT and SIGTERM restore the terminal and exit
/// through `Terminal`; a review is written atomically or not at all, so nothing is
/// ever left half-written.
public enum ReviewTUI {
    public static func run(session: ReviewSession, year: SchoolYear?, themeName: String?, environment: [String: String], mouse: Bool) throws {
        try Terminal.run(options: TerminalOptions(mouse: mouse)) { terminal in
            let loader = ThemeLoader.standard(storeDirectory: session.store.root)
            let selection = loader.select(requested: themeName, environment: environment, colorDepth: terminal.surface.colorDepth)
            terminal.apply(theme: selection.theme)
            var session = session
            session.keymap = KeymapLoader.standard(storeDirectory: session.store.root).load().keymap
            var state = ReviewState(session: session, size: terminal.surface.size, year: year)
            var needsDrawing = true
            while !state.isFinished {
                if needsDrawing { terminal.render { state.draw(on: $0) } }
                let event = terminal.nextEvent()
                if case .key(.resize) = event { state.resize(to: terminal.surface.size) }
                let before = state.status.message
                state.handle(event)
                needsDrawing = event != .tick || state.status.message != before
            }
        }
    }
}
