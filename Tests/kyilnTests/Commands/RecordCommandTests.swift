import Foundation
import LetterDomain
import LetterStore
import Testing

/// The command line's wiring to the rules service: what the rules refuse exits 3 with the
/// reason, and delete, restore and edition changes do what they say.
@Suite("kyiln set, delete and edition changes keep the record true")
struct RecordCommandTests {
    private func seed(_ store: StoreFolder, status: LetterStatus) throws {
        try LetterStore.open(at: store.path).create(try LetterSeeds.completeBoone(status: status), by: "tester")
    }

    @Test("a signed letter's signatory cannot be renamed from the command line (exit 3, nothing written)")
    func signedSignatoryIsLocked() throws {
        let store = StoreFolder()
        try seed(store, status: .signed)
        let result = try store.kyiln("set", "boone-county", "--year", "2022-2023", "signatures.district.name", "Someone Else")
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("cannot change signatures.district.name: the letter is signed"))
        #expect(result.stderr.contains("kyiln status <slug> --year <year> draft --note <why>"))
        let show = try store.kyiln("show", "boone-county", "--year", "2022-2023")
        #expect(show.stdout.contains("José Muñoz") && !show.stdout.contains("Someone Else"))
    }

    @Test("a signature date after today is refused as kyiln status refuses it")
    func futureSignatureDateRefused() throws {
        let store = StoreFolder()
        try seed(store, status: .draft)
        let result = try store.kyiln("set", "boone-county", "--year", "2022-2023", "signatures.district.date", "2099-01-01")
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("District signature date not saved: 2099-01-01 is after today"))
    }

    @Test("setting a value the letter already has writes nothing")
    func unchangedWritesNothing() throws {
        let store = StoreFolder()
        try seed(store, status: .draft)
        let result = try store.kyiln("set", "boone-county", "--year", "2022-2023", "superintendent.name", "José Muñoz")
        #expect(result.status == 0 && result.stdout.contains("unchanged"))
        let history = try store.kyiln("history", "boone-county", "--year", "2022-2023")
        #expect(history.stdout.split(separator: "\n").count == 1, "\(history.stdout)")
    }

    @Test("delete moves a draft to the trash and --restore brings it back; a signed letter is refused")
    func deleteAndRestore() throws {
        let store = StoreFolder()
        try seed(store, status: .draft)
        let deleted = try store.kyiln("delete", "boone-county", "--year", "2022-2023")
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(deleted.stdout.contains("/trash/2022-2023/boone-county."))
        #expect(try store.kyiln("show", "boone-county", "--year", "2022-2023").status == 66)
        let restored = try store.kyiln("delete", "--restore", "boone-county", "--year", "2022-2023")
        #expect(restored.status == 0 && restored.stdout.contains("restored boone-county 2022-2023"), "\(restored.stderr)")
        let history = try store.kyiln("history", "boone-county", "--year", "2022-2023")
        #expect(history.stdout.contains("deleted (moved to the trash)") && history.stdout.contains("restored from the trash"))

        let signed = StoreFolder()
        try seed(signed, status: .signed)
        let refused = try signed.kyiln("delete", "boone-county", "--year", "2022-2023")
        #expect(refused.status == 3 && refused.stderr.contains("never deleted"), "\(refused.stderr)")
    }

    @Test("set edition moves a draft to another form and lists what the new form does not ask")
    func changeEdition() throws {
        let store = StoreFolder()
        try seed(store, status: .draft)
        let moved = try store.kyiln("set", "boone-county", "--year", "2022-2023", "edition", "2019-2020")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("edition 2022-2023 → 2019-2020"))
        let json = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "json")
        #expect(json.stdout.contains("\"editionID\" : \"2019-2020\""))
        let signed = StoreFolder()
        try seed(signed, status: .signed)
        #expect(try signed.kyiln("set", "boone-county", "--year", "2022-2023", "edition", "2019-2020").status == 3)
    }
}
