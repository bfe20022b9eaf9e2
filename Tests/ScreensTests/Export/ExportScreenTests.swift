import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Export and print from Home and from the wizard: the file is what `kyiln export` writes
/// (the same `LetterExportFormat` and `DistrictTable`), an existing file is replaced only
/// after asking, and the status bar says where it went.
@Suite struct ExportScreenTests {
    /// A fresh, existing folder to export into.
    static func folder() throws -> TemporaryFolder {
        let folder = TemporaryFolder(prefix: "kyiln-export-test-")
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: false)
        return folder
    }

    /// Clears the path field and types `path`.
    static func typePath(_ d: inout ScreenDriver, _ path: String) {
        d.press(.down)
        d.press(.control("u"))
        d.type(path)
    }

    /// The export box's choice, moved with Right until its title contains `text`.
    static func choose(_ d: inout ScreenDriver, _ text: String) {
        for _ in 0..<10 {
            guard case .export(let form) = d.app.overlay, !form.choice.title.contains(text) else { return }
            d.press(.right)
        }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func homeExportsTheSelectedLetterAsHTML(columns: Int, rows: Int) throws {
        let store = try ScreenStore()
        try store.create("Boone County") { fillLetterCompletely(&$0) }
        let out = try Self.folder()
        var d = ScreenDriver(store, columns: columns, rows: rows)
        d.type("p")
        #expect(d.screen.contains("Export and print"))
        #expect(d.screen.contains("Boone County 2022-2023: HTML (printable)"))
        Self.typePath(&d, out.path + "/boone.html")
        d.press(.enter)
        #expect(!d.overlayIsOpen)
        let written = try String(contentsOfFile: out.path + "/boone.html", encoding: .utf8)
        let letter = try store.load("Boone County")
        #expect(written == LetterExportFormat.html.render(letter, edition: screenEdition))
        #expect(d.screen.contains("Exported Boone County 2022-2023 as HTML"))
        #expect(d.app.status.message?.text.contains(out.path + "/boone.html") == true)
    }

    @Test func anExistingFileIsReplacedOnlyAfterAsking() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        let out = try Self.folder()
        let path = out.path + "/year.csv"
        try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.type("p")
        Self.choose(&d, "CSV")
        Self.typePath(&d, path)
        d.press(.enter)
        #expect(d.screen.contains("exists already"))
        #expect(d.screen.contains("Replace"))
        d.press(.enter)  // Cancel has the focus
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(d.overlayIsOpen, "back in the box, to type another name")
        d.press(.enter)
        d.type("r")
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        #expect(csv == DistrictTable(editions: .bundled).csv([try store.load("Boone County")]))
        #expect(d.screen.contains("Exported the 2022-2023 overview (1 letters) as CSV"))
    }

    @Test func theYearAsOneHTMLFilePerLetterIntoAFolder() throws {
        let store = try ScreenStore()
        try store.create("Boone County")
        try store.create("Clark County")
        let out = try Self.folder()
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.type("p")
        Self.choose(&d, "into a folder")
        Self.typePath(&d, out.path + "/letters")
        d.press(.enter)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path + "/letters").sorted()
        #expect(names == ["boone-county-2022-2023.html", "clark-county-2022-2023.html"])
        #expect(d.screen.contains("Exported 2 of 2 letters as HTML into"))
    }

    /// From the wizard, F4 exports the open letter as stored, and says when edits are unsaved.
    @Test func theWizardExportsTheOpenLetter() throws {
        let store = try ScreenStore()
        var d = try store.openCompleteLetterOnContacts()
        d.type(" Jr.")
        let out = try Self.folder()
        d.press(.function(4))
        #expect(d.screen.contains("your unsaved changes are not in"))
        Self.choose(&d, "Markdown")
        Self.typePath(&d, out.path + "/boone.md")
        d.press(.enter)
        let written = try String(contentsOfFile: out.path + "/boone.md", encoding: .utf8)
        #expect(written == LetterExportFormat.markdown.render(try store.load("Boone County"), edition: screenEdition))
        #expect(!written.contains("Jr."))
        #expect(d.wizard?.letter.superintendent.name == "José Muñoz Jr.", "the edit is still there to save")
    }

    @Test func tabCompletesThePath() throws {
        let out = try Self.folder()
        try FileManager.default.createDirectory(atPath: out.path + "/exports", withIntermediateDirectories: false)
        try "x".write(toFile: out.path + "/exam.txt", atomically: true, encoding: .utf8)
        #expect(PathCompletion.complete(out.path + "/exp").text == out.path + "/exports/")
        let both = PathCompletion.complete(out.path + "/ex")
        #expect(both.text == out.path + "/ex")
        #expect(both.candidates == ["exam.txt", "exports"])
        #expect(PathCompletion.complete(out.path + "/nothing").candidates.isEmpty)
    }
}
