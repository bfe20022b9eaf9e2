import ArgumentParser
import LetterDomain
import TerminalUI

/// `kyiln themes`: the colour themes found, and where.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the colour themes found and where they are.")

    @ParentCommand var root: Kyiln

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let loader = ThemeLoader.standard(storeDirectory: context.store.root)
            let found = loader.list()
            if found.isEmpty { print("No theme files found; the built-in default theme is used.") }
            for theme in found {
                print([theme.name, theme.path, theme.isShadowed ? "(shadowed by an earlier folder)" : ""]
                    .map { VisibleText.make($0, keepNewlines: false) }.joined(separator: "\t"))
            }
            print("Searched, in order: " + loader.directories.map { VisibleText.make($0.path, keepNewlines: false) }.joined(separator: ", "))
        }
    }
}
