import ArgumentParser
import LetterDomain
import LetterStore

/// The formats of `export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, json, csv, canonical
    case allowedSigners = "allowed-signers"

    /// Whether the format is of the whole store or year rather than one letter.
    var isOverview: Bool { self == .csv || self == .allowedSigners }
}

/// `kyiln export <slug> --year Y --format text|markdown|html|json [--output FILE] [--force]`
/// and `kyiln export --year Y --format csv [--output FILE] [--force]`; `--format canonical` is the
/// exact text a signatory signs (`CanonicalText`), `--format allowed-signers` the OpenSSH file
/// of the signatories' keys (`AllowedSigners`).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a letter as text, Markdown, printable HTML or JSON, or a year's overview as CSV.",
        discussion: """
            With a slug: one letter (text, markdown, html, json, or canonical: the exact text that is \
            signed, whose SHA-256 sha256sum prints). Without: --format csv, one row per district of the \
            year, or --format allowed-signers, the signatories' keys for ssh-keygen -Y verify. --output writes the file atomically and never replaces an \
            existing file unless --force; without it the export goes to standard output.
            """
    )

    @ParentCommand var root: Kyiln

    @Argument(help: ArgumentHelp("The district's slug (omit for --format csv).", valueName: "slug"))
    var slug: String?

    @Option(help: ArgumentHelp("The school year, such as 2022-2023 (not for allowed-signers).", valueName: "year"))
    var year: String?

    @Option(help: "text, markdown, html, json, canonical (one letter), csv (the whole year) or allowed-signers.")
    var format: ExportFormat

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    func validate() throws {
        if format == .csv && slug != nil { throw ValidationError("--format csv exports the whole year; leave out the slug") }
        if format == .allowedSigners && slug != nil { throw ValidationError("--format allowed-signers lists every signatory; leave out the slug") }
        if !format.isOverview && slug == nil { throw ValidationError("name the letter's slug, or use --format csv for the whole year") }
        if format != .allowedSigners && year == nil { throw ValidationError("give the school year with --year") }
    }

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            var problems: [StoreError] = []
            let text: String
            if format == .allowedSigners {
                text = AllowedSigners.text(try context.store.readAccess())
            } else if let slug, let year {
                let (letter, edition, reviewProblems) = try context.letter(slug, year: year)
                problems = reviewProblems
                if format == .canonical {
                    text = CanonicalText.of(letter, edition: edition)
                } else if let letterFormat = LetterExportFormat(rawValue: format.rawValue) {
                    text = letterFormat.render(letter, edition: edition)  // as the screens' export renders it
                } else {
                    text = DistrictTable(editions: context.editions).csv([letter])
                }
            } else {
                // Each row shows the status its district's reviews give it, as `list` does.
                let year = try SchoolYear(year ?? "")
                let found = try context.service.lettersForExport(year: year)
                problems = found.problems
                let letters = found.letters
                text = DistrictTable(editions: context.editions).csv(letters)
            }
            if let output {
                do throws(FileIO.Failure) { try FileIO.write(text, to: output, force: force) } catch {
                    throw fail(error.description, status: error.status)
                }
            } else {
                print(text, terminator: "")
            }
            for problem in problems { printError("kyiln: " + problem.description + " (left out of the export)") }
            if !problems.isEmpty { throw ExitCode(ExitStatus.badData) }
        }
    }
}
