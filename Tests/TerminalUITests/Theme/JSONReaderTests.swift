import KyilnTestSupport
import Foundation
import Testing
@testable import TerminalUI

@Suite("Reading JSON for themes and the keymap")
struct JSONReaderTests {
    /// What `JSONDecoder` makes of the same text, the reader's reference.
    func decoded(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    func read(_ text: String) -> JSONValue? {
        try? JSONReader.read(Array(text.utf8))
    }

    @Test func everyShippedThemeAndKeymapReadsAsTheDecoderReadsIt() throws {
        let folder = PackageRoot.url().appendingPathComponent("Themes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(names.count >= 5)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let value = read(text)
            #expect(value != nil, "\(name)")
            #expect(value == decoded(text), "\(name)")
        }
    }

    @Test func valuesReadAsTheDecoderReadsThem() {
        let texts = [
            "{}", "[]", " [ 1 , -2.5e3 , 0 , 0.125, 1E2, -0 ] ", "\"plain\"", "true", "false", "null",
            #"{"a": {"b": [true, null, "x"]}, "c": "d"}"#,
            #""esc \" \\ \/ \b \f \n \r \t \u00e9 \u20AC \ud83c\udfeb""#,
            #"{"same": 1, "same": 2}"#, "\u{FEFF}{\"bom\": 1}", "\"café ✓\"", "123456789012345678901234567890",
        ]
        for text in texts {
            #expect(read(text) != nil, "\(text)")
            #expect(read(text) == decoded(text), "\(text)")
        }
    }

    @Test func whatIsNotJSONIsRefused() {
        let texts = [
            "", " ", "{", "[1,]", "{\"a\":1,}", "{a: 1}", "[1 2]", "01", "1.", ".5", "-", "+1", "1e", "tru", "nul",
            "\"open", "\"tab\tinside\"", "\"bad \\x escape\"", #""\u12""#, #""\ud83c alone""#, #""\udfeb""#,
            "[1] [2]", "{\"a\" 1}", "// comment\n{}", "1e999", "NaN",
        ]
        for text in texts {
            #expect(read(text) == nil, "\(text.debugDescription) was read as \(String(describing: read(text)))")
        }
        #expect((try? JSONReader.read([0x22, 0xFF, 0xFE, 0x22])) == nil, "invalid UTF-8 in a string")
    }

    @Test func deepNestingIsRefusedWithoutRecursingIntoIt() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONReader.Failure.self) { try JSONReader.read(Array(deep.utf8)) }
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(read(fine) != nil)
    }
}
