import Foundation
@_exported import KyilnTestSupport
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI

/// Fixed time for every screen test: 15 September 2022, 14:00 UTC (school year 2022-2023).
enum ScreenClock {
    static let now = Date(timeIntervalSince1970: 1_663_250_400)
    static let today = try! CalendarDate(year: 2022, month: 9, day: 15)
    static let year = try! SchoolYear("2022-2023")
}

/// A store in a fresh temporary folder (the shared `TemporaryStore`), removed when the test ends.
final class ScreenStore: @unchecked Sendable {
    let temporary: TemporaryStore
    var root: String { temporary.root }
    var store: LetterStore { temporary.store }

    init() throws {
        temporary = try TemporaryStore(prefix: "kyiln-screens-test-")
    }

    /// The app's context on this store: user "tester", fixed time.
    var context: AppContext {
        AppContext(store: store, editions: .bundled, user: "tester", now: { ScreenClock.now }, today: { ScreenClock.today })
    }

    /// Creates a letter in the store (revision 1) after `change` shaped it.
    @discardableResult
    func create(_ name: String, year: SchoolYear = ScreenClock.year, editionID: String = "2022-2023",
                _ change: (inout Letter) -> Void = { _ in }) throws -> Letter {
        var letter = Letter(district: District(name: name, slug: try DistrictSlug(deriving: name)), schoolYear: year,
                            editionID: editionID, createdBy: "tester", now: ScreenClock.now)
        change(&letter)
        return try store.create(letter, by: "tester", now: ScreenClock.now)
    }

    /// The stored letter of a district.
    func load(_ name: String, year: SchoolYear = ScreenClock.year) throws -> Letter {
        try store.load(try DistrictSlug(deriving: name), year: year)
    }

    /// Saves a change to the stored letter as another person would, from another process.
    @discardableResult
    func saveAsSomeoneElse(_ name: String, _ change: (inout Letter) -> Void) throws -> Letter {
        var letter = try load(name)
        change(&letter)
        return try store.save(letter, by: "colleague", now: ScreenClock.now.addingTimeInterval(60))
    }

    func recoveryExists(_ name: String, year: SchoolYear = ScreenClock.year) throws -> Bool {
        FileManager.default.fileExists(atPath: store.recoveryPath(try DistrictSlug(deriving: name), year))
    }
}

extension ScreenStore {
    /// A complete Boone County letter stored, opened in the wizard on Contacts, with the
    /// superintendent's name focused: where the conflict, unsaved-edit and key tests start.
    func openCompleteLetterOnContacts() throws -> ScreenDriver {
        try create("Boone County") { fillLetterCompletely(&$0) }
        var d = ScreenDriver(self)
        d.press(.enter)
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentName))
        return d
    }
}

/// The 2022-2023 edition, which most tests use.
let screenEdition = try! EditionCatalog.bundled.edition(id: "2022-2023")

/// Fills every field of a 2022-2023 letter, so it has no findings.
func fillLetterCompletely(_ letter: inout Letter) {
    letter.superintendent = Superintendent(name: "José Muñoz", email: "jmunoz@boone.kyschools.us")
    letter.contacts = [Contact(name: "Ann Lee", title: "Director of Innovation", email: "ann.lee@boone.kyschools.us")]
    for prompt in screenEdition.prompts where prompt.answer == .text {
        letter.reflections[prompt.id] = "We opened two innovation labs.\nNext year every school joins."
    }
    letter.actions = ["Grow the innovation labs", "Train every principal"]
    for item in screenEdition.expectations { letter.acknowledgements[item.id] = true }
    letter.signatures.district = DistrictSignature(name: "José Muñoz", title: "Superintendent", date: try! CalendarDate(year: 2022, month: 9, day: 1))
    letter.signatures.kde = KDESignature(name: "Sarah Snipes", date: try! CalendarDate(year: 2022, month: 9, day: 2))
}

/// Drives an `App` headless: keys in, a `GridSurface` out.
struct ScreenDriver {
    var app: App

    init(_ store: ScreenStore, columns: Int = 80, rows: Int = 24) {
        app = App(context: store.context, size: Size(columns: columns, rows: rows))
    }

    init(app: App) { self.app = app }

    mutating func press(_ keys: Key...) { for key in keys { app.handle(.key(key)) } }

    mutating func press(_ key: Key, times: Int) { for _ in 0..<times { app.handle(.key(key)) } }

    /// Types text key by key ("\n" is Enter).
    mutating func type(_ text: String) {
        for character in text {
            app.handle(.key(character == "\n" ? .enter : .character(character)))
        }
    }

    mutating func resize(_ columns: Int, _ rows: Int) { app.resize(to: Size(columns: columns, rows: rows)) }

    /// The screen as drawn now.
    func render() -> GridSurface {
        let grid = GridSurface(columns: app.size.columns, rows: app.size.rows)
        app.draw(on: grid)
        return grid
    }

    var screen: String { render().text() }

    /// The wizard under any overlay, if one is open.
    var wizard: WizardState? {
        if case .wizard(let wizard) = app.route { return wizard }
        return nil
    }

    /// The focused control of the wizard.
    var focused: WizardControl? { wizard?.focused }

    var page: WizardPage? { wizard?.page }

    var overlayIsOpen: Bool { app.overlay != nil }

    var isConflictOpen: Bool {
        if case .conflict = app.overlay { return true }
        return false
    }

    var isHome: Bool {
        if case .home = app.route { return true }
        return false
    }

    /// Goes forward to a page with Ctrl-N (from the page the wizard is on).
    mutating func go(to target: WizardPage) {
        for _ in 0..<WizardPage.all.count where page != target {
            let index = WizardPage.all.firstIndex(of: page!)!
            let goal = WizardPage.all.firstIndex(of: target)!
            press(goal > index ? .control("n") : .control("p"))
        }
    }

    /// Tabs until `control` has focus (at most one lap of the page).
    mutating func focus(_ control: WizardControl) {
        for _ in 0..<60 where focused != control { press(.tab) }
    }
}

/// Whether a string holds a character a terminal would act on rather than show.
func containsControlScalar(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
