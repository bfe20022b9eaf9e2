import Foundation
import Testing
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI

/// A store in a fresh temporary folder for the editions screens, removed afterwards.
final class EditionsTestStore: @unchecked Sendable {
    let root: String
    let store: LetterStore

    init() throws {
        root = NSTemporaryDirectory() + "kyiln-editions-screen-" + UUID().uuidString
        store = try LetterStore.open(at: root)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var context: AppContext {
        AppContext(store: store, editions: store.editionCatalog().0, user: "tester",
                   now: { Date(timeIntervalSince1970: 1_663_250_400) }, today: { try! CalendarDate(year: 2022, month: 9, day: 15) })
    }

    func letter(_ name: String, edition: String, year: String = "2023-2024", status: LetterStatus = .draft) throws {
        var letter = Letter(district: District(name: name, slug: try DistrictSlug(deriving: name)), schoolYear: try SchoolYear(year),
                            editionID: edition, createdBy: "tester")
        letter.status = status
        try store.create(letter, by: "tester")
    }
}

/// Drives the editions screen headless.
struct EditionsDriver {
    var state: EditionsState
    let context: AppContext
    let surface = GridSurface(columns: 100, rows: 30)

    init(_ store: EditionsTestStore) {
        context = store.context
        state = EditionsState(context: context, size: Size(columns: 100, rows: 30))
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> EditionsOutcome {
        var last = EditionsOutcome.handled
        // Keys are resolved as the app resolves them, with the default keymap.
        for key in keys {
            guard let press = Keymap.defaults.resolve(key) else { continue }
            last = state.update(press, context: context)
        }
        return last
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// The screen as text.
    func screen() -> String {
        surface.clear(surface.bounds)
        state.draw(on: surface, status: StatusBar())
        return surface.text()
    }

    /// Selects the edition with `id` in the list.
    mutating func select(_ id: String) {
        let index = state.catalog.editions.firstIndex { $0.id == id }!
        state.list.select(index: index)
    }

    var editor: EditionEditorState? { state.editor }

    /// Focuses a control of the open editor.
    mutating func focus(_ control: EditionEditorControl) {
        guard case .editor(var editor) = state.mode else { Issue.record("no editor open"); return }
        editor.focus(on: control)
        state.mode = .editor(editor)
    }

    /// Copies the selected edition with the form's defaults and opens the editor.
    mutating func copySelected() {
        press(.character("c"), .enter)
    }
}

@Suite("The editions screen and the edition editor")
struct EditionsScreenTests {
    @Test func theListShowsEveryEditionWithItsKindAndLetters() throws {
        let store = try EditionsTestStore()
        try store.letter("Boone County", edition: "2022-2023", year: "2022-2023")
        try store.letter("Kenton County", edition: "2022-2023", year: "2022-2023", status: .active)
        var driver = EditionsDriver(store)
        let screen = driver.screen()
        #expect(screen.contains("Editions of the letter form"))
        #expect(screen.contains("3 editions: 3 built in, 0 stored."))
        #expect(screen.contains("2015-2016"))
        #expect(screen.contains("Kentucky Innovation Lab Network (KYILN)"))
        #expect(screen.contains("2 letters (1 signed)"), "\(screen)")
        #expect(screen.contains("built in"))
        #expect(driver.press(.escape) == .close)
    }

    @Test func builtInEditionsAreNotEditedButCopied() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2022-2023")
        driver.press(.enter)
        #expect(driver.editor == nil)
        #expect(driver.state.message?.text.contains("built into kyiln and cannot be changed: press c to copy it") == true)
        #expect(driver.screen().contains("press c to copy it"))
        driver.press(.character("x"))
        #expect(driver.state.message?.text.contains("cannot be deleted") == true)
    }

    @Test func copyingAsksTheIdAndYearThenOpensTheEditor() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2019-2020")
        driver.press(.character("c"))
        let form = driver.screen()
        #expect(form.contains("Copy edition 2019-2020"))
        #expect(form.contains("2023-2024"), "the default is the year after the newest edition")

        // A bad id is refused in the form, with the text kept.
        driver.press(.control("u"))
        driver.type("../x")
        driver.press(.enter, .enter)
        #expect(driver.screen().contains("invalid edition id"))
        #expect(driver.editor == nil)
        driver.press(.control("u"))
        driver.type("ky-iln-next")
        driver.press(.tab, .control("u"))
        driver.type("2024-2025")
        driver.press(.enter)

        let editor = try #require(driver.editor)
        #expect(editor.original.id == "ky-iln-next")
        #expect(editor.original.schoolYear == (try SchoolYear("2024-2025")))
        #expect(editor.original.effectivePeriod == .signingDateWindow, "a copy keeps the source's words and rules")
        let stored = try store.store.storedEdition("ky-iln-next")
        #expect(stored.prompts == (try EditionCatalog.bundled.edition(id: "2019-2020")).prompts)
        let screen = driver.screen()
        #expect(screen.contains("Edition ky-iln-next"))
        #expect(screen.contains("School year"))
        #expect(screen.contains("2024-2025"))

        // Back on the list, the copy shows as stored.
        driver.press(.escape)
        #expect(driver.editor == nil)
        #expect(driver.screen().contains("ky-iln-next"))
        #expect(driver.screen().contains("stored"))
    }

    @Test func copyingToAnIdThatExistsIsRefusedInTheForm() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.press(.character("c"), .control("u"))
        driver.type("2022-2023")
        driver.press(.enter, .enter)
        #expect(driver.editor == nil)
        #expect(driver.screen().contains("built into kyiln; choose another id"))
    }

    @Test func editingAParagraphAndAListThenSaving() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2022-2023")
        driver.copySelected()
        #expect(driver.editor?.original.id == "2023-2024")

        // The statement of purpose: replace its text.
        driver.focus(.paragraph(section: 0, block: 0))
        for _ in 0..<40 { driver.press(.control("k")) }
        driver.type("KY ILN helps districts learn from each other.")
        #expect(driver.editor?.isDirty == true)
        #expect(driver.screen().contains("unsaved changes"))

        // The member expectations: change the first item, add one at the end.
        driver.focus(.list(section: 1, block: 5))
        driver.press(.control("k"))
        driver.type("Attending video calls.")
        for _ in 0..<30 { driver.press(.down) }
        driver.press(.end, .enter)
        driver.type("Sharing one story of innovation each term.")

        driver.press(.control("s"))
        #expect(driver.editor?.message?.text == "Saved edition 2023-2024.")
        #expect(driver.editor?.isDirty == false)
        let saved = try store.store.storedEdition("2023-2024")
        #expect(saved.purpose == ["KY ILN helps districts learn from each other."])
        let bundled = try EditionCatalog.bundled.edition(id: "2022-2023")
        #expect(saved.expectations.count == bundled.expectations.count + 1)
        #expect(saved.expectations[0] == ListItem(id: bundled.expectations[0].id, text: "Attending video calls."), "ids are kept by position")
        #expect(Array(saved.expectations.dropFirst().prefix(4)) == Array(bundled.expectations.dropFirst()))
        #expect(saved.expectations.last == ListItem(id: "sharing-one-story-of-innovation", text: "Sharing one story of innovation each term."))
        driver.press(.escape)
        #expect(driver.editor == nil, "nothing unsaved: Esc goes straight back")
        #expect(driver.state.message?.text == "Saved edition 2023-2024.")
    }

    @Test func rulesDesigneeAndReturnAddressAreEdited() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2022-2023")
        driver.copySelected()
        driver.focus(.effectivePeriod)
        driver.press(.right)
        #expect(driver.editor?.effectivePeriod == .fromSignature)
        #expect(driver.screen().contains("from the date of signature on"))
        driver.focus(.designeeName)
        driver.press(.control("u"))
        driver.type("Ann Lee")
        driver.focus(.returnEmail)
        driver.press(.control("u"))
        driver.type("ann.lee@education.ky.gov")
        driver.focus(.returnText)
        for _ in 0..<20 { driver.press(.down) }
        driver.press(.end, .enter)
        driver.type("Thank you.")
        driver.press(.control("s"))
        let saved = try store.store.storedEdition("2023-2024")
        #expect(saved.effectivePeriod == .fromSignature)
        #expect(saved.kdeDesignee.name == "Ann Lee")
        #expect(saved.returnTo.email == "ann.lee@education.ky.gov")
        #expect(saved.returnTo.text.last == "Thank you.")
    }

    @Test func problemsShowBesideTheirFieldsAndNothingIsLost() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2022-2023")
        driver.copySelected()
        driver.focus(.title)
        driver.press(.control("u"))
        // A second question taking points of action.
        driver.focus(.promptAnswer(section: 3, block: 0))
        driver.press(.right)
        driver.focus(.returnEmail)
        driver.press(.control("u"))
        driver.type("not an address")
        driver.press(.control("s"))

        let editor = try #require(driver.editor)
        #expect(editor.problems.count == 3)
        #expect(editor.message?.text.contains("Not saved: 3 problems") == true)
        #expect(editor.focused == .title, "the focus goes to the first problem")
        #expect(driver.screen().contains("! the title is empty"))
        #expect(editor.text(of: .returnEmail) == "not an address", "typed text stays")
        #expect(try store.store.storedEdition("2023-2024").title == "LETTER OF COMMITMENT", "nothing was written")

        driver.type("LETTER OF COMMITMENT")
        driver.focus(.promptAnswer(section: 3, block: 0))
        driver.press(.left)
        driver.focus(.returnEmail)
        driver.press(.control("u"))
        driver.type("kde@education.ky.gov")
        driver.press(.control("s"))
        #expect(driver.editor?.problems == [])
        #expect(try store.store.storedEdition("2023-2024").returnTo.email == "kde@education.ky.gov")
    }

    @Test func escapeAsksAboutUnsavedChanges() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2022-2023")
        driver.copySelected()
        driver.focus(.networkName)
        driver.type(" of Schools")
        driver.press(.escape)
        #expect(driver.editor != nil)
        #expect(driver.screen().contains("Save your changes to edition 2023-2024"))
        driver.press(.escape)
        #expect(driver.editor?.text(of: .networkName) == "Kentucky Innovative Learning Network of Schools", "cancel keeps the edits")
        driver.press(.escape, .character("d"))
        #expect(driver.editor == nil)
        #expect(try store.store.storedEdition("2023-2024").network.name == "Kentucky Innovative Learning Network")

        driver.select("2023-2024")
        driver.press(.enter)
        driver.focus(.networkName)
        driver.type(" of Schools")
        driver.press(.escape, .character("s"))
        #expect(driver.editor == nil)
        #expect(try store.store.storedEdition("2023-2024").network.name == "Kentucky Innovative Learning Network of Schools")
    }

    /// An edition signed letters use opens read-only with the reason, from the first look: it can
    /// be read, and every key that would change it says why and does nothing.
    @Test func anEditionWithSignedLettersOpensReadOnly() throws {
        let store = try EditionsTestStore()
        try store.store.copyEdition(try EditionCatalog.bundled.edition(id: "2022-2023"), as: "2023-2024")
        try store.letter("Boone County", edition: "2023-2024", status: .signed)
        var driver = EditionsDriver(store)
        driver.select("2023-2024")
        driver.press(.enter)
        let editor = try #require(driver.editor)
        let reason = try #require(editor.readOnlyReason)
        #expect(reason.hasPrefix("Read-only: 1 letter that uses edition 2023-2024 is signed or in force (2023-2024/boone-county)"), "\(reason)")
        let screen = driver.screen()
        #expect(screen.contains("read-only"))
        #expect(screen.contains("Read-only: 1 letter that uses edition 2023-2024"), "\(screen)")
        driver.focus(.networkName)
        let before = try store.store.storedEdition("2023-2024")
        for key: Key in [.character("x"), .backspace, .paste("More"), .control("u")] {
            driver.press(key)
            #expect(driver.editor?.message?.text == reason)
            #expect(driver.editor?.isDirty == false)
        }
        driver.focus(.effectivePeriod)
        driver.press(.right)
        #expect(driver.editor?.message?.text == reason)
        #expect(driver.editor?.isDirty == false)
        driver.press(.control("s"))
        #expect(driver.editor?.message?.text == reason)
        #expect(try store.store.storedEdition("2023-2024") == before)
        // Esc goes back to the list without asking: nothing changed.
        driver.press(.escape)
        #expect(driver.editor == nil)
    }

    @Test func aSaveIsRefusedWhenALetterWasSignedMeanwhile() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2022-2023")
        driver.copySelected()
        driver.focus(.title)
        driver.type("!")
        try store.letter("Boone County", edition: "2023-2024", status: .active)
        driver.press(.control("s"))
        #expect(driver.editor?.message?.text.contains("copy it instead") == true)
        #expect(driver.editor?.isDirty == true, "the edits stay")
    }

    @Test func deletingAStoredEdition() throws {
        let store = try EditionsTestStore()
        let base = try EditionCatalog.bundled.edition(id: "2022-2023")
        try store.store.copyEdition(base, as: "used")
        try store.store.copyEdition(base, as: "unused")
        try store.letter("Boone County", edition: "used")
        var driver = EditionsDriver(store)

        driver.select("used")
        driver.press(.character("x"))
        #expect(driver.state.message?.text.contains("cannot be deleted: 1 letter uses it (2023-2024/boone-county)") == true)

        driver.select("unused")
        driver.press(.character("x"))
        #expect(driver.screen().contains("Delete the stored edition unused"))
        driver.press(.character("n"))
        #expect(FileManager.default.fileExists(atPath: store.root + "/editions/unused.json"))
        driver.press(.character("x"), .character("y"))
        #expect(!FileManager.default.fileExists(atPath: store.root + "/editions/unused.json"))
        #expect(driver.state.message?.text == "Deleted edition unused.")
        #expect(!driver.state.catalog.editions.contains { $0.id == "unused" })
    }

    @Test func pageKeysMoveThroughTheForm() throws {
        let store = try EditionsTestStore()
        var driver = EditionsDriver(store)
        driver.select("2015-2016")
        driver.copySelected()
        #expect(driver.editor?.focused == .schoolYear)
        driver.press(.pageDown)
        let afterOnePage = try #require(driver.editor?.focused)
        #expect(afterOnePage != .schoolYear)
        #expect(driver.screen().contains("more above") || driver.screen().contains("more below"))
        driver.press(.control("p"), .control("p"))
        #expect(driver.editor?.focused == .schoolYear)
        for _ in 0..<200 { driver.press(.tab) }
        #expect(driver.editor?.focused == .returnText)
        #expect(driver.screen().contains("The return block as the form prints it"))
    }

    @Test func listEditingKeepsIdsAndLeadIns() {
        let old = [ListItem(id: "definition", title: "Definition.", text: "Define it."), ListItem(id: "b", text: "Second.")]
        let items = EditionEditorText.items(from: "Definition. Define it well.\n\n  Second, changed.\nThird one\nThird one", keeping: old)
        #expect(items == [
            ListItem(id: "definition", title: "Definition.", text: "Define it well."),
            ListItem(id: "b", text: "Second, changed."),
            ListItem(id: "third-one", text: "Third one"),
            ListItem(id: "third-one-2", text: "Third one"),
        ])
    }
}
