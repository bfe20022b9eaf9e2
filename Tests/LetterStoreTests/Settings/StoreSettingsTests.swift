import Foundation
import LetterStore
import Testing

@Suite("The store's settings file")
struct StoreSettingsTests {
    @Test("no file: no settings; a change is written with the store's file mode and read back")
    func roundTrip() throws {
        let temporary = try TemporaryStore()
        #expect(try temporary.store.readSettings() == StoreSettings())
        try temporary.store.changeSettings { $0["mail.from"] = "sarah.snipes@education.ky.gov" }
        try temporary.store.changeSettings { $0["review.host"] = "letters.education.ky.gov" }
        let read = try temporary.store.readSettings()
        #expect(read.values == ["mail.from": "sarah.snipes@education.ky.gov", "review.host": "letters.education.ky.gov"])
        #expect(try temporary.mode(temporary.store.settingsPath) & 0o777 == 0o600)
        try temporary.store.changeSettings { $0["mail.from"] = nil }
        #expect(try temporary.store.readSettings().values == ["review.host": "letters.education.ky.gov"])
    }

    @Test("a file that is not an object of strings, or holds a control character, is named and left as it is", arguments: [
        "[1, 2]", "{\"mail.from\": 3}", "{\"mail.from\": \"a@b.us\\nBcc: x@y.us\"}", "not json",
    ])
    func broken(_ text: String) throws {
        let temporary = try TemporaryStore()
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary.store.settingsPath))
        #expect(throws: StoreError.self) { try temporary.store.readSettings() }
        #expect(throws: StoreError.self) { try temporary.store.changeSettings { $0["review.host"] = "x.us" } }
        #expect(try String(contentsOfFile: temporary.store.settingsPath, encoding: .utf8) == text)
    }
}
