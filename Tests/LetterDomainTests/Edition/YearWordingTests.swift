import Testing
@testable import LetterDomain

@Suite("Year wording: an edition's own year follows the letter")
struct YearWordingTests {
    static let wording = YearWording(from: SchoolYear(startYear: 2022), to: SchoolYear(startYear: 2026))

    @Test("the edition's year is rewritten in the form's own style", arguments: [
        ("2022 - 2023", "2026 - 2027"),
        ("2022-2023", "2026-2027"),
        ("2022–2023", "2026–2027"),
        ("2022 — 2023", "2026 — 2027"),
        ("2022/2023", "2026/2027"),
        ("2022-23", "2026-27"),
        ("2022 – 23", "2026 – 27"),
        ("effective for the 2022 - 2023 school year.", "effective for the 2026 - 2027 school year."),
        ("(2022-2023)", "(2026-2027)"),
        ("SY2022-23 and 2022-2023", "SY2026-27 and 2026-2027"),
    ])
    func rewrites(_ text: String, _ expected: String) {
        #expect(Self.wording.apply(text) == expected)
    }

    @Test("other years, bare years, dates and partial numbers are left alone", arguments: [
        "5-31-19",                          // the 2019 form's date
        "since 2015",                       // a year in prose
        "June 1, 2022 to May 31, 2023",     // dates
        "2021-2022",                        // the year before, a fact the form states
        "2023-2024",
        "22-23",                            // no century: could be a page range
        "12022-2023",                       // part of a longer number
        "2022-20234",
        "2022-24",
        "2022-08-18",                       // an ISO date
        "2022 and 2023",
        "2022-",
        "",
    ])
    func leavesAlone(_ text: String) {
        #expect(Self.wording.apply(text) == text)
    }

    @Test("a two-digit end year keeps its leading zero")
    func centuryTurn() {
        let wording = YearWording(from: SchoolYear(startYear: 2022), to: SchoolYear(startYear: 2108))
        #expect(wording.apply("2022-23") == "2108-09")
        #expect(wording.apply("2022-2023") == "2108-2109")
    }

    @Test("an edition worded for its own year is the edition, and wording twice changes nothing")
    func identityAndIdempotence() throws {
        for edition in EditionCatalog.bundled.editions {
            #expect(edition.worded(for: edition.schoolYear) == edition)
            let later = edition.worded(for: SchoolYear(startYear: 2030))
            #expect(later.worded(for: SchoolYear(startYear: 2030)) == later)
            #expect(later.id == edition.id)
            #expect(later.schoolYear == SchoolYear(startYear: 2030))
            #expect(later.formDate == edition.formDate)
            #expect(later.effectivePeriod == edition.effectivePeriod)
        }
    }

    @Test("every kind of wording is reached: headings, lists, prompts and notes, captions, return block")
    func everyPlace() throws {
        var edition = try Fixtures.edition("2022-2023")
        edition = edition.mappingText { $0.isEmpty ? $0 : $0 + " [2022-23]" }
        let worded = edition.worded(for: SchoolYear(startYear: 2026))
        var all: [String] = [worded.title, worded.network.name] + worded.headerLines + worded.returnTo.text
        all += worded.sections.map(\.heading).filter { !$0.isEmpty }
        all += worded.blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let t), .subheading(let t): return [t]
            case .list(_, _, let items): return items.map(\.fullText)
            case .field(_, let label): return [label]
            case .prompt(let p): return [p.text] + (p.note.map { [$0] } ?? [])
            case .signatures: return []
            }
        }
        all += worded.signatories.flatMap { [$0.label, $0.dateLabel] }
        for text in all {
            #expect(text.contains("[2026-27]"), "not worded: \(text)")
            #expect(!text.contains("2022-23"), "still the form's year: \(text)")
        }
        // Ids are not wording.
        #expect(worded.expectations.map(\.id) == edition.expectations.map(\.id))
        #expect(worded.returnTo.email == edition.returnTo.email)
    }
}
