import KyilnTestSupport
import Testing
@testable import WordDocument

/// Archives that are damaged, cut short, or built to blow up on unpacking: each gives a
/// clear error, never a crash, a hang or a huge allocation.
@Suite struct ZipArchiveTests {
    @Test func readsStoredAndDeflatedEntries() throws {
        var zip = ZipBuilder()
        zip.add("a.txt", "stored text")
        zip.add("b.txt", String(repeating: "deflated text ", count: 200), deflate: true)
        let archive = try ZipArchive(bytes: zip.bytes())
        #expect(archive.entries.map(\.name) == ["a.txt", "b.txt"])
        #expect(String(decoding: try archive.data(of: "a.txt"), as: UTF8.self) == "stored text")
        #expect(String(decoding: try archive.data(of: "b.txt"), as: UTF8.self) == String(repeating: "deflated text ", count: 200))
        #expect(throws: ZipError.missing("c.txt")) { try archive.data(of: "c.txt") }
    }

    @Test func notAnArchive() {
        #expect(throws: ZipError.notAnArchive) { try ZipArchive(bytes: Array("just some text, not a zip".utf8)) }
        #expect(throws: ZipError.notAnArchive) { try ZipArchive(bytes: []) }
    }

    @Test func anEntryDeclaredLargerThanTheLimitIsNotUnpacked() throws {
        var zip = ZipBuilder()
        zip.items.append(.init(name: "word/document.xml", data: Array("x".utf8), claimedSize: ZipArchive.entryLimit + 1))
        let archive = try ZipArchive(bytes: zip.bytes())
        #expect(throws: ZipError.tooLarge(entry: "word/document.xml", limit: ZipArchive.entryLimit)) { try archive.data(of: "word/document.xml") }
    }

    /// A bomb: 4 MB of zeros deflate to a few kilobytes, while the headers claim 100 bytes.
    /// Inflating stops at the claimed size and says so.
    @Test func aBombThatLiesAboutItsSizeStopsAtTheClaimedSize() throws {
        var zip = ZipBuilder()
        zip.items.append(.init(name: "word/document.xml", data: [UInt8](repeating: 0, count: 4 << 20), deflate: true, claimedSize: 100))
        let bytes = zip.bytes()
        #expect(bytes.count < 20_000)
        let archive = try ZipArchive(bytes: bytes)
        #expect(throws: ZipError.tooLarge(entry: "word/document.xml", limit: 100)) { try archive.data(of: "word/document.xml") }
    }

    @Test func aChangedByteFailsTheChecksum() throws {
        var zip = ZipBuilder()
        zip.add("a.txt", "the original text")
        var bytes = zip.bytes()
        let at = bytes.firstIndex(of: UInt8(ascii: "o"))!
        bytes[at] = UInt8(ascii: "O")
        let archive = try ZipArchive(bytes: bytes)
        #expect(throws: ZipError.damaged("a.txt fails its checksum")) { try archive.data(of: "a.txt") }
    }

    /// Every prefix of a real archive (every 7th length) and a thousand single-byte
    /// changes: reading either succeeds or throws a ZipError/WordError, and never traps.
    @Test func truncatedAndCorruptedArchivesFailCleanly() throws {
        let whole = docx(body: "<w:p><w:r><w:t>District name: Pine Mountain Public Schools</w:t></w:r></w:p>"
                         + String(repeating: "<w:p><w:r><w:t>Some more text of the letter.</w:t></w:r></w:p>", count: 40))
        #expect(try DocxReader.read(whole).blocks.count == 41)
        var failures = 0
        for length in stride(from: 0, to: whole.count - 1, by: 7) {
            do { _ = try DocxReader.read(Array(whole.prefix(length))) } catch { failures += 1 }
        }
        #expect(failures == (whole.count - 2) / 7 + 1, "every cut-short archive is refused")
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<1_000 {
            var bytes = whole
            let at = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[at] = UInt8.random(in: 0...255, using: &generator)
            do {
                _ = try DocxReader.read(bytes)
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}

