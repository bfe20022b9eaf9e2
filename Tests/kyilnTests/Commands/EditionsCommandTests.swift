import Foundation
import Testing

@Suite("kyiln editions: listing, copying and deleting editions")
struct EditionsCommandTests {
    /// The rows of `kyiln editions`, split into columns.
    private func rows(_ store: StoreFolder) throws -> [[String]] {
        let result = try store.kyiln("editions")
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func theListingHasFiveColumnsAndTheFirstThreeAsBefore() throws {
        let store = StoreFolder()
        let rows = try rows(store)
        #expect(rows.map { $0.count } == [5, 5, 5])
        #expect(rows[0] == ["2015-2016", "Kentucky Innovation Lab Network (KYILN)", "LETTER OF COMMITMENT", "built in", "0 letters"])
        #expect(rows[2].prefix(3) == ["2022-2023", "Kentucky Innovative Learning Network (KY ILN)", "LETTER OF COMMITMENT"])
    }

    @Test func aCopyIsListedAsStoredWithTheLettersThatUseIt() throws {
        let store = StoreFolder()
        let copied = try store.kyiln("editions", "copy", "2022-2023", "--as", "2023-2024")
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout == "2023-2024\n")
        // New letters for the year use the newest edition written for it: the copy.
        #expect(try store.kyiln("new", "--district", "Boone County", "--year", "2023-2024").status == 0)
        #expect(try store.kyiln("new", "--district", "Kenton County", "--year", "2023-2024").status == 0)
        #expect(try store.kyiln("new", "--district", "Adair County", "--year", "2022-2023").status == 0)
        let rows = try rows(store)
        #expect(rows.map { $0[0] } == ["2015-2016", "2019-2020", "2022-2023", "2023-2024"])
        #expect(rows[2][3...] == ["built in", "1 letter"])
        #expect(rows[3][3...] == ["stored", "2 letters"])

        let shown = try store.kyiln("show", "boone-county", "--year", "2023-2024")
        #expect(shown.stdout.contains("2023 - 2024"), "the copy's text names its own year")
        let validated = try store.kyiln("validate", "boone-county", "--year", "2023-2024")
        #expect(validated.status == 1, "validated against the stored edition: \(validated.stderr)")
    }

    @Test func copyWithAYearAndRefusals() throws {
        let store = StoreFolder()
        let copied = try store.kyiln("editions", "copy", "2019-2020", "--as", "kyiln-2030", "--year", "2030-2031")
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(try rows(store).last?.prefix(1) == ["kyiln-2030"])

        let again = try store.kyiln("editions", "copy", "2019-2020", "--as", "kyiln-2030")
        #expect(again.status == 73)
        #expect(again.stderr.contains("exists already"))

        let bundled = try store.kyiln("editions", "copy", "2019-2020", "--as", "2022-2023")
        #expect(bundled.status == 73)

        let traversal = try store.kyiln("editions", "copy", "2019-2020", "--as", "../evil")
        #expect(traversal.status == 64)
        #expect(traversal.stderr.contains("invalid edition id"))
        #expect(!FileManager.default.fileExists(atPath: store.path + "/evil.json"))

        let unknown = try store.kyiln("editions", "copy", "1999-2000", "--as", "x")
        #expect(unknown.status == 66)
    }

    @Test func deleteRefusesBundledAndUsedEditions() throws {
        let store = StoreFolder()
        try store.kyiln("editions", "copy", "2022-2023", "--as", "used")
        try store.kyiln("editions", "copy", "2022-2023", "--as", "unused")
        #expect(try store.kyiln("new", "--district", "Boone County", "--year", "2023-2024", "--edition", "used").status == 0)

        let bundled = try store.kyiln("editions", "delete", "2022-2023")
        #expect(bundled.status == 3)
        #expect(bundled.stderr.contains("built into kyiln"))

        let used = try store.kyiln("editions", "delete", "used")
        #expect(used.status == 3)
        #expect(used.stderr.contains("1 letter uses it (2023-2024/boone-county)"), "\(used.stderr)")

        let deleted = try store.kyiln("editions", "delete", "unused")
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(try rows(store).map { $0[0] } == ["2015-2016", "2019-2020", "2022-2023", "used"])
        #expect(try store.kyiln("editions", "delete", "unused").status == 66)
    }

    @Test func aBrokenEditionFileIsReportedAndTheOthersListed() throws {
        let store = StoreFolder()
        try store.kyiln("editions", "copy", "2022-2023", "--as", "good")
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.path + "/editions/broken.json"))
        let result = try store.kyiln("editions")
        #expect(result.status == 65)
        #expect(result.stderr.contains(store.path + "/editions/broken.json"))
        #expect(result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["2015-2016", "2019-2020", "2022-2023", "good"])
        // Other commands still work with the editions that load.
        #expect(try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023", "--edition", "good").status == 0)
    }
}
