import Foundation
import LetterDomain
import LetterStore
import Testing

/// Every output of the real binary follows the one text-safety policy (`TextSafety`): the
/// line and paragraph separators and the bidi marks, which the outputs once treated
/// differently, never reach stdout, stderr or an exported file raw.
@Suite("One text policy: every output of kyiln")
struct OneTextPolicyTests {
    static let text = "one\u{2028}two\u{2029}three \u{200E}ltr\u{200F}rtl\u{061C}alm \u{202E}rlo\u{202C} \u{85}nel"

    /// Code points of the policy's placeholder classes found raw in `bytes` (line feeds and,
    /// for CSV, carriage returns excepted).
    static func unsafe(_ bytes: [UInt8], allowCR: Bool = false) -> [String] {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.compactMap { scalar in
            let v = scalar.value
            let bad = (v < 0x20 && v != 0x0A && !(allowCR && v == 0x0D)) || (0x7F...0x9F).contains(v) || v == 0x061C
                || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x2028 || v == 0x2029
            return bad ? "U+" + String(v, radix: 16, uppercase: true) : nil
        }
    }

    @Test func separatorsAndBidiMarksAreShownAsPlaceholdersEverywhere() throws {
        let folder = StoreFolder()
        let store = try LetterStore.open(at: folder.path)
        var letter = Letter(district: District(name: "Boone County " + Self.text, slug: try DistrictSlug("boone-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "pm")
        letter.superintendent = Superintendent(name: Self.text, email: "a@b.org")
        letter.reflections["current-year"] = Self.text
        letter.actions = [Self.text]
        try store.create(letter, by: "pm" + Self.text)
        let y = "2022-2023"
        var runs: [(String, KyilnProcess.Result)] = []
        for format in ["text", "markdown", "json"] {
            runs.append(("show \(format)", try folder.kyiln("show", "boone-county", "--year", y, "--format", format)))
        }
        for format in ["text", "markdown", "html", "json"] {
            runs.append(("export \(format)", try folder.kyiln("export", "boone-county", "--year", y, "--format", format)))
        }
        runs.append(("export csv", try folder.kyiln("export", "--year", y, "--format", "csv")))
        runs.append(("list", try folder.kyiln("list")))
        runs.append(("history", try folder.kyiln("history", "boone-county", "--year", y)))
        runs.append(("an error naming the text", try folder.kyiln("show", "boone" + Self.text, "--year", y)))
        for (label, result) in runs {
            for (stream, output) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                let bad = Self.unsafe(Array(output.utf8), allowCR: label.contains("csv"))
                #expect(bad.isEmpty, "\(label) \(stream): \(bad.prefix(5))")
            }
        }
        #expect(runs[0].1.stdout.contains("one<U+2028>two<U+2029>three"))
        #expect(runs.last!.1.status != 0)
    }
}
