import ArgumentParser
import LetterDomain
import LetterFiles
import LetterRules
import LetterStore
import SystemCalls

/// `kyiln import FILE|FOLDER [--year Y] [--dry-run] [--replace | --as signed|active|expired]`: Word (.docx), OpenDocument (.odt) or text.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read letters (Word .docx, OpenDocument .odt, or text) into drafts.",
        discussion: """
            Reads a Word document by its structure (list items, tables, headers) and a text file \
            in any of UTF-8, UTF-16 or Windows-1252 (the encoding is named). Recognises the \
            edition from the wording, then prints what it found field by field, \
            what it did not find, and every line it could not place. Nothing is guessed: an \
            unclear value is left empty. The school year is --year, else the one printed in the \
            letter. Stores a draft unless --dry-run; refuses when the district already has a \
            letter that year unless --replace (only letters not yet signed can be replaced). \
            A folder imports each of its .docx, .odt and .txt files, names every other file it \
            skipped and why, and ends with a one-line summary. .doc, PDF and RTF files are \
            refused with what to do instead.
            """
    )

    @ParentCommand var root: Kyiln

    @Argument(help: ArgumentHelp("A .docx, .odt or .txt file, or a folder of them.", valueName: "path"))
    var path: String

    @Option(help: ArgumentHelp("The school year to file the letters under (default: the one in the text).", valueName: "year"))
    var year: String?

    @Flag(help: "Only show what would be read; store nothing.")
    var dryRun = false

    @Flag(help: "Replace an existing letter of that district and year (recorded in its history).")
    var replace = false

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Record a past letter as what it was: signed, active or expired, on the signature dates found in the file (named in its history).",
        valueName: "status"))
    var asStatus: String?

    /// How one file ended.
    private enum Outcome { case stored, replaced, readOnly, failed(Int32) }

    func run() throws {
        try reportingFailures {
            let asked = try year.map { text throws(NameError) in try SchoolYear(text) }
            let archived = try archiveStatus()
            let context = try CommandContext(storeOption: root.store)
            let folder = FileIO.isDirectory(path)
            var files = [path], skipped: [LetterFolder.Skipped] = []
            if folder {
                do throws(SystemError) { (files, skipped) = try LetterFolder.letters(in: path) } catch {
                    throw fail("\(path): \(error)", status: ExitStatus.ioError)
                }
                for entry in skipped { say("skipped \(entry.name): \(entry.reason)") }
                if !skipped.isEmpty { print("") }
            }
            if folder && files.isEmpty { throw fail("\(path) holds no .docx, .odt or .txt files", status: ExitStatus.notFound) }
            var outcomes: [Outcome] = []
            let importer = LetterFileReader(importer: LetterImporter(editions: context.editions))
            for (i, file) in files.enumerated() {
                if i > 0 { print("") }
                outcomes.append(importOne(file, with: importer, asked: asked, archived: archived, context: context))
            }
            if folder {
                var counts: [String: Int] = [:]
                for outcome in outcomes {
                    switch outcome {
                    case .stored: counts["stored", default: 0] += 1
                    case .replaced: counts["replaced", default: 0] += 1
                    case .readOnly: counts["read (dry run)", default: 0] += 1
                    case .failed: counts["not stored", default: 0] += 1
                    }
                }
                if !skipped.isEmpty { counts["skipped", default: 0] = skipped.count }
                let parts = ["stored", "replaced", "read (dry run)", "not stored", "skipped"].compactMap { key in counts[key].map { "\($0) \(key)" } }
                let total = files.count + skipped.count
                print("\nsummary: \(total) file\(total == 1 ? "" : "s"): " + parts.joined(separator: ", "))
            }
            for case .failed(let status) in outcomes { throw ExitCode(status) }
        }
    }

    private func importOne(_ file: String, with importer: LetterFileReader, asked: SchoolYear?, archived: LetterStatus?, context: CommandContext) -> Outcome {
        let name = String(file.split(separator: "/").last ?? Substring(file))
        say("== \(name)")
        let bytes: [UInt8]
        do throws(FileIO.Failure) { bytes = try FileIO.read(file, limit: LetterFileReader.sizeLimit) } catch {
            printError("kyiln: " + error.description)
            return .failed(error.status)
        }
        let report = importer.read(bytes: bytes, sourceName: name)
        show(report, asked: asked)
        if dryRun {
            say("dry run: nothing stored")
            return .readOnly
        }
        do {
            return try store(report, asked: asked, archived: archived, context: context)
        } catch let error as ImportError {
            printError("kyiln: " + error.description)
            return .failed(ExitStatus.badData)
        } catch let error as StoreError {
            printError("kyiln: " + error.description)
            return .failed(ExitStatus.forStoreError(error))
        } catch let error as FileIO.Failure {
            printError("kyiln: " + error.description)
            return .failed(error.status)
        } catch {
            printError("kyiln: \(error)")
            return .failed(ExitStatus.ioError)
        }
    }

    /// `--as`: signed, active or expired; refused with `--replace` (a record is added, never swapped in).
    private func archiveStatus() throws -> LetterStatus? {
        guard let asStatus else { return nil }
        guard let status = LetterStatus(rawValue: asStatus), ArchiveRecord.statuses.contains(status) else {
            throw fail("--as takes signed, active or expired (not \(asStatus))", status: ExitStatus.usage)
        }
        if replace { throw fail("--as records a past letter and never replaces one; leave out --replace", status: ExitStatus.usage) }
        return status
    }

    private func store(_ report: ImportReport, asked: SchoolYear?, archived: LetterStatus?, context: CommandContext) throws -> Outcome {
        let letter = try report.letter(year: asked, by: CurrentUser.name)
        let slug = letter.district.slug, year = letter.schoolYear
        do {
            let outcome = if let archived {
                try context.service.storeArchived(letter, as: archived, source: report.sourceName)
            } else {
                try context.service.storeImported(letter, source: report.sourceName, replacing: replace)
            }
            switch outcome {
            case .stored(let stored):
                say("stored \(slug) \(year) as \(archived.map { "\($0.label), as recorded in the file" } ?? "a draft") (revision \(stored.revision))")
                return .stored
            case .replaced(let stored):
                say("replaced \(slug) \(year) with a draft from \(report.sourceName) (revision \(stored.revision))")
                return .replaced
            }
        } catch {
            switch error {
            case .store(.alreadyExists):
                throw FileIO.Failure(description: "a letter for \(slug) in \(year) exists already; nothing stored (add --replace to replace it)", status: ExitStatus.alreadyExists)
            case .locked(let status, _):
                throw FileIO.Failure(description: "the \(year) letter of \(slug) is \(status.label); a signed letter is never replaced by an import", status: ExitStatus.refused)
            case .store(let storeError):
                throw storeError
            default:
                throw FileIO.Failure(description: error.description, status: ExitStatus.forRulesError(error))
            }
        }
    }

    private func show(_ report: ImportReport, asked: SchoolYear?) {
        if let edition = report.edition, let best = report.scores.first {
            let next = report.scores.dropFirst().first.map { "; next best \($0.editionID): \($0.matched) of \($0.total)" } ?? ""
            say("edition: \(edition.id) (\(best.matched) of \(best.total) headings and paragraph openings found\(next))")
        } else {
            say("edition: not recognised")
        }
        if !report.format.isEmpty { say("read as: \(report.format)") }
        switch (asked, report.schoolYear) {
        case let (asked?, found?) where asked != found: say("school year: \(asked) (from --year; the text says \(found))")
        case let (asked?, _): say("school year: \(asked) (from --year)")
        case let (nil, found?): say("school year: \(found) (printed in the letter)")
        case (nil, nil): say("school year: not found (give --year)")
        }
        if !report.found.isEmpty { say("found:") }
        for field in report.found {
            let value = field.value.collapsingWhitespace.shortened(to: 100)
            let paragraphs = field.value.split(separator: "\n\n", omittingEmptySubsequences: true).count
            say("  \(field.field): \(value)" + (paragraphs > 1 ? " [\(paragraphs) paragraphs]" : "") + "  (\(field.source))")
        }
        if !report.notFound.isEmpty { say("not found (left empty): " + report.notFound.map(\.description).joined(separator: ", ")) }
        if !report.unplaced.isEmpty { say("could not place:") }
        for item in report.unplaced {
            let at = item.line > 0 ? "line \(item.line): " : ""
            let text = item.text.isEmpty ? "" : "\"\(item.text.shortened(to: 80))\" "
            say("  \(at)\(text)— \(item.reason)")
        }
    }

    private func say(_ line: String) { print(VisibleText.make(line, keepNewlines: false)) }
}
