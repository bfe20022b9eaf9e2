import ArgumentParser
import LetterDomain
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
            let listing = try context.store.list(year: source)
            let existing = Set(listing.letters.map(\.district.slug).filter { context.store.exists($0, year: target) })
            let plan: RolloverPlan
            do throws(RolloverError) {
                plan = try Rollover.plan(letters: listing.letters, from: source, to: target, existingInTarget: existing,
                                         editions: context.editions, by: CurrentUser.name)
            } catch {
                throw fail(error.description, status: ExitStatus.usage)
            }
            var made = 0
            var skipped = plan.skipped
            for draft in plan.drafts {
                if dryRun {
                    say("would create \(draft.district.slug) \(target) on edition \(draft.editionID) (\(draft.district.name))")
                    made += 1
                    continue
                }
                do throws(StoreError) {
                    try context.store.create(draft, by: CurrentUser.name)
                    say("created \(draft.district.slug) \(target) on edition \(draft.editionID) (\(draft.district.name))")
                    made += 1
                } catch {
                    // Someone made it meanwhile: the same outcome as a skip.
                    guard case .alreadyExists = error else { throw error }
                    skipped.append(RolloverSkip(slug: draft.district.slug, districtName: draft.district.name, reason: "a \(target) letter exists already"))
                }
            }
            for skip in skipped { say("skipped \(skip.slug): \(skip.reason)") }
            for problem in listing.problems { printError("kyiln: " + problem.description + " (not rolled over)") }
            say("\(dryRun ? "would create" : "created") \(made), skipped \(skipped.count)" + (listing.problems.isEmpty ? "" : ", \(listing.problems.count) unreadable"))
            if !listing.problems.isEmpty { throw ExitCode(ExitStatus.badData) }
        }
    }

    private func say(_ line: String) { print(VisibleText.make(line, keepNewlines: false)) }
}
