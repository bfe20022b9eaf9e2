import LetterDomain
import LetterRules
import LetterStore

/// A letter to export: which district, which year, and the name to say.
struct ExportedLetter: Equatable, Sendable {
    var slug: DistrictSlug
    var districtName: String
    var schoolYear: SchoolYear

    init(_ summary: LetterSummary) {
        self.init(slug: summary.slug, districtName: summary.districtName, schoolYear: summary.schoolYear)
    }

    init(slug: DistrictSlug, districtName: String, schoolYear: SchoolYear) {
        self.slug = slug
        self.districtName = districtName
        self.schoolYear = schoolYear
    }
}

/// What to export, where, and whether existing files may be replaced (only after asking).
struct ExportRequest: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// One letter in one format, to a file.
        case letter(ExportedLetter, LetterExportFormat)
        /// The year's one-row-per-district overview, to a CSV file.
        case yearCSV(SchoolYear)
        /// These letters, one HTML file each, into a folder.
        case folder([ExportedLetter], SchoolYear)
    }

    var kind: Kind
    var path: String
    var replacing = false

    /// The files this export would write.
    var files: [String] {
        switch kind {
        case .letter, .yearCSV: return [path]
        case .folder(let letters, let year):
            return letters.map { ExportRequest.join(path, LetterExportFormat.html.fileName(slug: $0.slug, year: year)) }
        }
    }

    /// The files of `files` that exist already (asked about before anything is replaced).
    var existing: [String] { files.filter(ExportFile.exists) }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// What an export did: one line for the status bar, and each letter left out with why.
struct ExportResult: Equatable, Sendable {
    var message: String
    var isFailure: Bool
    var refusals: [String] = []
}

/// Runs an export through the rules service (which reads every letter as its district's
/// reviews leave it) and `ExportFile` (which writes it), exactly as `kyiln export` does.
enum ExportJob {
    static func run(_ request: ExportRequest, service: LetterService) -> ExportResult {
        let whereTo = ExportFile.absolute(request.path)
        do {
            switch request.kind {
            case .letter(let summary, let format):
                let opened = try service.open(summary.slug, year: summary.schoolYear)
                try write(format.render(opened.letter, edition: opened.edition), request)
                return ExportResult(message: "Exported \(summary.districtName) \(summary.schoolYear) as \(format.title) to \(whereTo)", isFailure: false)
            case .yearCSV(let year):
                let found = try service.lettersForExport(year: year)
                try write(DistrictTable(editions: service.editions).csv(found.letters), request)
                let refusals = found.problems.map { "\($0.description) (left out of the export)" }
                return ExportResult(message: "Exported the \(year) overview (\(found.letters.count) letters) as CSV to \(whereTo)"
                                    + (refusals.isEmpty ? "" : "; \(refusals.count) file(s) could not be read and are left out"),
                                    isFailure: false, refusals: refusals)
            case .folder(let letters, let year):
                return try folder(letters, year: year, request, service: service)
            }
        } catch let error as ExportFile.Failure {
            return ExportResult(message: "Not exported: \(error.description)", isFailure: true)
        } catch let error as RulesError {
            return ExportResult(message: "Not exported: \(error.description)", isFailure: true)
        } catch {
            return ExportResult(message: "Not exported: \(error)", isFailure: true)
        }
    }

    private static func write(_ text: String, _ request: ExportRequest) throws(ExportFile.Failure) {
        try ExportFile.write(text, to: request.path, replacing: request.replacing)
    }

    /// One HTML file per letter into the folder (made if missing); a letter that cannot be
    /// read or written is listed with why, and the others are written.
    private static func folder(_ letters: [ExportedLetter], year: SchoolYear, _ request: ExportRequest,
                               service: LetterService) throws(ExportFile.Failure) -> ExportResult {
        try ExportFile.makeFolder(request.path)
        let found = service.lettersForExport(letters.map(\.slug), year: year)
        var refusals = found.problems.map { "\($0.0): \($0.1.description)" }
        var written = 0
        for opened in found.letters {
            let name = LetterExportFormat.html.fileName(slug: opened.letter.district.slug, year: year)
            let text = LetterExportFormat.html.render(opened.letter, edition: opened.edition)
            do throws(ExportFile.Failure) {
                try ExportFile.write(text, to: ExportRequest.join(request.path, name), replacing: request.replacing)
                written += 1
            } catch {
                refusals.append("\(opened.letter.district.name): \(error.description)")
            }
        }
        let folder = ExportFile.absolute(request.path)
        let message = "Exported \(written) of \(letters.count) letter\(letters.count == 1 ? "" : "s") as HTML into \(folder)/"
            + (refusals.isEmpty ? "" : "; \(refusals.count) not exported")
        return ExportResult(message: message, isFailure: written == 0 && !letters.isEmpty, refusals: refusals)
    }
}
