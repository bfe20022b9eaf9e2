import LetterDomain
import LetterStore
import FoundationEssentials

/// The rules of kyiln in one place: every front end (the wizard, line mode, the command
/// line) creates, saves, moves, deletes and restores letters through this service and holds
/// no workflow rule of its own.
///
/// The service reads the store afresh for every operation (with the district's reviews
/// merged in), applies the domain's rules (`Workflow`, `EditionMove`, `Rollover`) and
/// writes through the store's revision check, so two front ends can never disagree about
/// what a save, a transition or a deletion may do.
public struct LetterService: Sendable {
    public let store: LetterStore
    public let editions: EditionCatalog
    /// The local user name recorded with each change.
    public let user: String
    /// The current instant and the local date, as functions so tests can fix them.
    public let now: @Sendable () -> Date
    public let today: @Sendable () -> CalendarDate

    public init(store: LetterStore, editions: EditionCatalog, user: String,
                now: @escaping @Sendable () -> Date = { Date() },
                today: @escaping @Sendable () -> CalendarDate = { CalendarDate.today() }) {
        self.store = store
        self.editions = editions
        self.user = user
        self.now = now
        self.today = today
    }

    /// The edition of a letter.
    public func edition(of letter: Letter) throws(RulesError) -> Edition {
        do { return try editions.edition(id: letter.editionID) } catch { throw .edition(error) }
    }

    /// A letter as its district's reviews leave it, with its edition and reviews.
    public func open(_ slug: DistrictSlug, year: SchoolYear) throws(RulesError) -> OpenedLetter {
        let found: (letter: Letter, reviews: ReviewListing)
        do { found = try store.reviewedLetter(slug, year: year) } catch { throw .store(error) }
        let letter = withSignatures(found.letter)
        return OpenedLetter(letter: letter, edition: try edition(of: found.letter), reviews: found.reviews)
    }

    /// The letter as stored now, with its reviews and its district's signing decisions merged.
    func current(_ slug: DistrictSlug, _ year: SchoolYear) throws(RulesError) -> Letter {
        do { return withSignatures(try store.reviewedLetter(slug, year: year).letter) } catch { throw .store(error) }
    }
}

/// A letter opened for reading or editing.
public struct OpenedLetter: Sendable {
    public var letter: Letter
    public var edition: Edition
    public var reviews: ReviewListing
}
