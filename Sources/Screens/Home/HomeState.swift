import LetterDomain
import LetterStore
import TerminalUI

/// Home: the letters of one school year, one row per district.
struct HomeState {
    var year: SchoolYear
    /// Years that have letters, plus the current one.
    var years: [SchoolYear]
    var summaries: [LetterSummary] = []
    /// Files that could not be read, each naming the file.
    var problems: [String] = []
    var list = ListView(items: [], isFilterable: false, emptyMessage: "No letter matches the filter.")
    /// Set while `/` is typing a filter.
    var filter: TextField?
    /// Set while `y` is picking a school year.
    var yearPicker: ListView?
    /// `d` shows the dashboard instead of the table.
    var showsDashboard = false
    /// `s` cycles the order of the table.
    var order: Order = .district
    /// Last year's letters, for "missing compared with last year": read from the store the
    /// first time the dashboard needs them, not on every start (it costs a second index).
    var previousSummaries: [LetterSummary] { previous.value }
    private var previous = PreviousYear(load: { [] })
    var today: CalendarDate

    /// The orders of the table.
    enum Order: String, CaseIterable {
        case district, status
        case lastChange = "last change"
    }

    /// Letters marked with Space (or "mark all shown") for an action on many at once; they
    /// stay marked through filters and sorts, and go with a change of year.
    var marked: Set<DistrictSlug> = []
    /// The row chosen among the dashboard's letters (Enter opens it or creates it).
    var dashboardRow = 0
    /// For letters whose decision KDE recorded (e-mail, phone, paper): who decided and how,
    /// shown in the row instead of what is left to fill.
    var recordedDecisions: [DistrictSlug: String] = [:]

    /// Home for the current school year (the one today is in, turning on June 1, local time),
    /// whether or not it has letters yet: not the newest year that has some.
    init(context: AppContext, year: SchoolYear? = nil) {
        let current = SchoolYear(containing: context.today())
        let stored = (try? context.store.schoolYears()) ?? []
        self.years = Array(Set(stored + [current])).sorted()
        self.year = year ?? current
        self.today = context.today()
        reload(context: context)
    }

    /// Re-reads the year's summaries (through the store's index), keeping the selected letter
    /// selected and the marks of letters that are still there.
    mutating func reload(context: AppContext) {
        let selectedSlug = selected?.slug
        do {
            let listing = try context.store.summaries(year: year, summarize: context.store.summarize)
            summaries = listing.summaries
            problems = listing.problems.map(\.description)
        } catch {
            summaries = []
            problems = [error.description]
        }
        let store = context.store, previousYear = year.previous
        previous = PreviousYear { (try? store.summaries(year: previousYear, summarize: store.summarize).summaries) ?? [] }
        today = context.today()
        recordedDecisions = Self.recordedDecisions(of: summaries, store: context.store)
        marked.formIntersection(summaries.map(\.slug))
        sortSummaries(keeping: selectedSlug)
    }

    /// Puts the rows in the chosen order, keeping the selected letter (or `slug`) selected.
    mutating func sortSummaries(keeping slug: DistrictSlug? = nil) {
        let selectedSlug = slug ?? selected?.slug
        switch order {
        case .district:
            // Each name lowered once, not at every comparison.
            summaries = summaries.map { ($0.districtName.lowercased(), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        case .status:
            let rank = Dictionary(uniqueKeysWithValues: LetterStatus.allCases.enumerated().map { ($1, $0) })
            summaries = summaries.map { ((rank[$0.status] ?? 0, $0.districtName.lowercased()), $0) }
                .sorted { $0.0 < $1.0 }.map(\.1)
        case .lastChange: summaries.sort { $0.updatedAt > $1.updatedAt }
        }
        let selected = selectedSlug.flatMap { slug in summaries.firstIndex { $0.slug == slug } } ?? 0
        refreshRows()
        if selected < summaries.count { list.select(index: selected) }
    }

    /// Redraws the rows' text (after a mark changed), the filter and selection kept.
    mutating func refreshRows() {
        list.items = summaries.map { Self.row($0, marked: marked.contains($0.slug), recorded: recordedDecisions[$0.slug]) }
    }

    /// One table row: a mark, district, status, edition, what is left to fill, or what the
    /// district said when its review decided the status.
    static func row(_ summary: LetterSummary, marked: Bool = false, recorded: String? = nil) -> String {
        (marked ? "* " : "  ") + pad(summary.districtName, 26) + " " + pad(summary.status.label, 18) + " "
            + pad(summary.editionID, 10) + " " + (reviewNote(summary) ?? recorded ?? summary.leftToFill)
    }

    /// "“Please add our second contact.” Bill Hogan", or "by Bill Hogan, 2026-11-20".
    static func reviewNote(_ summary: LetterSummary) -> String? {
        guard let review = summary.review else { return nil }
        let comment = review.comment.collapsingWhitespace
        // The day the review was made where kyiln runs, not in UTC.
        if comment.isEmpty { return "by \(review.reviewerName), \(CalendarDate.today(now: review.at))" }
        return "“\(comment)” \(review.reviewerName)"
    }

    /// The dashboard of the year.
    var dashboard: Dashboard {
        Dashboard(summaries: summaries, previous: previousSummaries, year: year, today: today)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let clipped = DisplayWidth.truncate(Sanitizer.displayable(text), to: width)
        return clipped + String(repeating: " ", count: max(0, width - DisplayWidth.of(clipped)))
    }

    /// The summary of the selected row.
    var selected: LetterSummary? {
        list.selectedIndex.flatMap { summaries.indices.contains($0) ? summaries[$0] : nil }
    }

    /// Selects the row of a district, if it is listed.
    mutating func select(_ slug: DistrictSlug) {
        if let index = summaries.firstIndex(where: { $0.slug == slug }) { list.select(index: index) }
    }

    /// Whether the store has no letter at all (the first-run screen).
    var isFirstRun: Bool { summaries.isEmpty && problems.isEmpty && years.count <= 1 }
}

/// Last year's summaries, loaded on first use and then kept (until `reload` makes a new one).
/// A class, so the non-mutating `draw` can fill it in.
private final class PreviousYear {
    private var load: (() -> [LetterSummary])?
    private var loaded: [LetterSummary] = []

    init(load: @escaping () -> [LetterSummary]) { self.load = load }

    var value: [LetterSummary] {
        if let load {
            loaded = load()
            self.load = nil
        }
        return loaded
    }
}
