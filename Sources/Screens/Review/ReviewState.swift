import LetterDomain
import LetterStore
import TerminalUI

/// The review screen as a value: `update` (`handle`) turns a key into the next state,
/// `draw` turns a state into a screen. Only `record` and `reload` touch the store.
public struct ReviewState: Sendable {
    /// The letter, its reviews and the district's years (shared with line mode).
    public internal(set) var document: ReviewDocument
    /// The terminal size.
    public internal(set) var size: Size
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
        document = ReviewDocument(session: session, year: year)
        self.size = size
        refreshReader(keepScroll: false)
    }

    /// The store, the one district and the reviewer's key.
    public var session: ReviewSession { document.session }
    /// The school years with a letter for the district, newest first.
    public var years: [SchoolYear] { document.years }
    /// The year shown.
    public var year: SchoolYear? { document.year }
    /// The letter as stored (status before the reviews are merged); nil when it cannot be shown.
    public var letter: Letter? { document.letter }
    /// The reviews of the letter shown, oldest first.
    public var reviews: [Review] { document.reviews }
    /// Why there is no letter to show, when there is none.
    public var problem: String? { document.problem }

    /// The status shown: the letter's, or the decision of a review of its current revision.
    public var shownStatus: LetterStatus? { document.shownStatus }

    /// The findings of the letter shown.
    var findings: [Finding] { document.findings }

    /// Whether a dialog is open.
    public var isDialogOpen: Bool {
        if case .reading = mode { return false }
        return true
    }

    var isTooSmall: Bool { size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows }

    /// Reads the letter, its edition and its reviews again; keeps the section.
    mutating func load(year wanted: SchoolYear?) {
        document.load(year: wanted)
        refreshReader(keepScroll: false)
    }

    /// Rebuilds the text of the section for the current width.
    mutating func refreshReader(keepScroll: Bool) {
        let rect = ReviewLayout.readerRect(in: Rect(origin: .zero, size: size))
        let text = ReviewText.text(of: document, section: section, width: max(20, rect.width - 2))
        if keepScroll {
            reader.text = text
        } else {
            reader = TextView(text: text, viewport: rect.size)
        }
        reader.viewport = rect.size
    }
}
