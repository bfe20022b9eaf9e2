import ArgumentParser
import LetterDomain
import LetterRules
import LetterStore

/// `kyiln rollover --from 2022-2023 --to 2023-2024 [--dry-run]`.
struct RolloverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollover",
        abstract: "Start a new school year: a draft for every district whose letter was in force.",
        discussion: """
            Districts whose letter in the --from year is active or expired (countersigned by KDE) \
            get a draft in the --to year on that year's default edition, with the district, \
            superintendent and points of contact copied; answers, points of action, \
            acknowledgements and signatures start empty. Districts with a letter in the --to \
            year already are skipped, so running it twice makes nothing twice.
            """
    )

    @ParentCommand var root: Kyiln

    @Option(help: ArgumentHelp("The school year to copy from.", valueName: "year"))
    var from: String

    @Option(help: ArgumentHelp("The new school year.", valueName: "year"))
    var to: String

    @Flag(help: "Show what would be made without storing anything.")
    var dryRun = false

    func run() throws {
        try reportingFailures {
            let source = try SchoolYear(from), target = try SchoolYear(to)
            let context = try CommandContext(storeOption: root.store)
            let (plan, problems) = try context.service.planRollover(from: source, to: target)
            var made = 0
            var skipped = plan.skipped
            if dryRun {
                for draft in plan.drafts { say("would create \(draft.district.slug) \(target) on edition \(draft.editionID) (\(draft.district.name))") }
                made = plan.drafts.count
            } else {
                let result = context.service.performRollover(plan)
                for draft in result.made { say("created \(draft.district.slug) \(target) on edition \(draft.editionID) (\(draft.district.name))") }
                made = result.made.count
                skipped = result.skipped
                if let failure = result.failed.first { throw failure.error }
            }
            for skip in skipped { say("skipped \(skip.slug): \(skip.reason)") }
            for problem in problems { printError("kyiln: " + problem.description + " (not rolled over)") }
            say("\(dryRun ? "would create" : "created") \(made), skipped \(skipped.count)" + (problems.isEmpty ? "" : ", \(problems.count) unreadable"))
            if !problems.isEmpty { throw ExitCode(ExitStatus.badData) }
        }
    }

    private func say(_ line: String) { print(VisibleText.make(line, keepNewlines: false)) }
}
