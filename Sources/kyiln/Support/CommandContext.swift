import LetterDomain
import LetterStore
import LetterRules
import Glibc

/// What every command needs: the opened store and the editions.
struct CommandContext {
    let store: LetterStore
    /// The bundled editions and those stored in `<store>/editions`.
    let editions: EditionCatalog
    /// Stored edition files that could not be used (each names its file); the other
    /// editions load regardless. `kyiln editions` reports them.
    let editionProblems: [StoreError]

    /// Opens the store chosen by `--store`, `$KYILN_STORE` or the default, with its
    /// stored editions, so letters on them are summarised and validated against them.
    /// `cleanup` says when leftover temporary files are removed (see `LeftoverCleanup`).
    init(storeOption: String?, cleanup: LeftoverCleanup = .atOpen) throws {
        let path = StoreLocation.resolve(option: storeOption, environment: Environment.current)
        (store, editions, editionProblems) = try LetterStore.openWithEditions(at: path, cleanup: cleanup)
    }

    /// The letter of `slug` for `year`, both checked before they touch the file system,
    /// as its district's reviews leave it: a letter in review that the district approved
    /// is shown, changed and saved as approved (saving keeps the decision in the letter).
    func letter(_ slug: String, year: String) throws -> (Letter, Edition) {
        // Through the rules service, so a district's signature made over SSH shows at once.
        let opened = try service.open(try DistrictSlug(slug), year: try SchoolYear(year))
        return (opened.letter, opened.edition)
    }

    /// The letter as `letter(_:year:)` gives it, with its history and every review of it in
    /// time order (`ReviewMerge.timeline`).
    func timeline(_ slug: String, year: String) throws -> [HistoryEntry] {
        let opened = try service.open(try DistrictSlug(slug), year: try SchoolYear(year))
        return ReviewMerge.timeline(of: opened.letter, reviews: opened.reviews.reviews)
    }
}

/// The process environment as a dictionary.
enum Environment {
    static var current: [String: String] {
        var out: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            if let eq = pair.firstIndex(of: "=") {
                out[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            pointer += 1
        }
        return out
    }
}
