import KyilnTestSupport
import Foundation
import LetterDomain
import LetterStore
import Testing

@Suite("kyiln import, as a real process")
struct ImportCommandTests {
    static let seeds = PackageRoot.url().appendingPathComponent("Tests/LetterDomainTests/Seeds")
    static let nelson = seeds.appendingPathComponent("letter-2015-2016-nelson-county.txt").path

    @Test func nelsonCountyIsImportedReportedAndNotImportedTwice() throws {
        let store = StoreFolder()
        let dry = try store.kyiln("import", Self.nelson, "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("edition: 2015-2016"))
        #expect(dry.stdout.contains("district.name: Nelson County"))
        #expect(dry.stdout.contains("actions[1]: World Readiness Certification"))
        #expect(dry.stdout.contains("signatures.district.date: 2015-08-18"))
        #expect(dry.stdout.contains("not found (left empty): superintendent.name, superintendent.email, contacts"))
        #expect(dry.stdout.contains("dry run: nothing stored"))
        #expect(try store.kyiln("list").stdout.isEmpty)

        let stored = try store.kyiln("import", Self.nelson)
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.contains("stored nelson-county 2015-2016 as a draft"))
        let again = try store.kyiln("import", Self.nelson)
        #expect(again.status == 73)
        #expect(again.stderr.contains("--replace"))
        let replaced = try store.kyiln("import", Self.nelson, "--replace")
        #expect(replaced.status == 0, "\(replaced.stderr)")
        let history = try store.kyiln("history", "nelson-county", "--year", "2015-2016").stdout
        #expect(history.contains("imported (letter-2015-2016-nelson-county.txt)"))
        #expect(history.contains("replaced by an import (letter-2015-2016-nelson-county.txt)"))
    }

    @Test func aFolderEndsWithASummary() throws {
        let store = StoreFolder()
        let result = try store.kyiln("import", Self.seeds.path)
        // The 2019 blank has no year and no district, the 2022 blank no district: not stored.
        #expect(result.status != 0)
        #expect(result.stdout.contains("summary: 3 files: 1 stored, 2 not stored"))
    }

    @Test func junkIsReportedNotStored() throws {
        let store = StoreFolder()
        let path = NSTemporaryDirectory() + "kyiln-junk-" + UUID().uuidString + ".txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([0x00, 0xFF, 0x1B, 0x5B, 0x32, 0x4A, 0x0A, 0x41]).write(to: URL(fileURLWithPath: path))
        let result = try store.kyiln("import", path)
        #expect(result.status == 65)
        #expect(result.stdout.contains("edition: not recognised"))
        #expect(!result.stdout.unicodeScalars.contains("\u{1B}"))
    }
}
