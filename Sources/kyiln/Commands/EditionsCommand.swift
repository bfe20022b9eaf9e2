import ArgumentParser
import LetterDomain

/// `kyiln editions`: one line per edition.
struct EditionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "editions", abstract: "List the editions of the letter form.")

    @ParentCommand var root: Kyiln

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            for edition in context.editions.editions {
                print([edition.id, "\(edition.network.name) (\(edition.network.abbreviation))", edition.title].map { VisibleText.make($0, keepNewlines: false) }.joined(separator: "\t"))
            }
        }
    }
}
