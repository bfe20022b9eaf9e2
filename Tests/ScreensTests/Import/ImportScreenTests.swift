import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Import from Home (`i`, or the import key): the path typed with completion, a file's preview
/// field by field, then store (Home shows the new letter) or cancel; a folder imported with a
/// progress line and a summary naming every file skipped. The letters are the importer's own
/// corpus (`Tests/LetterFilesTests/Corpus`), read where they lie.
@Suite struct ImportScreenTests {
    /// A Word letter of the 2022-2023 edition, which prints its school year.
    static let docx = "letter-06-2022-2023.docx"
    static let district = "Greenbriar County Schools"
    static let year = try! SchoolYear("2022-2023")
    /// A letter of the 2019-2020 edition, whose form prints no school year: Barren Fork's of 2021-2022.
    static let yearless = "letter-11-2019-2020.docx"

    static func corpus(_ name: String) -> URL {
        PackageRoot.url().appendingPathComponent("Tests/LetterFilesTests/Corpus").appendingPathComponent(name)
    }

    /// A fresh folder holding copies of `names` from the corpus (and `extra` files of the given text).
    static func folder(_ names: [String], extra: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = TemporaryFolder(prefix: "kyiln-import-test-")
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: false)
        for name in names { try FileManager.default.copyItem(atPath: corpus(name).path, toPath: folder.path + "/" + name) }
        for (name, text) in extra { try text.write(toFile: folder.path + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    /// The screen's text as one line: frame borders dropped and wrapped rows joined, so a
    /// sentence is found however the width wrapped it.
    static func flowing(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Opens the import screen from Home and reads `path`.
    static func read(_ path: String, _ d: inout ScreenDriver) {
        d.type("i")
        d.type(path)
        d.press(.enter)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aFileIsPreviewedFieldByFieldThenStoredAndSelectedOnHome(columns: Int, rows: Int) throws {
        let store = try ScreenStore()
        let files = try Self.folder([Self.docx])
        var d = ScreenDriver(store, columns: columns, rows: rows)
        Self.read(files.path + "/" + Self.docx, &d)
        let grid = d.render()
        #expect(d.screen.contains("Import: \(Self.docx)"))
        #expect(d.screen.contains("Edition: 2022-2023"))
        #expect(d.screen.contains("School year: 2022-2023 (printed in the letter)"))
        #expect(d.screen.contains("District: \(Self.district)"))
        #expect(d.screen.contains("Certain ("))
        expectScreenSnapshot(grid, "import-preview-\(columns)x\(rows)")
        #expect(try store.store.summaries(year: Self.year, summarize: store.store.summarize).summaries.isEmpty, "nothing stored before Store")
        d.press(.enter)
        guard case .home(let home) = d.app.route else { Issue.record("not back on Home"); return }
        #expect(home.year == Self.year)
        #expect(home.selected?.districtName == Self.district)
        #expect(d.screen.contains("Imported greenbriar-county-schools 2022-2023 as a draft"))
        let letter = try store.load(Self.district, year: Self.year)
        #expect(letter.status == .draft)
        #expect(letter.history.contains { $0.action == .imported && $0.note == Self.docx })
    }

    @Test func cancelStoresNothingAndKeepsThePath() throws {
        let store = try ScreenStore()
        let files = try Self.folder([Self.docx])
        var d = ScreenDriver(store)
        Self.read(files.path + "/" + Self.docx, &d)
        d.type("c")
        #expect(d.screen.contains("Import letters"))
        #expect(d.screen.contains(Self.docx), "the path is kept, to read another file")
        d.press(.escape)
        guard case .home = d.app.route else { Issue.record("Esc at the prompt goes Home"); return }
        #expect(try store.store.summaries(year: Self.year, summarize: store.store.summarize).summaries.isEmpty)
    }

    @Test func anExistingLetterIsReplacedOnlyAfterAskingAndASignedOneNever() throws {
        let store = try ScreenStore()
        try store.create(Self.district, year: Self.year) { $0.superintendent.name = "Typed by hand" }
        let files = try Self.folder([Self.docx])
        var d = ScreenDriver(store, columns: 120, rows: 40)
        Self.read(files.path + "/" + Self.docx, &d)
        d.press(.enter)
        #expect(d.screen.contains("Replace?"))
        #expect(d.screen.contains("has a letter for 2022-2023"))
        d.press(.enter)  // Cancel has the focus
        #expect(d.screen.contains("Nothing stored: the letter in the store is kept."))
        #expect(try store.load(Self.district, year: Self.year).superintendent.name == "Typed by hand")
        d.press(.enter)
        d.type("r")
        guard case .home = d.app.route else { Issue.record("replaced: back on Home"); return }
        let replaced = try store.load(Self.district, year: Self.year)
        #expect(replaced.superintendent.name != "Typed by hand")
        #expect(replaced.history.first?.action == .created, "the replaced letter's history stays")
        #expect(replaced.history.contains { $0.action == .replaced && $0.note == Self.docx })

        try store.saveAsSomeoneElse(Self.district) { $0.status = .signed }
        let signed = try store.load(Self.district, year: Self.year)
        Self.read(files.path + "/" + Self.docx, &d)
        d.press(.enter)
        d.type("r")  // the rules refuse even when the person said Replace
        #expect(Self.flowing(d.screen).contains("a signed letter is never replaced by an import"))
        #expect(!d.screen.contains("Replace?"))
        #expect(try store.load(Self.district, year: Self.year) == signed)
    }

    @Test func tabCompletesThePathAsTheExportBoxDoes() throws {
        let store = try ScreenStore()
        let files = try Self.folder([Self.docx])
        var d = ScreenDriver(store)
        d.type("i")
        d.type(files.path + "/let")
        d.press(.tab)
        guard case .importing(let screen) = d.app.route else { Issue.record("not on the import screen"); return }
        #expect(screen.path.text == files.path + "/" + Self.docx)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aFolderImportsWithProgressThenSaysWhatWasSkippedAndWhy(columns: Int, rows: Int) throws {
        let store = try ScreenStore()
        let names = ["letter-06-2022-2023.docx", "letter-11-2019-2020.docx", "letter-18-2022-2023.docx",
                     "letter-27-2022-2023.docx", "letter-30-2022-2023.docx"]
        let files = try Self.folder(names, extra: ["scan.pdf": "%PDF-1.4\n"])
        var d = ScreenDriver(store, columns: columns, rows: rows)
        Self.read(files.path, &d)
        d.app.handle(.tick)
        #expect(d.screen.contains("Importing 5 of 5: letter-30-2022-2023.docx…"))
        d.app.handle(.tick)
        #expect(Self.flowing(d.screen).contains("6 files in"))
        #expect(Self.flowing(d.screen).contains("4 imported, 1 not stored, 1 skipped."))
        #expect(Self.flowing(d.screen).contains("letter-06-2022-2023.docx: imported \(Self.district) 2022-2023 as a draft"))
        #expect(Self.flowing(d.screen).contains("letter-11-2019-2020.docx: not stored: no school year found in the text; type one under School year"))
        #expect(Self.flowing(d.screen).contains("skipped scan.pdf: a PDF; import the Word file it was made from"))
        #expect(d.screen.contains("Folder imported: 4 stored, 1 not stored, 1 skipped."))
        #expect(try store.load(Self.district, year: Self.year).status == .draft)
        d.press(.enter)
        guard case .home = d.app.route else { Issue.record("Enter after the summary goes Home"); return }
    }

    @Test func aFolderNeverReplacesAndSaysSo() throws {
        let store = try ScreenStore()
        try store.create(Self.district, year: Self.year)
        let files = try Self.folder([Self.docx])
        var d = ScreenDriver(store, columns: 120, rows: 40)
        Self.read(files.path, &d)
        d.app.handle(.tick)
        #expect(Self.flowing(d.screen).contains("0 imported, 1 not stored, 0 skipped."))
        #expect(Self.flowing(d.screen).contains("\(Self.docx): not stored: \(Self.district) 2022-2023 has a letter already"))
    }

    @Test func textFromTheFileIsShownSafely() throws {
        let text = try String(contentsOf: Self.corpus("letter-06-2022-2023.pandoc.txt"), encoding: .utf8)
        let hostile = text.replacingOccurrences(of: Self.district, with: "Greenbriar\u{1B}[2J County\u{202E} Schools")
        #expect(hostile != text)
        let files = try Self.folder([], extra: ["hostile.txt": hostile])
        let store = try ScreenStore()
        var d = ScreenDriver(store, columns: 120, rows: 40)
        Self.read(files.path + "/hostile.txt", &d)
        let screen = d.screen
        #expect(!screen.split(separator: "\n").contains { containsControlScalar(String($0)) })
        // The importer left the line unplaced (it holds bytes that are not text), and it is
        // shown with the bidi override as its code point, never acted on by the terminal.
        #expect(screen.contains("County<U+202E> Schools"))
        #expect(screen.contains("District: not found"))
    }

    @Test func aLetterThatPrintsNoYearIsFiledUnderTheYearTyped() throws {
        let store = try ScreenStore()
        let files = try Self.folder([Self.yearless])
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.type("i")
        d.type(files.path + "/" + Self.yearless)
        d.press(.enter)
        #expect(d.screen.contains("School year: not found (go back and type one)"))
        d.press(.enter)
        #expect(d.screen.contains("Not stored: letter-11-2019-2020.docx: no school year found in the text; type one under School year"))
        d.press(.escape)
        d.press(.down)
        d.type("2021-2022")
        d.press(.enter)
        #expect(d.screen.contains("School year: 2021-2022 (typed)"))
        d.press(.enter)
        let letter = try store.load("Barren Fork Independent Schools", year: try SchoolYear("2021-2022"))
        #expect(letter.editionID == "2019-2020")
    }
}
