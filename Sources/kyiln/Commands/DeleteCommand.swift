import ArgumentParser
import LetterDomain
import LetterRules
import LetterStore

/// `kyiln delete <slug> --year Y` and `kyiln delete --restore <slug> --year Y`.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Move a letter that was never signed to the store's trash, or bring it back.",
        discussion: """
            The letter goes to <store>/trash/<school-year>/<slug>.<time>.json with a history \
            entry; nothing is erased. --restore brings back the most recently deleted letter of \
            that district and year (refused while the district has a letter that year). Signed, \
            active, expired and terminated letters are part of the record and cannot be deleted \
            (exit 3).
            """
    )

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    @Flag(help: "Bring the most recently deleted letter back instead.")
    var restore = false

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let slug = try DistrictSlug(address.slug), year = try SchoolYear(address.year)
            if restore {
                let letter = try context.service.restore(slug, year: year)
                say("restored \(slug) \(year) (\(letter.status.label), revision \(letter.revision))")
            } else {
                let path = try context.service.delete(slug, year: year)
                say("deleted \(slug) \(year): moved to \(path) (kyiln delete --restore \(slug) --year \(year) brings it back)")
            }
        }
    }

    private func say(_ line: String) { print(VisibleText.make(line, keepNewlines: false)) }
}
