import LetterDomain
import TerminalUI

extension App {
    /// On a tick: the folder being imported goes on by a few files; the status bar shows how far
    /// (a changed message is what makes the terminal redraw after a tick).
    mutating func advanceImport() {
        guard case .importing(var screen) = route else { return }
        let step = screen.advance(context: context)
        route = .importing(screen)
        switch step {
        case .progress(let line)?:
            status.show(line, kind: .info, ticks: nil)
        case .finished(let run)?:
            status.show("Folder imported: \(run.stored) stored, \(run.notStored) not stored, \(run.skipped.count) skipped.",
                        kind: run.notStored == 0 ? .success : .warning)
        case nil:
            break
        }
    }

    /// After an import stored a letter: Home on that letter's year, with it selected.
    mutating func showImported(_ slug: DistrictSlug, _ year: SchoolYear) {
        var home = HomeState.returning(to: keptHome, context: context, year: year, from: route)
        home.select(slug)
        if home.selected?.slug != slug {  // a kept filter hid it: the new letter is what to see
            home.list.setFilter("")
            home.select(slug)
        }
        route = .home(home)
        keptHome = home
        status.show("Imported \(slug) \(year) as a draft (its history names the file).", kind: .success)
    }
}
