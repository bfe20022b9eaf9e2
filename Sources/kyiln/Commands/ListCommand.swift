import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln list [--year Y] [--json]`: one line per letter; unreadable files are reported on stderr.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the letters in the store.")

    @ParentCommand var root: Kyiln

    @Option(help: ArgumentHelp("Only this school year.", valueName: "year"))
    var year: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    /// One row of `list --json`.
    struct Row: Encodable {
        var slug: String
        var district: String
        var schoolYear: String
        var edition: String
        var status: String
        var revision: Int
        var findings: Int
        var updatedAt: String
        var updatedBy: String
    }

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let listing = try context.store.list(year: try year.map { try SchoolYear($0) })
            let rows = listing.letters.map { letter in
                let findings = (try? context.editions.edition(id: letter.editionID)).map {
                    Validator(edition: $0).findings(for: letter).filter { $0.severity == .error }.count
                } ?? -1
                return Row(
                    slug: letter.district.slug.rawValue, district: letter.district.name, schoolYear: letter.schoolYear.description,
                    edition: letter.editionID, status: letter.status.rawValue, revision: letter.revision, findings: findings,
                    updatedAt: Timestamp.format(letter.updatedAt), updatedBy: letter.updatedBy)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            } else {
                for row in rows {
                    let left = row.findings == 0 ? "complete" : row.findings < 0 ? "unknown edition" : "\(row.findings) to fill"
                    print(VisibleText.make("\(row.schoolYear)  \(row.slug)  \(row.status)  \(left)  \(row.district)", keepNewlines: false))
                }
            }
            for problem in listing.problems { printError("kyiln: " + problem.description) }
            if !listing.problems.isEmpty { throw ExitCode(ExitStatus.badData) }
        }
    }
}
