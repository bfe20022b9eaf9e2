import ArgumentParser
import LetterDomain
import LetterRules
import LetterStore

/// `kyiln status <slug> --year Y <new-status> [--date D] [--note TEXT] [--party district|kde]`.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Move a letter along its workflow (send for review, sign, countersign, expire, terminate).",
        discussion: """
            Statuses: draft, in-review, approved, changes-requested, signed, active, expired, \
            terminated. approved and changes-requested are set by the district's review, not here. \
            signed sets the district signature date (--date, default the date already on the letter, else today; never after today) and needs a letter \
            without findings; active (KDE countersigned) sets KDE's date, never before the \
            district's; expired only after the effective period; terminated needs --date (of the \
            written notice), --note (the reason) and --party; draft from a signed letter needs \
            --note and clears both signature dates. A refused move exits with status 3 and says why.
            """
    )

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    @Argument(help: ArgumentHelp("The new status.", valueName: "status"))
    var newStatus: LetterStatus

    @Option(help: ArgumentHelp("Signature or notice date: 2022-08-18 or 8/18/2022 (default: today).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Why: recorded in the history; the reason when terminating.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("Who gave written notice, when terminating: district or kde.", valueName: "party"))
    var party: Party?

    func run() throws {
        try reportingFailures {
            let day = try date.map { text throws(DateError) in try CalendarDate(parsing: text) }
            let context = try CommandContext(storeOption: root.store)
            let slug = try DistrictSlug(address.slug), year = try SchoolYear(address.year)
            let before = try context.service.open(slug, year: year).letter
            switch try context.service.transition(slug, year: year, to: newStatus, date: day, note: note, party: party) {
            case .saved(let saved):
                let letter = saved.letter
                print(VisibleText.make("\(letter.district.slug) \(letter.schoolYear): \(before.status.rawValue) → \(letter.status.rawValue) (revision \(letter.revision))", keepNewlines: false))
            case .conflict(let conflict):
                throw fail(conflict.description, status: ExitStatus.conflict)
            case .unchanged, .confirmationNeeded:
                break  // a transition always writes or throws
            }
        }
    }
}

extension LetterStatus: ExpressibleByArgument {}
extension Party: ExpressibleByArgument {}
