import Foundation
import Testing
import LetterDomain
@testable import LetterStore

@Suite("Saving and loading letters")
struct LetterStoreTests {
    @Test func createThenLoadGivesTheSameLetterAtRevisionOne() throws {
        let t = try TemporaryStore()
        var letter = try t.draft()
        letter.superintendent = Superintendent(name: "José Muñoz", email: "jose.munoz@boone.kyschools.us")
        let created = try t.store.create(letter, by: "alice")
        #expect(created.revision == 1)
        let loaded = try t.store.load(try DistrictSlug("boone-county"), year: try SchoolYear("2022-2023"))
        #expect(loaded.superintendent.name == "José Muñoz")
        #expect(loaded.revision == 1)
        #expect(loaded.updatedBy == "alice")
        #expect(loaded.history.map(\.action) == [.created])
    }

    @Test func creatingTwiceIsRefusedAndKeepsTheFirst() throws {
        let t = try TemporaryStore()
        var first = try t.draft()
        first.superintendent.name = "First"
        try t.store.create(first, by: "a")
        var second = try t.draft()
        second.superintendent.name = "Second"
        #expect {
            try t.store.create(second, by: "b")
        } throws: { error in
            guard case .alreadyExists = error as? StoreError else { return false }
            return true
        }
        #expect(try t.store.load(first.district.slug, year: first.schoolYear).superintendent.name == "First")
    }

    @Test func saveIncrementsTheRevisionAndRecordsTheChange() throws {
        let t = try TemporaryStore()
        var letter = try t.store.create(try t.draft(), by: "a")
        letter.superintendent.email = "sup@boone.kyschools.us"
        let saved = try t.store.save(letter, by: "b")
        #expect(saved.revision == 2)
        let entry = try #require(saved.history.last)
        #expect(entry.action == .saved)
        #expect(entry.by == "b")
        #expect(entry.changes == [FieldChange(field: "superintendent.email", old: "", new: "sup@boone.kyschools.us")])
    }

    @Test func aStaleSaveIsAConflictThatNamesWhoSavedAndOverwritesNothing() throws {
        let t = try TemporaryStore()
        let base = try t.store.create(try t.draft(), by: "a")
        var mine = base, theirs = base
        theirs.superintendent.name = "Theirs"
        _ = try t.store.save(theirs, by: "bob")
        mine.superintendent.name = "Mine"
        let error = #expect(throws: StoreError.self) { try t.store.save(mine, by: "alice") }
        guard case .conflict(let conflict)? = error else {
            Issue.record("expected a conflict, got \(String(describing: error))")
            return
        }
        do {
            #expect(conflict.theirs.updatedBy == "bob")
            #expect(conflict.yourRevision == 1)
            #expect(conflict.differingFields == [.superintendentName])
            #expect(conflict.description.contains("saved by bob"))
            #expect(conflict.description.contains("nothing was overwritten"))
        }
        #expect(try t.store.load(base.district.slug, year: base.schoolYear).superintendent.name == "Theirs")
    }

    @Test func filesAndFoldersGetPrivateModesWhateverTheUmask() throws {
        for mask: mode_t in [0o000, 0o077, 0o022] {
            let old = umask(mask)
            defer { umask(old) }
            let t = try TemporaryStore()
            let letter = try t.store.create(try t.draft(), by: "a")
            let path = t.store.letterPath(letter.district.slug, letter.schoolYear)
            #expect(try t.mode(path) == 0o600, "umask \(String(mask, radix: 8))")
            #expect(try t.mode(t.store.yearFolder(letter.schoolYear)) == 0o700)
            #expect(try t.mode(t.root) == 0o700)
            #expect(try t.mode(t.root + "/kyiln-store.json") == 0o600)
        }
    }

    @Test func leftoverTemporaryFilesAreRemovedOnTheNextStart() throws {
        let t = try TemporaryStore()
        let letter = try t.store.create(try t.draft(), by: "a")
        let folder = t.store.yearFolder(letter.schoolYear)
        let leftover = folder + "/.boone-county.json.tmp-999-123"
        _ = FileManager.default.createFile(atPath: leftover, contents: Data("{\"half".utf8))
        _ = try LetterStore.open(at: t.root)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(try t.store.load(letter.district.slug, year: letter.schoolYear).revision == 1)
    }

    @Test func theWizardsStartRemovesLeftoversWhileItLooksForRecoveries() throws {
        let t = try TemporaryStore()
        let letter = try t.store.create(try t.draft(), by: "a")
        try t.store.writeRecovery(Recovery(letter: letter, savedAt: Date(timeIntervalSince1970: 1_750_000_000)))
        let folder = t.store.yearFolder(letter.schoolYear)
        let inYear = folder + "/.boone-county.json.tmp-999-123"
        let atRoot = t.root + "/.kyiln-store.json.tmp-999-124"
        for path in [inYear, atRoot] { _ = FileManager.default.createFile(atPath: path, contents: Data("{\"half".utf8)) }

        let store = try LetterStore.open(at: t.root, cleanup: .withRecoveryScan)
        #expect(!FileManager.default.fileExists(atPath: atRoot))
        #expect(FileManager.default.fileExists(atPath: inYear), "left for the recovery scan")
        let found = store.recoveries(removingLeftovers: true)
        #expect(found.map(\.letter.district.slug) == [letter.district.slug])
        #expect(!FileManager.default.fileExists(atPath: inYear))
        #expect(try store.load(letter.district.slug, year: letter.schoolYear).revision == 1)

        // A plain look for recoveries (another command) leaves temporary files alone.
        _ = FileManager.default.createFile(atPath: inYear, contents: Data())
        #expect(store.recoveries().count == 1)
        #expect(FileManager.default.fileExists(atPath: inYear))
    }

    @Test func theLockFileIsNeverReplacedBySaves() throws {
        let t = try TemporaryStore()
        var letter = try t.store.create(try t.draft(), by: "a")
        var before = stat()
        stat(t.root + "/store.lock", &before)
        letter.superintendent.name = "X"
        _ = try t.store.save(letter, by: "a")
        var after = stat()
        stat(t.root + "/store.lock", &after)
        #expect(before.st_ino == after.st_ino)
    }

    @Test func storeLocationPrefersOptionThenEnvironmentThenXDG() {
        #expect(StoreLocation.resolve(option: "/srv/k", environment: ["KYILN_STORE": "/e"]) == "/srv/k")
        #expect(StoreLocation.resolve(option: nil, environment: ["KYILN_STORE": "/e", "XDG_DATA_HOME": "/x"]) == "/e")
        #expect(StoreLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/x"]) == "/x/kyiln")
        #expect(StoreLocation.resolve(option: nil, environment: ["HOME": "/home/pm"]) == "/home/pm/.local/share/kyiln")
        #expect(StoreLocation.absolute("/a/./b/../c") == "/a/c")
    }

    @Test func aFolderThatIsNotAStoreIsNotTakenOver() throws {
        let dir = NSTemporaryDirectory() + "kyiln-notastore-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileManager.default.createFile(atPath: dir + "/thesis.docx", contents: Data("mine".utf8)), "a file the test needs could not be created")
        #expect {
            try LetterStore.open(at: dir)
        } throws: { error in
            guard case .notAStore(_, let reason) = error as? StoreError else { return false }
            return reason.contains("kyiln-store.json")
        }
        #expect(try String(contentsOfFile: dir + "/thesis.docx", encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: dir + "/kyiln-store.json"))
    }

    @Test func aWrongFormatFileIsAClearError() throws {
        let t = try TemporaryStore()
        try Data("{\"format\": \"something-else\"}".utf8).write(to: URL(fileURLWithPath: t.root + "/kyiln-store.json"))
        #expect {
            try LetterStore.open(at: t.root)
        } throws: { error in
            "\(error)".contains("kyiln-store.json") && "\(error)".contains("not a kyiln format file")
        }
    }

    @Test func aWorldWritableStoreIsRefusedWithTheFix() throws {
        let t = try TemporaryStore()
        chmod(t.root, 0o777)
        #expect {
            try LetterStore.open(at: t.root)
        } throws: { error in
            "\(error)".contains("writable by everyone") && "\(error)".contains("chmod o-w")
        }
    }
}
