import LetterDomain
import LetterRules
import LetterStore
import FoundationEssentials

/// What the screens need from outside: the store, the editions, who is working, and time.
///
/// Time comes in as functions so tests can fix "today".
public struct AppContext: Sendable {
    public var store: LetterStore
    public var editions: EditionCatalog
    /// The local user name recorded with each save.
    public var user: String
    public var now: @Sendable () -> Date
    public var today: @Sendable () -> CalendarDate

    public init(store: LetterStore, editions: EditionCatalog = .bundled, user: String,
                now: @escaping @Sendable () -> Date = { Date() },
                today: @escaping @Sendable () -> CalendarDate = { CalendarDate.today() }) {
        self.store = store
        self.editions = editions
        self.user = user
        self.now = now
        self.today = today
    }

    /// The rules service every change of a letter goes through.
    public var service: LetterService {
        LetterService(store: store, editions: editions, user: user, now: now, today: today)
    }
}
