import Testing
@testable import LetterDomain

@Suite("Field paths")
struct FieldPathTests {
    @Test("every kind of path parses and prints back the same", arguments: [
        ("district.name", FieldPath.districtName),
        ("superintendent.name", .superintendentName),
        ("superintendent.email", .superintendentEmail),
        ("contacts[0].name", .contact(0, .name)),
        ("contacts[0].title", .contact(0, .title)),
        ("contacts[12].email", .contact(12, .email)),
        ("reflections.previous-year", .reflection("previous-year")),
        ("actions[1]", .action(1)),
        ("acknowledgements.video-calls", .acknowledgement("video-calls")),
        ("signatures.district.name", .districtSignatureName),
        ("signatures.district.title", .districtSignatureTitle),
        ("signatures.district.date", .districtSignatureDate),
        ("signatures.kde.name", .kdeSignatureName),
        ("signatures.kde.date", .kdeSignatureDate),
    ])
    func roundTrip(_ text: String, _ path: FieldPath) throws {
        #expect(try FieldPath(parsing: text) == path)
        #expect(path.description == text)
        #expect(try FieldPath(parsing: path.description) == path)
    }

    @Test("paths that name no field are refused", arguments: [
        "contacts[x].name", "foo", "actions[]", "contacts[0].phone", "actions[-1]", "actions[1", "actions[1].x",
        "contacts[0]", "contacts[0].", "reflections.", "acknowledgements.", "District.Name", " district.name",
        "signatures.kde.title", "actions[99999]", "", "actions[١]",
    ])
    func refused(_ text: String) {
        #expect(throws: FieldPathError(path: text)) { try FieldPath(parsing: text) }
    }

    @Test("the refusal lists the accepted fields")
    func refusalMessage() {
        let message = FieldPathError(path: "foo").description
        #expect(message.hasPrefix("unknown field \"foo\""))
        for accepted in ["superintendent.email", "contacts[N].name|title|email", "reflections.<prompt-id>", "actions[N]", "acknowledgements.<expectation-id>", "signatures.district.name|title|date"] {
            #expect(message.contains(accepted))
        }
    }

    @Test("each path belongs to the step that edits it")
    func steps() {
        #expect(FieldPath.superintendentEmail.step == .contacts)
        #expect(FieldPath.contact(2, .email).step == .contacts)
        #expect(FieldPath.reflection("showcase").step == .reflections)
        #expect(FieldPath.action(0).step == .reflections)
        #expect(FieldPath.acknowledgement("x").step == .commitments)
        #expect(FieldPath.kdeSignatureDate.step == .agreement)
    }

    @Test("all fields of a letter, in form order, all parse back")
    func allFields() throws {
        let edition = try Fixtures.edition("2022-2023")
        let letter = try Fixtures.filledLetter(edition)
        let paths = FieldPath.all(for: letter, edition: edition)
        #expect(paths.first == .acknowledgement("video-calls"))
        #expect(paths.contains(.reflection("showcase")))
        #expect(paths.contains(.action(1)) && !paths.contains(.action(2)))
        #expect(paths.last == .kdeSignatureDate)
        for path in paths { #expect(try FieldPath(parsing: path.description) == path) }
    }
}
