import Foundation
import Testing
@testable import LetterDomain

@Suite("Validation follows what each edition's form asks")
struct EditionSpecificValidationTests {
    @Test func the2015FormHasNoContactSectionSoNelsonCountyCanBeComplete() throws {
        let edition = try Fixtures.edition("2015-2016")
        var letter = try Fixtures.blankLetter(edition, district: "Nelson County")
        letter.actions = ["Non-Traditional Instructional Days", "World Readiness Certification"]
        for item in edition.expectations { letter.acknowledgements[item.id] = true }
        #expect(Validator(edition: edition).findings(for: letter).isEmpty)
        // What is typed anyway is still checked.
        letter.superintendent.email = "not an address"
        #expect(Validator(edition: edition).findings(for: letter).map(\.field) == [.superintendentEmail])
    }

    @Test func the2022FormStillRequiresItsContacts() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.contacts = [Contact()]
        letter.superintendent = Superintendent()
        let fields = Validator(edition: edition).findings(for: letter).map(\.field)
        #expect(fields == [.superintendentName, .superintendentEmail, .contact(0, .name)])
    }

    @Test func signingAfterTheSchoolYearEndedIsAWarning() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.signatures = Signatures(district: DistrictSignature(name: "A", title: "Superintendent", date: try Fixtures.date("2023-06-02")))
        let findings = Validator(edition: edition).findings(for: letter)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("after the 2022-2023 school year ended") == true)
        letter.signatures.district.date = try Fixtures.date("2023-05-31")
        #expect(Validator(edition: edition).findings(for: letter).isEmpty)
    }
}
