import ArgumentParser
import LetterStore
import Screens
import TerminalUI
import Glibc

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
        version: KyilnVersion.text,  // generated at build time (scripts/version-stamp)
        subcommands: [
            EditionsCommand.self, NewCommand.self, SetCommand.self, ShowCommand.self,
            ListCommand.self, ValidateCommand.self, ThemesCommand.self, StatusCommand.self, HistoryCommand.self,
            RolloverCommand.self, ImportCommand.self, DeleteCommand.self, ExportCommand.self, RecordDecisionCommand.self, ReviewCommand.self,
            AccessCommand.self, MailCommand.self, SettingsCommand.self, VerifyCommand.self,
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
        try Kyiln.openApp(RootOptions(store: store, theme: theme, noMouse: noMouse, accessible: accessible))
    }

    /// Starts kyiln. The usual start, the app with at most the root options, skips ArgumentParser:
    /// its parse reflects over every command and costs a few milliseconds of every start.
    /// Anything else (a command, `--help`, a mistake) goes through ArgumentParser as always.
    static func main() {
        guard let options = RootOptions(quickParsing: Array(CommandLine.arguments.dropFirst())) else {
            main(nil)
            return
        }
        do { try openApp(options) } catch { exit(withError: error) }
    }

    /// Opens the full-screen wizard, or line mode where it cannot run.
    static func openApp(_ root: RootOptions) throws {
        try reportingFailures {
            // The wizard removes leftover temporary files while it looks for recovery files (App.init).
            let context = try CommandContext(storeOption: root.store, cleanup: .withRecoveryScan)
            let app = AppContext(store: context.store, editions: context.editions, user: CurrentUser.name)
            ProcessSignals.quitLikeTerminate()  // Ctrl-\ ends kyiln like SIGTERM, never through the crash handler
            if Kyiln.wantsLineMode(asked: root.accessible, environment: Environment.current) {
                _ = context.store.recoveries(removingLeftovers: true)
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

/// The options of `kyiln` without a command.
struct RootOptions: Equatable {
    var store: String?
    var theme: String?
    var noMouse = false
    var accessible = false

    init(store: String? = nil, theme: String? = nil, noMouse: Bool = false, accessible: Bool = false) {
        (self.store, self.theme, self.noMouse, self.accessible) = (store, theme, noMouse, accessible)
    }

    /// The options when `arguments` are only root options, each at most once, in a form
    /// ArgumentParser reads the same way (`--store DIR`, `--store=DIR`, `--theme NAME`,
    /// `--theme=NAME`, `--no-mouse`, `--accessible`); nil for anything else.
    init?(quickParsing arguments: [String]) {
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            var name = argument, value: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--store", "--theme":
                if value == nil {
                    guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                    value = arguments[index]
                    index += 1
                }
                guard let value, !value.isEmpty else { return nil }
                if name == "--store" { store = value } else { theme = value }
            case "--no-mouse" where value == nil: noMouse = true
            case "--accessible" where value == nil: accessible = true
            default: return nil
            }
        }
    }
}
