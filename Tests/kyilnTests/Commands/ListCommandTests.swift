import Foundation
import LetterDomain
import LetterStore
import Testing

@Suite("kyiln list: a header and columns that line up")
struct ListCommandTests {
    /// The column (in terminal cells) where `word` starts in `line`: a CJK character takes two.
    private func column(of word: String, in line: String) -> Int? {
        guard let range = line.range(of: word) else { return nil }
        return line[..<range.lowerBound].unicodeScalars.reduce(0) { $0 + ((0x1100...0xFFDC).contains($1.value) && $1.value >= 0x2E80 ? 2 : 1) }
    }

    @Test("a header row, then one row per letter with every column starting where its title does")
    func alignedTable() throws {
        let store = StoreFolder()
        #expect(try store.kyiln("list").stdout.isEmpty, "no letter, no header")
        try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        try store.kyiln("new", "--district", "Bardstown Independent Schools District", "--year", "2022-2023", "--slug", "bardstown-independent-schools-district")
        try store.kyiln("new", "--district", "東京 学区", "--year", "2023-2024", "--slug", "tokyo")
        try store.kyiln("status", "boone-county", "--year", "2022-2023", "terminated", "--date", "2022-09-01", "--note", "left", "--party", "district")
        let result = try store.kyiln("list")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("YEAR") && header.hasSuffix("DISTRICT"))
        for title in ["SLUG", "STATUS", "LEFT", "DISTRICT"] {
            let start = column(of: title, in: header)
            for line in lines.dropFirst() {
                let cells = line.components(separatedBy: "  ").filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) }
                let index = ["YEAR", "SLUG", "STATUS", "LEFT", "DISTRICT"].firstIndex(of: title)!
                #expect(column(of: cells[index], in: line) == start, "\(title) in \(line)")
            }
        }
        #expect(lines.contains { $0.hasPrefix("2023-2024  tokyo") && $0.hasSuffix("東京 学区") })
        #expect(lines.contains { $0.contains("terminated") })
    }

    @Test("--json stays as it was: rows only, the same keys")
    func jsonUnchanged() throws {
        let store = StoreFolder()
        try store.kyiln("new", "--district", "東京 学区", "--year", "2023-2024", "--slug", "tokyo")
        let json = try store.kyiln("list", "--json").stdout
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(rows.count == 1)
        #expect(Set(rows[0].keys) == ["slug", "district", "schoolYear", "edition", "status", "revision", "findings", "left", "updatedAt", "updatedBy"])
        #expect(rows[0]["district"] as? String == "東京 学区")
    }

    @Test("a decision KDE recorded shows in the status, how it came, columns still lined up; --json adds it")
    func recordedDecision() throws {
        let store = StoreFolder()
        for (name, slug) in [("Boone County", "boone-county"), ("Adair County", "adair-county")] {
            var letter = Letter(district: District(name: name, slug: try DistrictSlug(slug)), schoolYear: try SchoolYear("2022-2023"),
                                editionID: "2022-2023", createdBy: "tester")
            letter.status = .inReview
            try LetterStore.open(at: store.path).create(letter, by: "tester")
        }
        let recorded = try store.kyiln("record-decision", "boone-county", "--year", "2022-2023", "approved",
                                       "--by", "phone", "--person", "Bill Hogan", "--date", "2022-09-01")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let lines = try store.kyiln("list").stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let boone = try #require(lines.first { $0.contains("boone-county") })
        let adair = try #require(lines.first { $0.contains("adair-county") })
        #expect(boone.contains("approved (recorded by KDE, by phone)"), "\(boone)")
        #expect(adair.contains("in-review") && !adair.contains("recorded"))
        for title in ["LEFT", "DISTRICT"] {
            let start = column(of: title, in: lines[0])
            let cell = title == "LEFT" ? (boone.components(separatedBy: "  ").filter { !$0.isEmpty }[3]).trimmingCharacters(in: .whitespaces) : "Boone County"
            #expect(column(of: cell, in: boone) == start, "\(title) in \(boone)")
            let other = title == "LEFT" ? (adair.components(separatedBy: "  ").filter { !$0.isEmpty }[3]).trimmingCharacters(in: .whitespaces) : "Adair County"
            #expect(column(of: other, in: adair) == start, "\(title) in \(adair)")
        }
        let json = try store.kyiln("list", "--json").stdout
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        let row = try #require(rows.first { $0["slug"] as? String == "boone-county" })
        #expect(row["status"] as? String == "approved", "the status stays the workflow's")
        let decision = try #require(row["recordedDecision"] as? [String: Any])
        #expect(decision["channel"] as? String == "phone" && decision["person"] as? String == "Bill Hogan" && decision["date"] as? String == "2022-09-01")
        #expect(decision["decision"] as? String == "approved")
        #expect(rows.first { $0["slug"] as? String == "adair-county" }?["recordedDecision"] == nil)
    }
}
