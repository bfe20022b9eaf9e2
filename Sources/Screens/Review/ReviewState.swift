import LetterDomain
import LetterStore
import TerminalUI

/// The review screen as a value: `update` (`handle`) turns a key into the next state,
/// `draw` turns a state into a screen. Only `record` and `reload` touch the store.
public struct ReviewState: Sendable {
    public let session: ReviewSession
    /// The terminal size.
    public internal(set) var size: Size
    /// The school years with a letter for the district, newest first.
    public internal(set) var years: [SchoolYear] = []
    /// The year shown.
    public internal(set) var year: SchoolYear?
    /// The letter as stored (status before the reviews are merged); nil when it cannot be shown.
    public internal(set) var letter: Letter?
    var edition: Edition?
    /// The reviews of the letter shown, oldest first.
    public internal(set) var reviews: [Review] = []
    /// Review files that could not be read.
    var reviewProblems: [String] = []
    /// Why there is no letter to show, when there is none.
    public internal(set) var problem: String?
    public internal(set) var section: ReviewSection = .step(.purpose)
    var reader = TextView()
    var mode: ReviewMode = .reading
    var status = StatusBar()
    /// True once the reviewer quit.
    public internal(set) var isFinished = false

    /// Smallest terminal the screen is laid out for.
    public static let minimumSize = Size(columns: 80, rows: 24)

    /// Opens the district's letter for `year`, or for the newest year that has one.
    public init(session: ReviewSession, size: Size, year: SchoolYear? = nil) {
        self.session = session
        self.size = size
        years = session.years()
        load(year: year ?? years.first)
    }

    /// The status shown: the letter's, or the decision of a review of its current revision.
    public var shownStatus: LetterStatus? {
        letter.map { ReviewMerge.status(of: $0, reviews: reviews) }
    }

    /// The findings of the letter shown.
    var findings: [Finding] {
        guard let letter, let edition else { return [] }
        return Validator(edition: edition).findings(for: letter)
    }

    /// Whether a dialog is open.
    public var isDialogOpen: Bool {
        if case .reading = mode { return false }
        return true
    }

    var isTooSmall: Bool { size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows }

    /// Reads the letter, its edition and its reviews again; keeps the section.
    mutating func load(year wanted: SchoolYear?) {
        year = wanted
        letter = nil
        edition = nil
        reviews = []
        reviewProblems = []
        problem = nil
        guard let wanted else {
            problem = "There is no letter for \(session.district) yet. The Kentucky Department of Education sends it for review when it is ready."
            refreshReader(keepScroll: false)
            return
        }
        do {
            let loaded = try session.store.load(session.district, year: wanted)
            let edition = try session.editions.edition(id: loaded.editionID)
            let listing = session.store.reviews(of: session.district, year: wanted)
            letter = loaded
            self.edition = edition
            reviews = listing.reviews
            reviewProblems = listing.problems.map(\.description)
        } catch {
            // No file paths or system details for the reviewer: KDE sees them in kyiln itself.
            problem = "The letter of \(session.district) for \(wanted) cannot be shown right now. Please tell the Kentucky Department of Education."
        }
        refreshReader(keepScroll: false)
    }

    /// Rebuilds the text of the section for the current width.
    mutating func refreshReader(keepScroll: Bool) {
        let rect = ReviewLayout.readerRect(in: Rect(origin: .zero, size: size))
        let text = ReviewText.text(of: self, width: max(20, rect.width - 2))
        if keepScroll {
            reader.text = text
        } else {
            reader = TextView(text: text, viewport: rect.size)
        }
        reader.viewport = rect.size
    }
}
