import LetterDomain
import LetterStore
import TerminalUI

/// Marks (many letters at once), the rows Home shows, and coming back to Home.
extension HomeState {
    /// The letters the table shows now (after the filter), in its order.
    var shown: [LetterSummary] {
        list.visibleIndices.compactMap { summaries.indices.contains($0) ? summaries[$0] : nil }
    }

    /// The marked letters, in the table's order.
    var markedSummaries: [LetterSummary] {
        summaries.filter { marked.contains($0.slug) }
    }

    /// What an action on "the marked letters" acts on: the marked ones, else the selected one.
    var actedOn: [LetterSummary] {
        marked.isEmpty ? (selected.map { [$0] } ?? []) : markedSummaries
    }

    /// Space: marks or unmarks the selected letter and moves to the next row.
    mutating func toggleMark() {
        guard let slug = selected?.slug else { return }
        if marked.contains(slug) { marked.remove(slug) } else { marked.insert(slug) }
        refreshRows()
        _ = list.handle(.down)
    }

    /// `a`: marks every letter shown (after a filter, only those); when all of them are marked
    /// already, unmarks them.
    mutating func toggleMarkAllShown() {
        let slugs = Set(shown.map(\.slug))
        if slugs.isSubset(of: marked) { marked.subtract(slugs) } else { marked.formUnion(slugs) }
        refreshRows()
    }

    /// Home after a letter closed: the Home it was opened from (filter, selection, marks,
    /// order, dashboard), re-read, with the letter just closed selected; a fresh Home for
    /// another year.
    static func returning(to kept: HomeState?, context: AppContext, year: SchoolYear?, from route: App.Route) -> HomeState {
        guard var home = kept, year == nil || home.year == year else { return HomeState(context: context, year: year) }
        home.reload(context: context)
        if case .wizard(let wizard) = route { home.select(wizard.letter.district.slug) }
        return home
    }

    /// The letter `offset` rows away from `slug` among the rows shown (F8/F7 in the wizard).
    func neighbour(of slug: DistrictSlug, by offset: Int) -> LetterSummary? {
        let rows = shown
        guard let index = rows.firstIndex(where: { $0.slug == slug }) else { return nil }
        let target = index + offset
        return rows.indices.contains(target) ? rows[target] : nil
    }

    // MARK: Mail

    // `m` (or the mail key, F9) hands `actedOn` to the mail box (`MailForm`, `App+Mail`), which
    // composes and sends through the rules service as `kyiln mail invite|remind` does.
}
