import ArgumentParser
import LetterDomain
import LetterRules
import LetterStore

/// `kyiln record-decision <slug> --year Y approved|changes-requested --by email|phone|paper
/// --person NAME [--date D] [--note TEXT]`.
struct RecordDecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record-decision",
        abstract: "Record a district's decision that came by e-mail, phone or on paper.",
        discussion: """
            For a letter in review: the district approved it, or asked for changes, outside the \
            SSH review. It counts like a review (the letter moves to approved or changes-requested), \
            and history, list, show and Home say that KDE recorded it, who decided and how it came. \
            changes-requested needs --note (which changes). --date is the day the district decided \
            (default today; never after today). A refused record exits with status 3 and says why.
            """
    )

    /// What the district decided.
    enum Outcome: String, ExpressibleByArgument, CaseIterable {
        case approved
        case changesRequested = "changes-requested"
    }

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    @Argument(help: ArgumentHelp("What the district decided: approved or changes-requested.", valueName: "decision"))
    var outcome: Outcome

    @Option(name: .customLong("by"), help: ArgumentHelp("How it came: e-mail, phone or paper.", valueName: "channel"))
    var channel: RecordedDecision.Channel

    @Option(help: ArgumentHelp("Who decided at the district.", valueName: "name"))
    var person: String

    @Option(help: ArgumentHelp("The day the district decided: 2022-08-18 or 8/18/2022 (default: today).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("What they said (required with changes-requested).", valueName: "text"))
    var note: String = ""

    func run() throws {
        try reportingFailures {
            let day = try date.map { text throws(DateError) in try CalendarDate(parsing: text) }
            let context = try CommandContext(storeOption: root.store)
            let service = context.service
            let slug = try DistrictSlug(address.slug), year = try SchoolYear(address.year)
            let decision = RecordedDecision(decision: outcome == .approved ? .approve : .requestChanges, channel: channel,
                                            person: person, date: day ?? service.today(), note: note)
            let letter = try service.recordDecision(decision, of: slug, year: year)
            let entry = letter.history.last { $0.recorded != nil }
            let said = entry?.recorded?.attribution(recordedBy: entry?.by ?? service.user) ?? ""
            print(VisibleText.make("\(letter.district.slug) \(letter.schoolYear): in-review → \(letter.status.rawValue) (revision \(letter.revision)); \(said)",
                                   keepNewlines: false))
        }
    }
}

extension RecordedDecision.Channel: ExpressibleByArgument {}
