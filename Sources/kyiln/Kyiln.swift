import ArgumentParser
import LetterStore
import Screens
import TerminalUI

/// The `kyiln` command: the letter wizard when run alone, and a scriptable command line.
@main
struct Kyiln: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kyiln",
        abstract: "Letters of Commitment of the Kentucky Innovative Learning Network.",
        discussion: """
            Run with no command to open the letter wizard. Exit codes: 0 success, 1 validation \
            findings, 3 refused by the workflow, 64 usage, 65 bad data, 66 not found, 73 already exists, 74 I/O error, \
            75 conflict (someone else saved first), 77 permissions, 78 unusable store.
            """,
        subcommands: [
            EditionsCommand.self, NewCommand.self, SetCommand.self, ShowCommand.self,
            ListCommand.self, ValidateCommand.self, ThemesCommand.self, StatusCommand.self, HistoryCommand.self,
            RolloverCommand.self, ImportCommand.self, ExportCommand.self, ReviewCommand.self, AccessCommand.self,
        ]
    )

    @Option(name: .long, help: ArgumentHelp("The store folder (default: $KYILN_STORE, else $XDG_DATA_HOME/kyiln).", valueName: "dir"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Colour theme (default: $KYILN_THEME, else default; NO_COLOR means monochrome).", valueName: "name"))
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not ask the terminal for mouse events.")
    var noMouse = false

    @Flag(help: "Plain numbered prompts on stdin/stdout, for screen readers (also when TERM=dumb or not on a terminal).")
    var accessible = false

    /// Line mode is for whoever cannot use the full-screen wizard: asked for, a dumb
    /// terminal, or no terminal at all (a pipe, `ssh -T`).
    static func wantsLineMode(asked: Bool, environment: [String: String]) -> Bool {
        asked || environment["TERM"] == "dumb" || isatty(0) != 1 || isatty(1) != 1
    }

    mutating func run() throws {
        let root = self
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let app = AppContext(store: context.store, editions: context.editions, user: CurrentUser.name)
            if Kyiln.wantsLineMode(asked: root.accessible, environment: Environment.current) {
                LineWizard(context: app, io: StandardLineIO()).run()
                return
            }
            do {
                try TUI.run(context: app, themeName: root.theme, environment: Environment.current, mouse: !root.noMouse)
            } catch let error as TerminalError {
                throw fail("\(error)", status: ExitStatus.usage)
            }
        }
    }
}
