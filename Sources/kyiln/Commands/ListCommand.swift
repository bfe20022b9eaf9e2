import ArgumentParser
import LetterDomain
import LetterStore
import FoundationEssentials
import TerminalUI

/// `kyiln list [--year Y] [--json]`: a header and one line per letter, in columns; unreadable
/// files are reported on stderr.
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
        var left: String
        var updatedAt: String
        var updatedBy: String
        /// The district reviewer behind an approved or changes-requested status, and their comment.
        var reviewedBy: String?
        var reviewComment: String?
        /// The decision KDE recorded behind an approved or changes-requested status, when it
        /// came by e-mail, phone or paper rather than an SSH review.
        var recordedDecision: Recorded?

        /// `recordedDecision` of `list --json`.
        struct Recorded: Encodable {
            /// "approved" or "changes-requested", as the status it led to.
            var decision: String
            /// "e-mail", "phone" or "paper".
            var channel: String
            var person: String
            var date: String
            var note: String
        }

        /// The status as the table shows it: "approved (recorded by KDE, by phone)" when KDE
        /// recorded the decision, so it is never read as the district's SSH review.
        var shownStatus: String {
            guard let recorded = recordedDecision else { return status }
            let phrase = RecordedDecision.Channel(rawValue: recorded.channel)?.phrase ?? recorded.channel
            return "\(status) (recorded by KDE, \(phrase))"
        }
    }

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let years = try year.map { [try SchoolYear($0)] } ?? context.store.schoolYears()
            var rows: [Row] = []
            var problems: [StoreError] = []
            for year in years {
                // The index answers without decoding every letter; it is rebuilt where stale.
                let listing = try context.store.summaries(year: year, summarize: context.store.summarize)
                problems += listing.problems
                rows += listing.summaries.sorted { $0.slug < $1.slug }.map { summary in
                    Row(slug: summary.slug.rawValue, district: summary.districtName, schoolYear: summary.schoolYear.description,
                        edition: summary.editionID, status: summary.status.rawValue, revision: summary.revision,
                        findings: summary.openFindings, left: summary.leftToFill,
                        updatedAt: Timestamp.format(summary.updatedAt), updatedBy: summary.updatedBy,
                        reviewedBy: summary.review?.reviewerName, reviewComment: summary.review.map(\.comment).flatMap { $0.isEmpty ? nil : $0 })
                }
                Self.addRecordedDecisions(to: &rows, of: listing.summaries, store: context.store, problems: &problems)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: VisibleJSON.escape(Array(try encoder.encode(rows))), as: UTF8.self))
            } else {
                // No letter, no table: an empty store lists nothing, not a lone header.
                if !rows.isEmpty { for line in Self.table(rows) { print(line) } }
            }
            for problem in problems { printError("kyiln: " + problem.description) }
            if !problems.isEmpty { throw ExitCode(ExitStatus.badData) }
        }
    }

    /// Reads the letters whose approved or changes-requested status came without an SSH
    /// review (the index does not keep the history) and adds the decision KDE recorded.
    static func addRecordedDecisions(to rows: inout [Row], of summaries: [LetterSummary], store: LetterStore,
                                     problems: inout [StoreError]) {
        for summary in summaries where summary.review == nil && (summary.status == .approved || summary.status == .changesRequested) {
            let letter: Letter
            do { letter = try store.load(summary.slug, year: summary.schoolYear) } catch {
                problems.append(error)
                continue
            }
            guard let recorded = letter.standingRecordedDecision,
                  let index = rows.firstIndex(where: { $0.slug == summary.slug.rawValue && $0.schoolYear == summary.schoolYear.description }) else { continue }
            rows[index].recordedDecision = Row.Recorded(decision: summary.status.rawValue, channel: recorded.channel.rawValue,
                                                        person: recorded.person, date: recorded.date.description, note: recorded.note)
        }
    }

    /// The table's column titles.
    static let header = ["YEAR", "SLUG", "STATUS", "LEFT", "DISTRICT"]

    /// A header and one line per row, each column as wide as its widest cell on screen (a
    /// wide character takes two columns), two spaces between columns; the district, last,
    /// is not padded. Every cell is made visible first, so its width is the width shown.
    static func table(_ rows: [Row]) -> [String] {
        let cells = [header] + rows.map { row in
            [row.schoolYear, row.slug, row.shownStatus, row.left, row.district].map { VisibleText.make($0, keepNewlines: false) }
        }
        let widths = header.indices.map { column in cells.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return cells.map { line in
            line.indices.map { $0 == line.count - 1 ? line[$0] : DisplayWidth.pad(line[$0], to: widths[$0]) }.joined(separator: "  ")
        }
    }
}
