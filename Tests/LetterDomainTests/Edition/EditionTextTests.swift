import Foundation
import Testing
@testable import LetterDomain

/// The forms' wording must reach the letters word for word: every string of each
/// bundled edition is checked against the copy of the real paper form it was taken from.
@Suite("Edition text against the real forms")
struct EditionTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var editionID: String
        var seed: String
        /// The district name the seed has where the edition says `{district}` (nil: a blank form).
        var district: String?
        var testDescription: String { editionID }
    }

    static let cases: [Case] = [
        Case(editionID: "2015-2016", seed: SeedText.nelson2015, district: "Nelson County"),
        Case(editionID: "2019-2020", seed: SeedText.blank2019, district: nil),
        Case(editionID: "2022-2023", seed: SeedText.blank2022, district: nil),
    ]

    /// Keys of the edition JSON whose values are identifiers or enum names, not printed text.
    static let nonTextKeys: Set<String> = ["id", "kind", "role", "style", "step", "answer", "party", "field", "effectivePeriod", "schoolYear"]

    /// Every string of the edition as JSON, with the key that holds it.
    static func printedStrings(of edition: Edition) throws -> [(key: String, value: String)] {
        let data = try JSONEncoder().encode(edition)
        let json = try JSONSerialization.jsonObject(with: data)
        var out: [(String, String)] = []
        func walk(_ value: Any, key: String) {
            switch value {
            case let text as String:
                if !nonTextKeys.contains(key) { out.append((key, text)) }
            case let array as [Any]:
                for element in array { walk(element, key: key) }
            case let object as [String: Any]:
                for (k, v) in object { walk(v, key: k) }
            default:
                break
            }
        }
        walk(json, key: "")
        return out
    }

    @Test("every string of the edition JSON appears in the form", arguments: cases)
    func everyStringAppearsInTheSeed(_ c: Case) throws {
        let edition = try Fixtures.edition(c.editionID)
        let seed = SeedText.normalise(try SeedText.load(c.seed))
        let strings = try Self.printedStrings(of: edition)
        // Sanity: the walk found the form's text, not an empty shell.
        #expect(strings.count > 40)
        for (key, raw) in strings {
            let expected = SeedText.normalise(c.district.map { raw.replacingOccurrences(of: "{district}", with: $0) } ?? raw)
            if expected.isEmpty { continue }
            #expect(seed.contains(expected), "\(c.editionID) \(key): not in the form word for word: \(expected)")
        }
    }

    @Test("the model's text (headings, items with titles, prompts with notes, labels) appears in the form", arguments: cases)
    func modelTextAppearsInTheSeed(_ c: Case) throws {
        let edition = try Fixtures.edition(c.editionID)
        let seed = SeedText.normalise(try SeedText.load(c.seed))
        var expected: [String] = edition.headerLines + [edition.title, edition.network.name]
        expected += edition.sections.map(\.heading).filter { !$0.isEmpty }
        for block in edition.blocks {
            switch block {
            case .paragraph(let text): expected.append(text.replacingOccurrences(of: "{district}", with: c.district ?? "{district}"))
            case .subheading(let text): expected.append(text)
            case .list(_, let style, let items):
                for (i, item) in items.enumerated() {
                    // Titles are printed before the text ("1. Definition. Each ...").
                    expected.append(style == .numbered ? "\(i + 1). \(item.fullText)" : item.fullText)
                }
            case .field(_, let label): expected.append(label)
            case .prompt(let prompt): expected.append(prompt.note.map { prompt.text + " " + $0 } ?? prompt.text)
            case .signatures: break
            }
        }
        for signatory in edition.signatories { expected += [signatory.label, signatory.dateLabel] }
        if let name = edition.kdeDesignee.name {
            expected.append([name, edition.kdeDesignee.title].compactMap { $0 }.joined(separator: ", "))
        }
        expected += edition.returnTo.text.filter { !$0.isEmpty }
        expected.append(edition.returnTo.email)
        if let formDate = edition.formDate { expected.append(formDate) }
        for text in expected {
            #expect(seed.contains(SeedText.normalise(text)), "\(c.editionID): not in the form word for word: \(text)")
        }
    }

    @Test("the return-to block is the form's last lines, in order", arguments: cases)
    func returnToBlockClosesTheForm(_ c: Case) throws {
        let edition = try Fixtures.edition(c.editionID)
        let seed = SeedText.normalise(try SeedText.load(c.seed))
        let block = SeedText.normalise(edition.returnTo.text.joined(separator: "\n"))
        #expect(seed.hasSuffix(block), "\(c.editionID): the form does not end with the return-to text")
    }

    @Test("rendered letter reads word for word like the form up to Required Signatories", arguments: cases)
    func renderedWordsMatchTheSeed(_ c: Case) throws {
        let edition = try Fixtures.edition(c.editionID)
        let letter: Letter? = c.editionID == "2015-2016" ? try Fixtures.nelsonCounty() : nil
        let (rendered, seed) = try Self.wordSequences(edition: edition, letter: letter, seed: c.seed)
        let header = SeedText.words(edition.headerLines[0])
        #expect(rendered.starts(with: header) && seed.starts(with: header))
        if let diff = Self.firstDifference(rendered, seed) {
            Issue.record("\(c.editionID): rendered text departs from the form at word \(diff.index): rendered «\(diff.rendered)» but the form has «\(diff.seed)»")
        }
        #expect(rendered.count == seed.count)
    }

    @Test("the word-sequence comparison catches reordered items and a changed word")
    func wordSequenceComparisonIsStrict() throws {
        var swapped = try Fixtures.edition("2022-2023")
        let index = try #require(swapped.sections[1].blocks.firstIndex {
            if case .list(.expectations, _, _) = $0 { return true }
            return false
        })
        guard case .list(let role, let style, var items) = swapped.sections[1].blocks[index] else { return }
        items.swapAt(1, 2)
        swapped.sections[1].blocks[index] = .list(role: role, style: style, items: items)
        let (a, seedA) = try Self.wordSequences(edition: swapped, letter: nil, seed: SeedText.blank2022)
        #expect(Self.firstDifference(a, seedA) != nil)

        var reworded = try Fixtures.edition("2015-2016")
        reworded.headerLines[1] = "2015 - 2016"
        let (b, seedB) = try Self.wordSequences(edition: reworded, letter: try Fixtures.nelsonCounty(), seed: SeedText.nelson2015)
        #expect(Self.firstDifference(b, seedB)?.index == 4)
    }

    /// The words of the rendered form and of the seed, each from the first header line
    /// through "Required Signatories", normalised alike; kyiln's own tally lines, the
    /// marking of a letter not in force and the blanks to write on are left out of the rendering.
    static func wordSequences(edition: Edition, letter: Letter?, seed: String) throws -> (rendered: [String], seed: [String]) {
        // Wide enough that no line wraps: wrapping is layout, tested elsewhere.
        let renderer = TextRenderer(width: 400)
        let text = renderer.render(FormLayout(edition: edition, letter: letter))
        let status = letter?.status
        let marking: Set<String> = Set(status.flatMap { LetterMarking(status: $0) }.map { renderer.markingLines($0) } ?? [])
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Acknowledged by the district:") && !marking.contains(String($0)) }
            .joined(separator: "\n")
        let rendered = try SeedText.wordsThroughSignatoriesHeading(SeedText.words(kept).filter { !$0.allSatisfy { $0 == "_" } })
        let seedWords = try SeedText.wordsThroughSignatoriesHeading(SeedText.words(try SeedText.load(seed)))
        return (rendered, seedWords)
    }

    @Test("the comparison notices a one-word paraphrase, a dropped comma and a straightened quote")
    func comparisonIsStrict() throws {
        let seed2019 = SeedText.normalise(try SeedText.load(SeedText.blank2019))
        let seed2022 = SeedText.normalise(try SeedText.load(SeedText.blank2022))
        #expect(seed2019.contains("Ongoing technical assistance, supports, and continued coordination"))
        #expect(!seed2019.contains("Ongoing technical assistance, support, and continued coordination"))
        #expect(!seed2019.contains("Ongoing technical assistance, supports and continued coordination"))
        #expect(seed2022.contains("KDE’s relationships"))
        #expect(!seed2022.contains("KDE's relationships"))
        // Layout is ignored: Markdown emphasis, bullets and line breaks.
        #expect(seed2019.contains("This Letter of Commitment (LOC) establishes"))
        #expect(seed2019.contains("(attach more pages if necessary)"))
        let seed2015 = SeedText.normalise(try SeedText.load(SeedText.nelson2015))
        #expect(seed2015.contains("KYILN convenings for multi-district support and peer-state communications, etc."))
        #expect(SeedText.words("· One\n- Two\n\tThree\u{00A0}Four") == ["One", "Two", "Three", "Four"])
    }

    @Test("the Nelson County rendering fills the district into the introduction")
    func nelsonCountyIntroduction() throws {
        let edition = try Fixtures.edition("2015-2016")
        let rendered = SeedText.collapse(TextRenderer().render(FormLayout(edition: edition, letter: try Fixtures.nelsonCounty())))
        #expect(rendered.contains("Kentucky Department of Education (KDE) and the Nelson County Schools to benchmark"))
        #expect(!rendered.contains("{district}"))
        // The district's date is printed on its signature line.
        #expect(rendered.contains("2015-08-18"))
    }

    /// The first index where the word sequences differ, with a few words of context from each.
    static func firstDifference(_ rendered: [String], _ seed: [String]) -> (index: Int, rendered: String, seed: String)? {
        let index = zip(rendered, seed).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? (rendered.count == seed.count ? nil : min(rendered.count, seed.count))
        guard let index else { return nil }
        func context(_ words: [String]) -> String {
            words[max(0, index - 4)..<min(words.count, index + 6)].joined(separator: " ")
        }
        return (index, context(rendered), context(seed))
    }
}
