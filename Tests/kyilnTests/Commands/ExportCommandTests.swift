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
        let markdown = try String(contentsOfFile: file, encoding: .utf8)
        #expect(markdown.hasPrefix("> **DRAFT — not signed; not in force**\n\n# LETTER OF COMMITMENT"))
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
        #expect(rows[1].hasPrefix("\"Boone \"\"<b>\"\" County\",boone-county,2022-2023,draft,,2022-2023,\"'=HYPERLINK(\"\"evil\"\")\",a@b.us,"))
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

    /// `text` with every run of white space as one space, so wrapped lines read as one.
    private func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A 2026-2027 letter on the 2022-2023 edition, signed by the district only (with KDE's
    /// date typed ahead), and an active one beside it.
    private func seedSigned(_ store: StoreFolder) throws {
        let opened = try LetterStore.open(at: store.path)
        for (name, status) in [("Adair County", LetterStatus.signed), ("Boone County", .active)] {
            var letter = Letter(district: District(name: name, slug: try DistrictSlug(deriving: name)),
                                schoolYear: try SchoolYear("2026-2027"), editionID: "2022-2023", createdBy: "tester")
            letter.signatures.district.date = try CalendarDate(parsing: "2026-08-18")
            letter.signatures.kde.date = try CalendarDate(parsing: "2026-08-20")
            letter.status = status
            try opened.create(letter, by: "tester")
        }
    }

    @Test func everyFormatMarksALetterNotInForceAndNamesTheLettersYear() throws {
        let store = StoreFolder()
        try seedSigned(store)
        func export(_ slug: String, _ format: String) throws -> String {
            let result = try store.kyiln("export", slug, "--year", "2026-2027", "--format", format)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
        let text = try export("adair-county", "text")
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("*** SIGNED – NOT COUNTERSIGNED — ") == true)
        #expect(lines.last?.hasSuffix("countersigns ***") == true)
        #expect(text.contains("2026 - 2027") && !text.contains("2022 - 2023"))
        #expect(collapse(text).contains("Effective period (once both parties have signed): the 2026-2027 school year"))
        let markdown = try export("adair-county", "markdown")
        #expect(markdown.hasPrefix("> **SIGNED – NOT COUNTERSIGNED — "))
        #expect(markdown.contains("effective for the 2026 \\- 2027 school year"))
        let html = try export("adair-county", "html")
        #expect(html.contains("<title>SIGNED – NOT COUNTERSIGNED – LETTER OF COMMITMENT – Adair County – 2026-2027</title>"))
        #expect(html.contains("class=\"watermark\"") && html.contains("position: fixed"))
        // JSON is the record as stored, unmarked.
        let json = try export("adair-county", "json")
        #expect(!json.contains("NOT COUNTERSIGNED") && json.contains("\"status\" : \"signed\""))
        // The active letter is the agreement: no marking.
        let active = try export("boone-county", "text")
        #expect(!active.contains("***"))
        #expect(collapse(active).contains("Effective period: the 2026-2027 school year (August 20, 2026 to May 31, 2027)"))
        // CSV: a period only for the letter in force.
        let csv = try store.kyiln("export", "--year", "2026-2027", "--format", "csv").stdout.components(separatedBy: "\r\n")
        #expect(csv[1].hasPrefix("Adair County,") && csv[1].hasSuffix(",2026-08-18,2026-08-20,"))
        #expect(csv[2].hasPrefix("Boone County,") && csv[2].hasSuffix(",2026-08-20 to 2027-05-31"))
    }

    @Test func aLetterTheDistrictApprovedIsMarkedApprovedNotSigned() throws {
        let store = StoreFolder()
        let opened = try LetterStore.open(at: store.path)
        var letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "tester")
        letter.status = .inReview
        letter = try opened.create(letter, by: "tester")
        try opened.record(Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision,
                                 decision: .approve, comment: "", reviewerName: "Dana", fingerprint: "SHA256:" + String(repeating: "Q", count: 43), at: Date()))
        let text = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "text")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("*** APPROVED – NOT SIGNED — "))
        // The JSON carries no marking: its status field says it.
        let json = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "json").stdout
        #expect(json.contains("\"status\" : \"approved\"") && !json.contains("NOT SIGNED"))
    }
}
