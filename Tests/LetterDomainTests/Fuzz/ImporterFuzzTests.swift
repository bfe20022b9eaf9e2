import Foundation
import KyilnTestSupport
import Testing
@testable import LetterDomain


/// How many cases each fuzz test runs: 2,000 in CI, more with `KYILN_FUZZ_CASES=100000`.
enum FuzzCases {
    static var count: Int { ProcessInfo.processInfo.environment["KYILN_FUZZ_CASES"].flatMap(Int.init) ?? 2_000 }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["KYILN_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x6B79_696C_6E }
}

/// The text importer on mutated copies of the real forms: it never crashes or hangs,
/// and what it cannot use it reports (or `letter(year:by:)` refuses with a reason).
@Suite("Fuzz: the text importer")
struct ImporterFuzzTests {
    static let fragments: [[UInt8]] = [
        Array("\u{FEFF}".utf8), [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x1B, 0x5B, 0x32, 0x4A], Array("\r\n".utf8), Array("\r".utf8),
        Array("\t\t\t".utf8), Array("\u{00A0}\u{200B}\u{202E}".utf8), Array("District name: ".utf8), Array("· • - * o 1. 2) ".utf8),
        Array("8/18/15 August 18, 2015 2015-08-18 99/99/9999 2/30/2022".utf8), Array("a@b.c x@y.z ".utf8),
        Array("[bookmark: _GoBack]".utf8), Array(String(repeating: "_", count: 300).utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        Array("%PDF-1.4".utf8), Array("PK\u{03}\u{04}".utf8), Array("{\\rtf1".utf8), Array("\n\n\n\n".utf8),
        Array(String(repeating: "x", count: 5_000).utf8), Array("2022 - 2023 2015-2016 1999-2000 2022-2024".utf8),
    ]

    static func mutate(_ seed: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = seed
        for _ in 0..<Int.random(in: 1...6, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.removeSubrange(at...)
            case 2: bytes.insert(contentsOf: fragments.randomElement(using: &random)!, at: at)
            case 3: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...400, using: &random)))
            case 4: // swap two lines
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                if lines.count > 2 { lines.swapAt(Int.random(in: 0..<lines.count, using: &random), Int.random(in: 0..<lines.count, using: &random)) }
                bytes = Array(lines.joined(separator: [0x0A]))
            case 5: // duplicate a chunk
                let end = min(bytes.count, at + Int.random(in: 1...2_000, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: end)
            case 6: bytes = bytes.map { $0 == 0x0A && Bool.random(using: &random) ? 0x0D : $0 }
            default: bytes.insert(contentsOf: [UInt8](repeating: [0x0A, 0x20, 0x5F, 0x2D][Int.random(in: 0..<4, using: &random)], count: Int.random(in: 1...3_000, using: &random)), at: at)
            }
        }
        return bytes
    }

    @Test(.timeLimit(.minutes(5)))
    func mutatedFormsNeverCrashOrHangAndEveryFailureIsExplained() throws {
        let seeds = try [SeedText.nelson2015, SeedText.blank2019, SeedText.blank2022].map { Array(try SeedText.load($0).utf8) }
        let importer = LetterImporter()
        var random = SeededGenerator(seed: FuzzCases.seed)
        var slowest = 0.0, letters = 0, refused = 0
        // Half the cases are mutated forms, half random bytes (below).
        let cases = max(1, FuzzCases.count / 2)
        let year = try SchoolYear("2022-2023")
        for index in 0..<cases {
            let input = Self.mutate(seeds[index % seeds.count], &random)
            let start = Date()
            let report = importer.read(bytes: input, sourceName: "case-\(index).txt")
            do {
                _ = try report.letter(year: year, by: "fuzz")
                letters += 1
            } catch {
                #expect(!error.description.isEmpty)
                refused += 1
            }
            let seconds = Date().timeIntervalSince(start)
            slowest = max(slowest, seconds)
            #expect(seconds < 5, "case \(index) (seed \(FuzzCases.seed)) took \(seconds) s")
        }
        print("importer fuzz: \(cases) cases, \(letters) gave a letter, \(refused) refused with a reason, slowest \(String(format: "%.3f", slowest)) s")
    }

    @Test func randomBytesNeverCrashTheImporter() {
        var random = SeededGenerator(seed: FuzzCases.seed &+ 1)
        let importer = LetterImporter()
        for index in 0..<max(1, FuzzCases.count / 2) {
            let count = Int.random(in: 0...4_096, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            let report = importer.read(bytes: bytes, sourceName: "random-\(index).txt")
            #expect(report.edition == nil || !report.scores.isEmpty)
        }
    }
}

/// The JSON escaping that keeps DEL, C1 and bidi controls out of printed JSON.
@Suite("Fuzz: VisibleJSON keeps the value and drops raw controls")
struct VisibleJSONFuzzTests {
    @Test func escapedJSONDecodesToTheSameStringsAndHasNoRawControls() throws {
        var random = SeededGenerator(seed: FuzzCases.seed &+ 2)
        let interesting: [UInt32] = [0x00, 0x07, 0x1B, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0xA0, 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029,
                                     0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x1F600, 0x41, 0x22, 0x5C, 0xE9, 0x2060]
        for _ in 0..<FuzzCases.count {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                text.append(Unicode.Scalar(interesting.randomElement(using: &random)!)!)
            }
            let value = [String(text): [String(text)]]
            let encoded = Array(try JSONEncoder().encode(value))
            let escaped = VisibleJSON.escape(encoded)
            #expect(try JSONDecoder().decode([String: [String]].self, from: Data(escaped)) == value)
            let raw = String(decoding: escaped, as: UTF8.self).unicodeScalars.filter {
                $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            }
            #expect(raw.isEmpty)
        }
    }
}
