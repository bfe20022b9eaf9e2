import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln editions`: one line per edition, bundled and stored:
/// `id<TAB>network (abbr)<TAB>title<TAB>built in|stored<TAB>N letters`.
struct EditionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "editions", abstract: "List the editions of the letter form (built in and stored).",
        discussion: "Columns: id, network, title, built in or stored, how many letters use it. "
            + "Stored edition files that cannot be used are reported on stderr (exit 65); the others are still listed.",
        subcommands: [EditionsCopyCommand.self, EditionsDeleteCommand.self])

    @ParentCommand var root: Kyiln

    func run() throws {
        try reportingEditionFailures {
            let context = try CommandContext(storeOption: root.store)
            let (usage, _) = try context.store.editionUsage()
            for edition in context.editions.editions {
                let count = usage[edition.id]?.count ?? 0
                let kind = LetterStore.isBuiltIn(edition.id) ? "built in" : "stored"
                print([edition.id, "\(edition.network.name) (\(edition.network.abbreviation))", edition.title, kind,
                       "\(count) letter\(count == 1 ? "" : "s")"]
                    .map { VisibleText.make($0, keepNewlines: false) }.joined(separator: "\t"))
            }
            for problem in context.editionProblems { printError("kyiln: " + problem.description) }
            if !context.editionProblems.isEmpty { throw ExitCode(ExitStatus.badData) }
        }
    }
}

/// `kyiln editions copy <id> --as <new-id> [--year Y]`: a new stored edition made from another.
struct EditionsCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy", abstract: "Copy an edition to a new stored edition and print its id.",
        discussion: "The copy's school year is --year (default: the year after the source's); wherever the text "
            + "names the source's year, the new year replaces it. Edit the copy in kyiln (Home, e).")

    @ParentCommand var editions: EditionsCommand

    @Argument(help: ArgumentHelp("The edition to copy (built in or stored).", valueName: "id"))
    var source: String

    @Option(name: .customLong("as"), help: ArgumentHelp("The new edition's id: lowercase letters, digits, hyphens.", valueName: "new-id"))
    var newID: String

    @Option(name: .long, help: ArgumentHelp("The new edition's school year (default: the year after the source's).", valueName: "year"))
    var year: String?

    func run() throws {
        try reportingEditionFailures {
            let context = try CommandContext(storeOption: editions.root.store)
            let source = try context.editions.edition(id: self.source)
            let schoolYear = try year.map { try SchoolYear($0) }
            let copy = try context.store.copyEdition(source, as: newID, schoolYear: schoolYear)
            print(copy.id)
        }
    }
}

/// `kyiln editions delete <id>`: removes a stored edition that no letter uses.
struct EditionsDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a stored edition that no letter uses.")

    @ParentCommand var editions: EditionsCommand

    @Argument(help: ArgumentHelp("The stored edition to delete.", valueName: "id"))
    var id: String

    func run() throws {
        try reportingEditionFailures {
            let context = try CommandContext(storeOption: editions.root.store)
            try context.store.deleteEdition(id)
        }
    }
}

/// Runs a command body, turning edition refusals into a message and an exit status,
/// and everything else as every other command does.
func reportingEditionFailures(_ body: () throws -> Void) throws {
    try reportingFailures {
        do {
            try body()
        } catch let error as EditionStoreError {
            throw fail(error.description, status: editionExitStatus(error))
        }
    }
}

/// The exit status of an edition refusal.
func editionExitStatus(_ error: EditionStoreError) -> Int32 {
    switch error {
    case .invalidID: ExitStatus.usage
    case .builtIn, .inUse, .locked, .unknownUsage: ExitStatus.refused
    case .notFound: ExitStatus.notFound
    case .alreadyExists: ExitStatus.alreadyExists
    case .changedMeanwhile: ExitStatus.conflict
    case .invalid: ExitStatus.badData
    case .store(let error): ExitStatus.forStoreError(error)
    }
}
