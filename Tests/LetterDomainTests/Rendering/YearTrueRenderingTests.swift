import Foundation
import Testing
@testable import LetterDomain

/// A letter prints its own school year wherever its edition's words name the edition's
/// year, in every format, for every bundled edition, whatever the years.
@Suite("Year-true wording in every format")
struct YearTrueRenderingTests {
    enum Format: String, CaseIterable { case text, markdown, html }

    static let years = ["2015-2016", "2019-2020", "2022-2023", "2026-2027", "2031-2032"]
    static let editions = ["2015-2016", "2019-2020", "2022-2023"]

    static func render(_ format: Format, _ layout: FormLayout) -> String {
        switch format {
        case .text: TextRenderer().render(layout)
        case .markdown: MarkdownRenderer().render(layout)
        case .html: HTMLRenderer().render(layout)
        }
    }

    /// A filled letter of `year` on `editionID` (answers name no year, no signature dates).
    static func letter(_ editionID: String, year: String) throws -> Letter {
        var letter = try Fixtures.filledLetter(try Fixtures.edition(editionID))
        letter.schoolYear = try SchoolYear(year)
        return letter
    }

    /// Every school year named as a pair in `text` ("2022 - 2023", "2022-23", Markdown's
    /// "2022 \- 2023"), as start years.
    static func schoolYears(in text: String) -> [Int] {
        // Whole digit runs, so "12022-2023" is not read as 2022-2023.
        let pair = #/(\d+) *\\?[-–—\/] *(\d+)/#
        return text.matches(of: pair).compactMap { match in
            let (first, second) = (match.output.1, match.output.2)
            guard first.count == 4, second.count == 4 || second.count == 2,
                  let start = Int(first), let end = Int(second) else { return nil }
            let follows = second.count == 4 ? end == start + 1 : end == (start + 1) % 100
            return follows ? start : nil
        }
    }

    @Test("no other school year than the letter's, and the letter's wherever the form had its own",
          arguments: editions, Format.allCases)
    func onlyTheLettersYear(_ editionID: String, _ format: Format) throws {
        let edition = try Fixtures.edition(editionID)
        let own = Self.render(format, FormLayout(edition: edition, letter: try Self.letter(editionID, year: editionID)))
        let ownCount = Self.schoolYears(in: own).count
        #expect(Self.schoolYears(in: own).allSatisfy { $0 == edition.schoolYear.startYear })
        for year in Self.years {
            let letter = try Self.letter(editionID, year: year)
            let text = Self.render(format, FormLayout(edition: edition, letter: letter))
            let named = Self.schoolYears(in: text)
            #expect(named.allSatisfy { $0 == letter.schoolYear.startYear }, "\(editionID) for \(year) in \(format): names \(named)")
            #expect(named.count == ownCount, "\(editionID) for \(year) in \(format): \(named.count) mentions, the form has \(ownCount)")
            // Exactly the form's own rendering with the year swapped: nothing else moved.
            let old = edition.schoolYear, new = letter.schoolYear
            var expected = own
            for (a, b) in [(old.printed, new.printed), (old.description, new.description)] {
                // Markdown escapes the hyphen ("2022 \\- 2023").
                expected = expected.replacing(a, with: b).replacing(a.replacing("-", with: "\\-"), with: b.replacing("-", with: "\\-"))
            }
            #expect(text == expected, "\(editionID) for \(year) in \(format) differs beyond the year")
        }
    }

    @Test("the bug: a 2026-2027 letter on the 2022-2023 edition says 2026 - 2027 in its header and binding clause")
    func the2026LetterOnThe2022Edition() throws {
        let edition = try Fixtures.edition("2022-2023")
        let letter = try Self.letter("2022-2023", year: "2026-2027")
        let layout = FormLayout(edition: edition, letter: letter)
        #expect(layout.headerBlocks.contains(.header("2026 - 2027")))
        #expect(layout.edition.agreementClauses.contains { $0.contains("effective for the 2026 - 2027 school year") })
        for format in Format.allCases {
            let text = SeedText.collapse(Self.render(format, layout)).replacing("\\-", with: "-")
            #expect(text.contains("2026 - 2027"), "\(format)")
            #expect(text.contains("effective for the 2026 - 2027 school year"), "\(format)")
            #expect(!text.contains("2022 - 2023") && !text.contains("2022-2023"), "\(format)")
        }
        // With both dates, the period and the clause name the same year.
        var signed = letter
        signed.signatures.district.date = try Fixtures.date("2026-08-18")
        signed.signatures.kde.date = try Fixtures.date("2026-08-20")
        signed.status = .active
        let text = SeedText.collapse(TextRenderer().render(FormLayout(edition: edition, letter: signed)))
        #expect(text.contains("effective for the 2026 - 2027 school year"))
        #expect(text.contains("Effective period: the 2026-2027 school year (August 20, 2026 to May 31, 2027)"))
    }

    @Test("the district's own words keep the years it typed; the form date stays")
    func answersAreNotRewritten() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Self.letter("2019-2020", year: "2026-2027")
        let prompt = try #require(edition.prompts.first { $0.answer == .text })
        letter.reflections[prompt.id] = "In 2019-2020 we opened labs; in 2019 - 2020 we grew."
        letter.actions = ["Keep the 2019-20 pilots", "Grow"]
        letter.district.name = "Class of 2019-2020 County"
        let text = TextRenderer(width: 400).render(FormLayout(edition: edition, letter: letter))
        #expect(text.contains("In 2019-2020 we opened labs; in 2019 - 2020 we grew."))
        #expect(text.contains("Keep the 2019-20 pilots"))
        #expect(text.contains("Class of 2019-2020 County"))
        #expect(text.contains("5-31-19"))
    }

    @Test("a stored edition's wording in any style, in any place, follows the letter; unrelated years do not")
    func aStoredEditionInEveryStyle() throws {
        var edition = try Fixtures.edition("2022-2023")
        edition.id = "2023-2024"
        edition.schoolYear = SchoolYear(startYear: 2023)
        edition.headerLines = ["Kentucky Innovative Learning Network", "2023–24", "LETTER OF COMMITMENT"]
        edition.sections[0].blocks.append(.paragraph("Since 2015 the network has grown; this form replaces the 2022-2023 form for 2023/2024."))
        edition.returnTo.text.append("Return by May 31, 2024 (school year 2023-2024).")
        let letter = try Self.letter("2022-2023", year: "2031-2032")
        let text = SeedText.collapse(TextRenderer(width: 400).render(FormLayout(edition: edition, letter: letter)))
        #expect(text.contains("Kentucky Innovative Learning Network 2031–32 LETTER OF COMMITMENT"))
        #expect(text.contains("Since 2015 the network has grown; this form replaces the 2022-2023 form for 2031/2032."))
        #expect(text.contains("Return by May 31, 2024 (school year 2031-2032)."))
    }

    @Test("a blank form prints the edition as written")
    func blankForm() throws {
        let edition = try Fixtures.edition("2022-2023")
        let layout = FormLayout(edition: edition, letter: nil)
        #expect(layout.edition == edition)
        #expect(TextRenderer().render(layout).contains("2022 - 2023"))
    }
}
