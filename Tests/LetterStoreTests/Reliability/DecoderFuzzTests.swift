import Foundation
import KyilnTestSupport
import Testing
import LetterDomain
@testable import LetterStore


/// The letter decoder on mutated valid letters: byte flips, truncations, brackets,
/// huge numbers, wrong types, invalid UTF-8. It either decodes a letter (which then
/// survives a round trip) or throws a `StoreError` naming the file; never a crash.
@Suite("Fuzz: the letter decoder, and more bad files")
struct DecoderFuzzTests {
    static var cases: Int { ProcessInfo.processInfo.environment["KYILN_FUZZ_CASES"].flatMap(Int.init) ?? 2_000 }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["KYILN_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x6B79_696C_6E }
    static let path = "/store/letters/2022-2023/boone-county.json"

    static func sample() throws -> [[UInt8]] {
        var full = Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")), schoolYear: try SchoolYear("2022-2023"),
                          editionID: "2022-2023", createdBy: "fuzz", now: Date(timeIntervalSince1970: 1_663_250_400))
        full.superintendent = Superintendent(name: "José Muñoz", email: "jose@boone.kyschools.us")
        full.contacts = [Contact(name: "Ann", title: "Director", email: "ann@boone.kyschools.us")]
        full.reflections = ["previous-year": "We opened labs.\n\nMore \"quoted\" \u{1B}[2J text", "showcase": "Toolkit"]
        full.actions = ["One", "Two"]
        full.acknowledgements = ["video-calls": true, "funding": false]
        full.signatures.district = DistrictSignature(name: "José", title: "Superintendent", date: try CalendarDate(year: 2022, month: 8, day: 18))
        full.history = [HistoryEntry(at: full.createdAt, by: "fuzz", action: .created)]
        let blank = Letter(district: District(name: "Kenton", slug: try DistrictSlug("kenton")), schoolYear: try SchoolYear("2015-2016"),
                           editionID: "2015-2016", createdBy: "fuzz", now: Date(timeIntervalSince1970: 0))
        return [LetterCodec.encode(full), LetterCodec.encode(blank)]
    }

    static let values: [String] = ["null", "[]", "{}", "\"x\"", "true", "1e400", "-1", "99999999999999999999999999", "0.5", "-0",
                                   "\"2022-13-45\"", "\"../x\"", "\"\"", "[[[[[[[[]]]]]]]]", "{\"a\":{\"b\":[1,2,{}]}}", "\"\\ud800\"", "NaN"]

    static func mutate(_ seed: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = seed
        for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<9, using: &random) {
            case 0: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            case 1: bytes.removeSubrange(at...)
            case 2: bytes.insert(contentsOf: Array(repeating: Array("[{]}".utf8).randomElement(using: &random)!, count: Int.random(in: 1...200, using: &random)), at: at)
            case 3, 4: // a value of the wrong type after some key
                let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
                guard let colon = colons.randomElement(using: &random) else { break }
                var end = colon + 2
                if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                    end += 1
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
                    end += 1
                } else {
                    while end < bytes.count, !",}]\n".utf8.contains(bytes[end]) { end += 1 }
                }
                bytes.replaceSubrange((colon + 2)..<min(end, bytes.count), with: Array(values.randomElement(using: &random)!.utf8))
            case 5: bytes.insert(contentsOf: [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x00], [0xE2, 0x82]].randomElement(using: &random)!, at: at)
            case 6: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
            case 7: // a key duplicated
                bytes.insert(contentsOf: Array("\"revision\" : 7,\n".utf8), at: min(bytes.count, 2))
            default: bytes[at] = UInt8.random(in: 0...255, using: &random)
            }
        }
        return bytes
    }

    @Test(.timeLimit(.minutes(5)))
    func mutatedLettersDecodeOrFailWithAReasonNamingTheFile() throws {
        let seeds = try Self.sample()
        var random = SeededGenerator(seed: Self.seed)
        var decoded = 0, refused = 0, slowest = 0.0
        var reasons: [String: Int] = [:]
        for index in 0..<Self.cases {
            let input = Self.mutate(seeds[index % seeds.count], &random)
            let start = Date()
            do {
                let letter = try LetterCodec.decode(input, path: Self.path)
                decoded += 1
                let again = try LetterCodec.decode(LetterCodec.encode(letter), path: Self.path)
                #expect(again == letter, "case \(index): a decoded letter survives a round trip")
            } catch {
                refused += 1
                let text = error.description
                #expect(text.contains(Self.path), "case \(index): \(text)")
                let reason = text.components(separatedBy: ": ").dropFirst().first.map { String($0.prefix(30)) } ?? text
                reasons[reason, default: 0] += 1
            }
            let seconds = Date().timeIntervalSince(start)
            slowest = max(slowest, seconds)
            #expect(seconds < 2, "case \(index) (seed \(Self.seed)) took \(seconds) s")
        }
        print("decoder fuzz: \(Self.cases) cases, \(decoded) decoded, \(refused) refused, slowest \(String(format: "%.3f", slowest)) s; reasons: \(reasons.sorted { $0.value > $1.value }.prefix(6))")
        #expect(refused > Self.cases / 4 && decoded > 0)
    }

    // MARK: More bad files (beyond BrokenFileTests)

    @Test func deepNestingInsideAFieldIsRefusedWithoutRunningOutOfStack() throws {
        let t = try TemporaryStore()
        let letter = try t.store.create(try t.draft(), by: "a")
        let path = t.store.letterPath(letter.district.slug, letter.schoolYear)
        let text = String(decoding: LetterCodec.encode(letter), as: UTF8.self)
        for deep in [String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
                     String(repeating: "{\"a\":[", count: 50_000) + "1" + String(repeating: "]}", count: 50_000),
                     String(repeating: "[", count: 100_000)] {
            let nested = text.replacingOccurrences(of: "\"actions\" : [\n\n  ]", with: "\"actions\" : " + deep)
            #expect(nested != text)
            try Data(nested.utf8).write(to: URL(fileURLWithPath: path))
            #expect {
                try t.store.load(letter.district.slug, year: letter.schoolYear)
            } throws: { "\($0)".contains(path) && ("\($0)".contains("nested") || "\($0)".contains("truncated")) }
            #expect(try t.bytes(path) == Data(nested.utf8), "the file is untouched")
        }
    }

    @Test func bracketsInsideTextAreJustText() throws {
        let t = try TemporaryStore()
        var letter = try t.draft()
        letter.reflections["previous-year"] = String(repeating: "[{", count: 100_000) + "\\\"" + String(repeating: "}]", count: 10)
        let stored = try t.store.create(letter, by: "a")
        #expect(try t.store.load(stored.district.slug, year: stored.schoolYear).reflections == stored.reflections)
    }
}
