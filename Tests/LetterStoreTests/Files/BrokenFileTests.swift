import Foundation
import Testing
import LetterDomain
@testable import LetterStore

@Suite("Broken letter files")
struct BrokenFileTests {
    /// Writes `content` over Boone County's letter, then checks load, list and save.
    private func check(_ content: Data, expecting words: String, sourceLine: SourceLocation = #_sourceLocation) throws {
        let t = try TemporaryStore()
        let good = try t.store.create(try t.draft("Kenton County"), by: "a")
        let broken = try t.store.create(try t.draft("Boone County"), by: "a")
        let path = t.store.letterPath(broken.district.slug, broken.schoolYear)
        try content.write(to: URL(fileURLWithPath: path))

        #expect(throws: StoreError.self, sourceLocation: sourceLine) {
            try t.store.load(broken.district.slug, year: broken.schoolYear)
        }
        do {
            _ = try t.store.load(broken.district.slug, year: broken.schoolYear)
        } catch {
            #expect("\(error)".contains(path), "the error names the file", sourceLocation: sourceLine)
            #expect("\(error)".contains(words), "\(error)", sourceLocation: sourceLine)
        }
        let listing = try t.store.list(year: broken.schoolYear)
        #expect(listing.letters.map(\.district.slug.rawValue) == ["kenton-county"], sourceLocation: sourceLine)
        #expect(listing.problems.count == 1, sourceLocation: sourceLine)
        // Saving over a file that could not be read is refused and leaves it as it was.
        #expect(throws: StoreError.self, sourceLocation: sourceLine) { try t.store.save(broken, by: "a") }
        #expect(try t.bytes(path) == content, "the broken file is untouched", sourceLocation: sourceLine)
        #expect(try t.store.load(good.district.slug, year: good.schoolYear).revision == 1, sourceLocation: sourceLine)
    }

    @Test func empty() throws { try check(Data(), expecting: "empty") }
    @Test func truncated() throws { try check(Data("{\"schemaVersion\": 1, \"district\": {\"na".utf8), expecting: "truncated") }
    @Test func binary() throws { try check(Data([0x00, 0xFF, 0xFE, 0x7F, 0x1B, 0x80]), expecting: "not JSON") }
    @Test func jsonArray() throws { try check(Data("[1, 2, 3]".utf8), expecting: "JSON array") }
    @Test func deeplyNested() throws {
        try check(Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8), expecting: "JSON array")
        try check(Data(("{\"a\":" + String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_001)).utf8), expecting: "nested")
    }
    @Test func futureSchemaVersion() throws {
        try check(Data("{\"schemaVersion\": 99, \"futureField\": true}".utf8), expecting: "newer kyiln")
    }
    @Test func missingSchemaVersion() throws { try check(Data("{\"district\": 1}".utf8), expecting: "schemaVersion") }

    @Test func wrongFieldType() throws {
        let t = try TemporaryStore()
        let letter = try t.store.create(try t.draft(), by: "a")
        var text = String(decoding: LetterCodec.encode(letter), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : \"one\"")
        try check(Data(text.utf8), expecting: "\"revision\" has the wrong type")
    }

    @Test func missingField() throws {
        let t = try TemporaryStore()
        let letter = try t.store.create(try t.draft(), by: "a")
        var object = try JSONSerialization.jsonObject(with: Data(LetterCodec.encode(letter))) as! [String: Any]
        object["superintendent"] = nil
        try check(try JSONSerialization.data(withJSONObject: object), expecting: "\"superintendent\" is missing")
    }

    @Test func hugeFile() throws {
        try check(Data(repeating: UInt8(ascii: " "), count: 100 * 1024 * 1024), expecting: "too large")
    }

    @Test func aLetterThatIsASymlinkOutsideTheStoreIsRefused() throws {
        let t = try TemporaryStore()
        let letter = try t.store.create(try t.draft(), by: "a")
        let path = t.store.letterPath(letter.district.slug, letter.schoolYear)
        let outside = NSTemporaryDirectory() + "kyiln-outside-" + UUID().uuidString
        try Data(LetterCodec.encode(letter)).write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
        #expect {
            try t.store.load(letter.district.slug, year: letter.schoolYear)
        } throws: { "\($0)".contains("symbolic link") && "\($0)".contains(path) }
        #expect(throws: StoreError.self) { try t.store.save(letter, by: "a") }
        #expect(try t.bytes(outside) == Data(LetterCodec.encode(letter)), "the file outside is untouched")
    }

    @Test func aFileWhoseContentDoesNotMatchItsNameIsRefused() throws {
        let t = try TemporaryStore()
        let boone = try t.store.create(try t.draft("Boone County"), by: "a")
        let kenton = try t.store.create(try t.draft("Kenton County"), by: "a")
        try Data(LetterCodec.encode(kenton)).write(to: URL(fileURLWithPath: t.store.letterPath(boone.district.slug, boone.schoolYear)))
        #expect {
            try t.store.load(boone.district.slug, year: boone.schoolYear)
        } throws: { "\($0)".contains("does not match its file name") }
    }
}
