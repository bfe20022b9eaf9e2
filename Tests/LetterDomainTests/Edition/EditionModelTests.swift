import Foundation
import Testing
@testable import LetterDomain

@Suite("Bundled editions")
struct EditionModelTests {
    @Test("the catalog holds the three editions, oldest first")
    func catalogOrder() {
        #expect(Fixtures.catalog.editions.map(\.id) == ["2015-2016", "2019-2020", "2022-2023"])
        #expect(Fixtures.catalog.editions.map(\.schoolYear.description) == ["2015-2016", "2019-2020", "2022-2023"])
    }

    @Test("2015-2016: one points prompt, 5 numbered expectations, 3 priorities, from-signature rule")
    func edition2015() throws {
        let e = try Fixtures.edition("2015-2016")
        #expect(e.network.name == "Kentucky Innovation Lab Network")
        #expect(e.network.abbreviation == "KYILN")
        #expect(e.prompts.map(\.id) == ["points-of-action"])
        #expect(e.prompts.map(\.answer) == [.points])
        #expect(e.pointsPrompt?.id == "points-of-action")
        #expect(e.expectations.map(\.id) == ["definition", "participation", "annual-report", "research-evaluation", "support"])
        #expect(e.expectations.map(\.title) == ["Definition.", "Participation/Shared Activities.", "Annual Report.", "Research and Evaluation.", "Support."])
        let styles = e.blocks.compactMap { block -> ListStyle? in
            if case .list(.expectations, let style, _) = block { return style }
            return nil
        }
        #expect(styles == [.numbered])
        #expect(e.priorities.map(\.text) == [
            "Personalized Learning Pathways",
            "Six key attributes of next generation learning systems",
            "Expansion of CCR to include assessing skills and dispositions",
        ])
        #expect(e.beliefs.count == 7)
        #expect(e.benefits.isEmpty)
        #expect(e.pillars == nil)
        #expect(e.effectivePeriod == .fromSignature)
        #expect(e.kdeDesignee.name == nil)
        #expect(e.returnTo.email == "beth.peterson@education.ky.gov")
        #expect(e.formDate == nil)
        // The 2015 form prints KDE's signature line first.
        #expect(e.signatories.map(\.party) == [.kde, .district])
    }

    @Test("2019-2020: text + points prompts, 4 expectations, 3 priorities, signing-date window")
    func edition2019() throws {
        let e = try Fixtures.edition("2019-2020")
        #expect(e.network.abbreviation == "KY ILN")
        #expect(e.prompts.map(\.id) == ["previous-year", "next-year"])
        #expect(e.prompts.map(\.answer) == [.text, .points])
        #expect(e.prompts.allSatisfy { $0.note == "(attach more pages if necessary)" })
        #expect(e.expectations.count == 4)
        #expect(e.expectations.map(\.id) == ["monthly-calls", "in-person-events", "local-resource", "other-initiatives"])
        #expect(e.priorities.map(\.id) == ["capacity", "assessment", "accountability"])
        #expect(e.benefits.count == 5)
        #expect(e.pillars == nil)
        #expect(e.effectivePeriod == .signingDateWindow)
        #expect(e.kdeDesignee.name == nil)
        #expect(e.returnTo.email == "david.cook@education.ky.gov")
        #expect(e.returnTo.name == "David Cook")
        #expect(e.formDate == "5-31-19")
        #expect(e.signatories.map(\.party) == [.district, .kde])
        #expect(e.label(for: .contacts) == "KY ILN point of contact name, title, and email address:")
    }

    @Test("2022-2023: text, points, showcase prompts, 5 expectations, 4 pillars and no priorities, school-year rule, Sarah Snipes")
    func edition2022() throws {
        let e = try Fixtures.edition("2022-2023")
        #expect(e.prompts.map(\.id) == ["previous-year", "current-year", "showcase"])
        #expect(e.prompts.map(\.answer) == [.text, .points, .text])
        #expect(e.pointsPrompt?.id == "current-year")
        #expect(e.expectations.count == 5)
        #expect(e.expectations.last?.id == "core-four-pillars")
        #expect(e.priorities.isEmpty)
        #expect(e.pillars == ["learner-centered education", "collaboration", "equity", "authentic learning opportunities"])
        // The pillars are the ones the purpose names inline.
        for pillar in e.pillars ?? [] { #expect(e.purpose.joined().contains(pillar)) }
        #expect(e.effectivePeriod == .schoolYear)
        #expect(e.kdeDesignee.name == "Sarah Snipes")
        #expect(e.kdeDesignee.title == "KDE Division of Innovative Learning Program Manager")
        #expect(e.returnTo.email == "Sarah.Snipes@education.ky.gov")
        #expect(e.returnTo.postalAddress.isEmpty)
        #expect(e.headerLines == ["LETTER OF COMMITMENT", "2022 - 2023"])
        #expect(e.signatory(.kde).label == "(KDE designee)")
        #expect(e.label(for: .contacts) == "KY ILN point(s) of contact name, title, and email address:")
    }

    @Test("each edition maps sections onto all five wizard steps and has both signatories", arguments: ["2015-2016", "2019-2020", "2022-2023"])
    func stepsAndSignatories(_ id: String) throws {
        let e = try Fixtures.edition(id)
        #expect(Set(e.signatories.map(\.party)) == [.district, .kde])
        #expect(e.blocks.filter { $0 == .signatures }.count == 1)
        for step in [Step.purpose, .commitments, .reflections, .agreement] {
            #expect(!e.sections(for: step).isEmpty, "\(id) has no section on \(step)")
        }
        #expect(!e.agreementClauses.isEmpty)
        // Ids letters refer to are unique within their kind.
        #expect(Set(e.expectations.map(\.id)).count == e.expectations.count)
        #expect(Set(e.prompts.map(\.id)).count == e.prompts.count)
        #expect(e.returnTo.text.contains { $0.contains(e.returnTo.email) })
    }

    @Test("defaultEdition picks the newest edition written for the year or before")
    func defaultEdition() throws {
        let catalog = Fixtures.catalog
        #expect(catalog.defaultEdition(for: try Fixtures.year("2023-2024")).id == "2022-2023")
        #expect(catalog.defaultEdition(for: try Fixtures.year("2022-2023")).id == "2022-2023")
        #expect(catalog.defaultEdition(for: try Fixtures.year("2021-2022")).id == "2019-2020")
        #expect(catalog.defaultEdition(for: try Fixtures.year("2020-2021")).id == "2019-2020")
        #expect(catalog.defaultEdition(for: try Fixtures.year("2019-2020")).id == "2019-2020")
        #expect(catalog.defaultEdition(for: try Fixtures.year("2016-2017")).id == "2015-2016")
        #expect(catalog.defaultEdition(for: try Fixtures.year("2010-2011")).id == "2015-2016")
    }

    @Test("an unknown edition id names the id and lists the known ones")
    func unknownEdition() {
        #expect(throws: EditionError.unknown(id: "2030-2031", known: ["2015-2016", "2019-2020", "2022-2023"])) {
            try Fixtures.catalog.edition(id: "2030-2031")
        }
        let error = EditionError.unknown(id: "2030-2031", known: ["2015-2016", "2019-2020", "2022-2023"])
        #expect(error.description == "unknown edition \"2030-2031\"; known editions: 2015-2016, 2019-2020, 2022-2023")
    }

    @Test("encoding and decoding an edition loses nothing", arguments: ["2015-2016", "2019-2020", "2022-2023"])
    func roundTrip(_ id: String) throws {
        let edition = try Fixtures.edition(id)
        let data = try JSONEncoder().encode(edition)
        let decoded = try JSONDecoder().decode(Edition.self, from: data)
        #expect(decoded == edition)
        // And a second pass is byte-stable.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(decoded) == encoder.encode(edition))
    }

    @Test("insert adds a stored edition in year order and replaces one with the same id")
    func insertEdition() throws {
        var catalog = Fixtures.catalog
        var next = try Fixtures.edition("2022-2023")
        next.id = "2024-2025"
        next.schoolYear = try Fixtures.year("2024-2025")
        catalog.insert(next)
        #expect(catalog.editions.map(\.id) == ["2015-2016", "2019-2020", "2022-2023", "2024-2025"])
        #expect(catalog.defaultEdition(for: try Fixtures.year("2025-2026")).id == "2024-2025")
        next.title = "AMENDED"
        catalog.insert(next)
        #expect(catalog.editions.count == 4)
        #expect(try catalog.edition(id: "2024-2025").title == "AMENDED")
    }

    @Test("an edition without a list style decodes as bullets; a bad school year is refused")
    func decodingDefaultsAndErrors() throws {
        let list = #"{"kind":"list","role":"benefits","items":[{"id":"a","text":"A"}]}"#
        let block = try JSONDecoder().decode(EditionBlock.self, from: Data(list.utf8))
        #expect(block == .list(role: .benefits, style: .bullet, items: [ListItem(id: "a", text: "A")]))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SchoolYear.self, from: Data(#""2022-2024""#.utf8))
        }
    }
}
