import LetterDomain
import LetterStore
import TerminalUI
import FoundationEssentials

/// What the review screen works with: one district of one store, the key the reviewer
/// connected with, and the clock. Nothing in it can name another district or a file.
public struct ReviewSession: Sendable {
    public var store: LetterStore
    public var editions: EditionCatalog
    /// The only district this session may show.
    public let district: DistrictSlug
    /// `SHA256:...` of the SSH key, or empty for a local review.
    public let fingerprint: String
    public var now: @Sendable () -> Date
    /// Key bindings (from keymap.json, or the defaults).
    public var keymap: Keymap

    public init(store: LetterStore, editions: EditionCatalog = .bundled, district: DistrictSlug, fingerprint: String,
                keymap: Keymap = .defaults, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.editions = editions
        self.district = district
        self.fingerprint = fingerprint
        self.keymap = keymap
        self.now = now
    }

    /// The school years that have a letter for the district, newest first.
    func years() -> [SchoolYear] {
        ((try? store.schoolYears()) ?? []).filter { store.exists(district, year: $0) }.sorted(by: >)
    }
}
