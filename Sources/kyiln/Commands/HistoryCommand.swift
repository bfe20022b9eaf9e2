import ArgumentParser
import LetterDomain
import LetterStore
import FoundationEssentials

/// `kyiln history <slug> --year Y [--json]`: one line per history entry, oldest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show who did what to a letter, and when.",
        discussion: "One line per entry: time (UTC), who, what, and changed fields with old → new values shortened. District reviews are included, with the reason when one did not count."
    )

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    @Flag(help: "Print the entries as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let (entries, reviewProblems) = try context.timeline(address.slug, year: address.year)
            let (letter, _, _) = try context.letter(address.slug, year: address.year)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                encoder.dateEncodingStrategy = .iso8601
                print(String(decoding: VisibleJSON.escape(Array(try encoder.encode(entries))), as: UTF8.self))
            } else {
                for entry in entries {
                    print(VisibleText.make("\(Timestamp.format(entry.at))  \(entry.by)  \(entry.summary)", keepNewlines: false))
                }
            }
            if !json { print(VisibleText.make(SignatureWords.footer(letter)), terminator: "") }  // JSON stays parseable
            try reportReviewProblems(reviewProblems)
        }
    }
}
