import Foundation
import Testing
@testable import LetterDomain

@Suite("HTML and CSV export")
struct ExportTests {
    static func hostile() throws -> Letter {
        var letter = WorkflowFixtures.complete()
        letter.district.name = "<script>alert(1)</script> & \"Co\""
        letter.superintendent.name = "O'Brien \u{1B}[2J<b>"
        letter.reflections["previous-year"] = "First & <i>second</i>\nline two\n\nPara \"two\""
        letter.actions = ["=HYPERLINK(\"http://x\")", "+1, -2"]
        return letter
    }

    @Test func htmlEscapesEveryValue() throws {
        let html = HTMLRenderer().render(FormLayout(edition: WorkflowFixtures.edition, letter: try Self.hostile()))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<i>second"))
        #expect(!html.contains("<b>"))
        #expect(!html.unicodeScalars.contains("\u{1B}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(html.contains("O&#39;Brien ^[[2J&lt;b&gt;"))
        #expect(html.contains("First &amp; &lt;i&gt;second&lt;/i&gt;<br>line two</p><p>Para &quot;two&quot;"))
        #expect(html.contains("@media print") && html.contains("@page"))
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("class=\"signature\""))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func csvQuotesAndDefusesFormulas() {
        #expect(CSVField.encode("plain") == "plain")
        #expect(CSVField.encode("a,b") == "\"a,b\"")
        #expect(CSVField.encode("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.encode("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.encode("=1+1") == "'=1+1")
        #expect(CSVField.encode("+1") == "'+1")
        #expect(CSVField.encode("-1") == "'-1")
        #expect(CSVField.encode("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVField.encode("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")
        #expect(CSVField.encode("bell\u{07}") == "bell^G")
        #expect(CSVField.row(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    @Test func theDistrictTableHasOneRowPerLetter() throws {
        var signed = try WorkflowFixtures.at(.active)
        signed.district = District(name: "=cmd|' /C calc'!A0", slug: try DistrictSlug("adair-county"))
        let csv = DistrictTable().csv([signed, WorkflowFixtures.complete()])
        let rows = csv.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("district,slug,school year,status"))
        // Sorted by name: "=" sorts before letters.
        #expect(rows[1].hasPrefix("'=cmd|' /C calc'!A0,adair-county,2022-2023,active,"))
        #expect(rows[1].hasSuffix("2022-08-18,2022-08-20,2022-08-20 to 2023-05-31"))
        #expect(rows[2].hasPrefix("Boone County,boone-county,2022-2023,draft,"))
    }

    @Test("CSV: the effective period only where the letter is or was in force", arguments: LetterStatus.allCases)
    func csvPeriodPerStatus(_ status: LetterStatus) throws {
        var letter = try WorkflowFixtures.at(status)
        // Dates typed ahead of the signing must not make an unsigned row read as agreed.
        if ![.active, .expired, .terminated].contains(status) {
            letter.signatures.district.date = WorkflowFixtures.date("2022-08-18")
            letter.signatures.kde.date = WorkflowFixtures.date("2022-08-20")
        }
        let period = DistrictTable().row(for: letter).last
        switch status {
        case .active, .expired: #expect(period == "2022-08-20 to 2023-05-31")
        case .terminated: #expect(period == "terminated 2022-08-01, never in force")
        default: #expect(period == "")
        }
    }
}
