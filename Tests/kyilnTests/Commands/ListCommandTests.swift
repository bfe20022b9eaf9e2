import Foundation
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
}
