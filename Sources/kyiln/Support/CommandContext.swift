import LetterDomain
import LetterStore
import LetterRules
import Glibc
import ArgumentParser

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
    /// Through the rules service, so a district's signature made over SSH shows at once.
    /// `reviewProblems` names each review file that could not be used (a FIFO, a link, broken
    /// JSON, ...): the caller reports them, so a review never disappears unsaid.
    func letter(_ slug: String, year: String) throws -> (letter: Letter, edition: Edition, reviewProblems: [StoreError]) {
        let opened = try service.open(try DistrictSlug(slug), year: try SchoolYear(year))
        return (opened.letter, opened.edition, opened.reviews.problems)
    }

    /// The letter as `letter(_:year:)` gives it, with its history and every review of it in
    /// time order (`ReviewMerge.timeline`), and the review files that could not be used.
    func timeline(_ slug: String, year: String) throws -> (entries: [HistoryEntry], reviewProblems: [StoreError]) {
        let opened = try service.open(try DistrictSlug(slug), year: try SchoolYear(year))
        return (ReviewMerge.timeline(of: opened.letter, reviews: opened.reviews.reviews), opened.reviews.problems)
    }
}

/// Names each review file that could not be used, on standard error, and fails with exit 65
/// (like `list`) when there was one, after the command's own output.
func reportReviewProblems(_ problems: [StoreError]) throws {
    for problem in problems { printError("kyiln: " + problem.description + " (this review is not counted)") }
    if !problems.isEmpty { throw ExitCode(ExitStatus.badData) }
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
