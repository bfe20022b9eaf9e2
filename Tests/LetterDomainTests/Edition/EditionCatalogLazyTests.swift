import Testing
@testable import LetterDomain

/// The bundled catalog knows its ids and years before it decodes anything (start-up reads only
/// the ids): they must be exactly what the decoded files say.
@Suite("Bundled editions, decoded lazily")
struct EditionCatalogLazyTests {
    @Test("the ids known without decoding are the decoded editions' ids, in the same order")
    func idsMatchTheFiles() {
        let catalog = EditionCatalog.bundled
        #expect(catalog.ids == catalog.editions.map(\.id))
        #expect(catalog.ids == ["2015-2016", "2019-2020", "2022-2023"])
        #expect(catalog.editions.map(\.schoolYear.startYear) == [2015, 2019, 2022])
    }

    @Test("a stored edition inserted among the bundled ones keeps the order by year, then id")
    func insertKeepsOrder() throws {
        var catalog = EditionCatalog.bundled
        var copy = try catalog.edition(id: "2022-2023")
        copy.id = "2017-2018-pilot"
        copy.schoolYear = SchoolYear(startYear: 2017)
        catalog.insert(copy)
        #expect(catalog.ids == ["2015-2016", "2017-2018-pilot", "2019-2020", "2022-2023"])
        #expect(catalog.editions.map(\.id) == catalog.ids)
        #expect(try catalog.edition(id: "2017-2018-pilot").schoolYear == SchoolYear(startYear: 2017))
        #expect(catalog.defaultEdition(for: SchoolYear(startYear: 2018)).id == "2017-2018-pilot")
    }
}
