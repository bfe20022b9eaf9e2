import ArgumentParser

/// The `kyiln` command: the letter wizard when run alone, and a scriptable command line.
@main
struct Kyiln: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kyiln",
        abstract: "Letters of Commitment of the Kentucky Innovative Learning Network.",
        discussion: """
            Run with no command to open the letter wizard. Exit codes: 0 success, 1 validation \
            findings, 64 usage, 65 bad data, 66 not found, 73 already exists, 74 I/O error, \
            75 conflict (someone else saved first), 77 permissions, 78 unusable store.
            """,
        subcommands: [
            EditionsCommand.self, NewCommand.self, SetCommand.self, ShowCommand.self,
            ListCommand.self, ValidateCommand.self,
        ]
    )

    @Option(name: .long, help: ArgumentHelp("The store folder (default: $KYILN_STORE, else $XDG_DATA_HOME/kyiln).", valueName: "dir"))
    var store: String?

    mutating func run() throws {
        print(Kyiln.helpMessage())
    }
}
