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

    static let corpus = PackageRoot.url().appendingPathComponent("Tests/LetterFilesTests/Corpus")

    /// A folder as people keep it: Word files, a text file, a PDF, an old .doc, Word's lock
    /// file. The letters are stored; every other file is named with the reason; one summary line.
    @Test func aFolderOfWordFilesIsImportedAndEverySkippedFileNamed() throws {
        let store = StoreFolder()
        let folder = NSTemporaryDirectory() + "kyiln-import-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["letter-03-2022-2023.docx", "letter-01-2015-2016.docx", "letter-09-2022-2023.ansi.txt"] {
            try FileManager.default.copyItem(atPath: Self.corpus.appendingPathComponent(name).path, toPath: folder + "/" + name)
        }
        try Data("%PDF-1.7".utf8).write(to: URL(fileURLWithPath: folder + "/scan.pdf"))
        try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: URL(fileURLWithPath: folder + "/2014.doc"))
        try Data("lock".utf8).write(to: URL(fileURLWithPath: folder + "/~$tter-03.docx"))
        let result = try store.kyiln("import", folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("skipped 2014.doc: an old Word 97-2003 file; open it in Word or LibreOffice and save it as .docx"))
        #expect(result.stdout.contains("skipped scan.pdf: a PDF; import the Word file it was made from"))
        #expect(result.stdout.contains("skipped ~$tter-03.docx: Word's lock file"))
        #expect(result.stdout.contains("read as: Word document (.docx)"))
        #expect(result.stdout.contains("read as: plain text, Windows-1252 (not UTF-8, so read as Windows \"ANSI\" text)"))
        #expect(result.stdout.contains("contacts[2].name: Dr. Shirley Bell"))
        #expect(result.stdout.hasSuffix("summary: 6 files: 3 stored, 3 skipped\n"), "\(result.stdout)")
        let list = try store.kyiln("list", "--year", "2024-2025").stdout
        #expect(list.contains("elkhorn-valley-public-schools"), "\(list)")
    }

    /// A past letter recorded as what it was, on the dates in the file, its history naming
    /// the file; a status the file's dates cannot support is refused and nothing is stored.
    @Test func aPastLetterIsRecordedAsWhatItWas() throws {
        let store = StoreFolder()
        let file = Self.corpus.appendingPathComponent("letter-03-2022-2023.docx").path
        let result = try store.kyiln("import", file, "--as", "expired")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("stored elkhorn-valley-public-schools 2024-2025 as expired, as recorded in the file"))
        let history = try store.kyiln("history", "elkhorn-valley-public-schools", "--year", "2024-2025").stdout
        #expect(history.contains("imported (letter-03-2022-2023.docx)"))
        #expect(history.contains("draft → expired (as recorded in letter-03-2022-2023.docx: the district signed on 2024-09-14, KDE on 2024-10-07)"))
        #expect(!history.contains("review"))

        // Letter 12 was never countersigned: it cannot be recorded as active.
        let unsigned = Self.corpus.appendingPathComponent("letter-12-2022-2023.docx").path
        let refused = try store.kyiln("import", unsigned, "--as", "active")
        #expect(refused.status == 3, "\(refused.stdout)")
        #expect(refused.stderr.contains("KDE's signature date was not found in letter-12-2022-2023.docx"))
        #expect(try store.kyiln("import", unsigned, "--as", "active", "--replace").status == 64)
    }

    /// A PDF named on its own is refused with what to do; nothing is stored.
    @Test func aPDFIsRefusedWithWhatToDo() throws {
        let store = StoreFolder()
        let path = NSTemporaryDirectory() + "kyiln-" + UUID().uuidString + ".pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("%PDF-1.7 rest".utf8).write(to: URL(fileURLWithPath: path))
        let result = try store.kyiln("import", path)
        #expect(result.status == 65)
        #expect(result.stdout.contains("the file is a PDF file, which kyiln does not read; import the Word file it was made from"))
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
