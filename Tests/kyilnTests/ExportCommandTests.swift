import Foundation
import LetterDomain
import LetterStore
import Testing

@Suite("kyiln export, as a real process")
struct ExportCommandTests {
    private func seed(_ store: StoreFolder) throws {
        var letter = Letter(district: District(name: "Boone \"<b>\" County", slug: try DistrictSlug("boone-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "tester")
        letter.superintendent = Superintendent(name: "=HYPERLINK(\"evil\")", email: "a@b.us")
        letter.reflections["previous-year"] = "<script>alert(1)</script>\u{1B}[2J & more"
        try LetterStore.open(at: store.path).create(letter, by: "tester")
    }

    @Test func htmlIsEscapedAndWrittenOnlyOnceWithoutForce() throws {
        let store = StoreFolder()
        try seed(store)
        let file = store.path + "-boone.html"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let first = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "html", "--output", file)
        #expect(first.status == 0, "\(first.stderr)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;^[[2J &amp; more"))
        #expect(html.contains("Boone &quot;&lt;b&gt;&quot; County"))
        let second = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "html", "--output", file)
        #expect(second.status == 73)
        #expect(second.stderr.contains("--force"))
        let forced = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "markdown", "--output", file, "--force")
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# LETTER OF COMMITMENT"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (file as NSString).deletingLastPathComponent).filter { $0.contains(".tmp-") && $0.contains("boone.html") }
        #expect(leftovers.isEmpty)
    }

    @Test func csvHasOneRowPerDistrictQuotedAndDefused() throws {
        let store = StoreFolder()
        try seed(store)
        let result = try store.kyiln("export", "--year", "2022-2023", "--format", "csv")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 2)
        #expect(rows[1].hasPrefix("\"Boone \"\"<b>\"\" County\",boone-county,2022-2023,draft,2022-2023,\"'=HYPERLINK(\"\"evil\"\")\",a@b.us,"))
        let usage = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "csv")
        #expect(usage.status == 64)
    }

    @Test func textAndJsonGoToStandardOutput() throws {
        let store = StoreFolder()
        try seed(store)
        let text = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "text")
        #expect(text.stdout.contains("LETTER OF COMMITMENT"))
        #expect(!text.stdout.unicodeScalars.contains("\u{1B}"))
        let json = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "json")
        #expect(json.stdout.contains("\"schemaVersion\" : 1"))
    }
}
