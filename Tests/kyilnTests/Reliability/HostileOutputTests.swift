import Foundation
import Testing
import LetterDomain
import LetterStore

/// Letters full of terminal escapes and invisible characters: nothing kyiln prints or
/// exports may carry them raw.
@Suite("Hostile input: what kyiln prints and exports")
struct HostileOutputTests {
    /// Clear screen, OSC 52 clipboard write, OSC 8 link, cursor moves, C0, C1, DEL, bidi, zero-width.
    static let hostile = "A\u{1B}[2J\u{1B}[H clear \u{1B}]52;c;cm0gLXJmIH4=\u{07} clip \u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\ "
        + "\u{1B}[10A\u{1B}[5;5H moves \u{00}\u{01}\u{08}\u{0B}\u{0C}\r\u{7F} c0 \u{80}\u{85}\u{9B}31m\u{9D}0;t\u{9C} c1 "
        + "\u{202E}desrever\u{202C} \u{2066}iso\u{2069} \u{200B}\u{200D}\u{FEFF} end"

    /// A letter with hostile text in every field that is text, one answer of 1 MB.
    static func hostileLetter(_ name: String = "Boone County") throws -> Letter {
        let h = hostile
        var letter = Letter(district: District(name: name + " " + h, slug: try DistrictSlug(deriving: name)),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "evil" + h)
        letter.superintendent = Superintendent(name: h, email: "x\u{1B}[2J@example.org")
        letter.contacts = [Contact(name: h, title: h, email: h), Contact(name: "=cmd|' /C calc'!A0" + h, title: "+1" + h, email: "@x" + h)]
        letter.reflections["previous-year"] = String(repeating: h + "\n", count: 20) + String(repeating: "x", count: 1_000_000)
        letter.reflections["current-year"] = h
        letter.reflections["showcase"] = h
        letter.actions = [h, "-" + h]
        letter.signatures.district = DistrictSignature(name: h, title: h, date: nil)
        return letter
    }

    /// Runs kyiln and returns the bytes it wrote to stdout and stderr (files for --output).
    private func check(_ label: String, _ result: KyilnProcess.Result, statuses: Set<Int32> = [0],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(statuses.contains(result.status), "\(label): exit \(result.status) \(result.stderr.prefix(300))", sourceLocation: sourceLocation)
        for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            let bad = Reliability.controlCharacters(in: Array(text.utf8), allowCR: label.contains("csv"))
            #expect(bad.isEmpty, "\(label) \(stream): \(bad.count) raw control characters, first \(bad.prefix(5))", sourceLocation: sourceLocation)
        }
    }

    @Test func showListValidateHistoryAndEveryExportCarryNoRawControlCharacters() throws {
        let folder = StoreFolder()
        let store = try LetterStore.open(at: folder.path)
        try store.create(try Self.hostileLetter(), by: "evil" + Self.hostile)
        let y = "2022-2023"
        for format in ["text", "markdown", "json"] {
            check("show \(format)", try folder.kyiln("show", "boone-county", "--year", y, "--format", format))
        }
        check("list", try folder.kyiln("list"))
        check("list --json", try folder.kyiln("list", "--json"))
        check("validate", try folder.kyiln("validate", "boone-county", "--year", y), statuses: [1])
        check("history", try folder.kyiln("history", "boone-county", "--year", y))
        check("history --json", try folder.kyiln("history", "boone-county", "--year", y, "--json"))
        for format in ["text", "markdown", "html", "json"] {
            check("export \(format)", try folder.kyiln("export", "boone-county", "--year", y, "--format", format))
            let file = NSTemporaryDirectory() + "kyiln-hostile-" + UUID().uuidString + "." + format
            defer { unlink(file) }
            check("export \(format) --output", try folder.kyiln("export", "boone-county", "--year", y, "--format", format, "--output", file))
            let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data())
            #expect(bytes.count > 1_000_000, "export \(format) --output wrote the whole letter")
            let bad = Reliability.controlCharacters(in: bytes)
            #expect(bad.isEmpty, "export \(format) file: \(bad.count) raw control characters, first \(bad.prefix(5))")
        }
        check("export csv", try folder.kyiln("export", "--year", y, "--format", "csv"))
        // A change made through `set` with the same text, read back.
        check("set", try folder.kyiln("set", "boone-county", "--year", y, "reflections.showcase", "-", stdin: Self.hostile))
        check("set district.name (refused or made visible)", try folder.kyiln("set", "boone-county", "--year", y, "district.name", Self.hostile), statuses: [0, 65])
        check("show after set", try folder.kyiln("show", "boone-county", "--year", y))
    }

    @Test func aHostileErrorMessageIsShownSafely() throws {
        let folder = StoreFolder()
        _ = try folder.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        check("bad slug", try folder.kyiln("show", "boone\u{1B}]52;c;eA==\u{07}", "--year", "2022-2023"), statuses: [64])
        check("bad field", try folder.kyiln("set", "boone-county", "--year", "2022-2023", "reflections.\u{1B}[2J", "x"), statuses: [64, 65])
        check("bad year", try folder.kyiln("list", "--year", "\u{9B}2J"), statuses: [64])
    }

    @Test func invalidUTF8InALetterFileIsAClearErrorOrReplacedNeverACrash() throws {
        let folder = StoreFolder()
        let store = try LetterStore.open(at: folder.path)
        let letter = try store.create(try Self.hostileLetter("Kenton County"), by: "a")
        let good = try store.create(Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")),
                                           schoolYear: letter.schoolYear, editionID: "2022-2023", createdBy: "a"), by: "a")
        let path = store.letterPath(letter.district.slug, letter.schoolYear)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let marker = Array("desrever".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: marker) })
        for invalid: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            var damaged = bytes
            damaged.replaceSubrange(at..<(at + invalid.count), with: invalid)
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            for format in ["text", "json"] {
                let show = try folder.kyiln("show", "kenton-county", "--year", "2022-2023", "--format", format)
                check("show \(format) of invalid UTF-8 \(invalid)", show, statuses: [0, 65])
                if show.status == 65 { #expect(show.stderr.contains(path), "the error names the file: \(show.stderr)") }
            }
            let list = try folder.kyiln("list")
            check("list with invalid UTF-8", list, statuses: [0, 65])
            #expect(list.stdout.contains("boone-county"), "the other letter is still listed")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(damaged), "the file is untouched")
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        _ = good
    }
}
