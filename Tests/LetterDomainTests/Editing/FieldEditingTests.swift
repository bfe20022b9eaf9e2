import Testing
@testable import LetterDomain

@Suite("Setting fields")
struct FieldEditingTests {
    func set(_ letter: inout Letter, _ path: String, _ value: String, _ edition: Edition) throws {
        try letter.set(try FieldPath(parsing: path), to: value, edition: edition)
    }

    @Test("plain fields are set and read back")
    func plainFields() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.blankLetter(edition)
        try set(&letter, "superintendent.name", "Matthew Turner", edition)
        try set(&letter, "superintendent.email", "  matthew.turner@boone.kyschools.us \n", edition)
        try set(&letter, "reflections.showcase", "Our maker spaces.", edition)
        try set(&letter, "signatures.district.title", "Superintendent", edition)
        #expect(letter.superintendent.name == "Matthew Turner")
        #expect(letter.superintendent.email == "matthew.turner@boone.kyschools.us")
        #expect(letter.value(at: .reflection("showcase")) == "Our maker spaces.")
        #expect(letter.value(at: .districtSignatureTitle) == "Superintendent")
    }

    @Test("an index equal to the count appends; a larger one is refused with the valid range")
    func appendAndRefuse() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.blankLetter(edition)
        #expect(letter.contacts.count == 1)
        try set(&letter, "contacts[1].name", "Ann Lee", edition)
        #expect(letter.contacts.count == 2)
        #expect(letter.value(at: .contact(1, .name)) == "Ann Lee")

        try set(&letter, "actions[0]", "First", edition)
        try set(&letter, "actions[1]", "Second", edition)
        #expect(letter.actions == ["First", "Second"])

        #expect(throws: FieldEditError(field: .action(3), reason: "there are 2 points of action; use an index from 0 to 2")) {
            try set(&letter, "actions[3]", "Fourth", edition)
        }
        #expect(throws: FieldEditError(field: .contact(5, .email), reason: "there are 2 contacts; use an index from 0 to 2")) {
            try set(&letter, "contacts[5].email", "x@y.gov", edition)
        }
        #expect(letter.actions == ["First", "Second"])
        #expect(letter.contacts.count == 2)
    }

    @Test("an empty value removes a point of action")
    func removePoint() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.blankLetter(edition)
        for (i, point) in ["One", "Two", "Three"].enumerated() { try set(&letter, "actions[\(i)]", point, edition) }
        try set(&letter, "actions[1]", "  ", edition)
        #expect(letter.actions == ["One", "Three"])
        try set(&letter, "actions[1]", "Three, revised", edition)
        #expect(letter.actions == ["One", "Three, revised"])
        // Clearing one past the end is a no-op, not an error.
        try set(&letter, "actions[2]", "", edition)
        #expect(letter.actions == ["One", "Three, revised"])
    }

    @Test("dates take 8/18/15 and 2015-08-18, an empty value clears them, impossible dates are refused")
    func dates() throws {
        let edition = try Fixtures.edition("2015-2016")
        var letter = try Fixtures.blankLetter(edition)
        try set(&letter, "signatures.district.date", "8/18/15", edition)
        #expect(letter.signatures.district.date == (try Fixtures.date("2015-08-18")))
        try set(&letter, "signatures.kde.date", "2015-08-18", edition)
        #expect(letter.value(at: .kdeSignatureDate) == "2015-08-18")
        do {
            try set(&letter, "signatures.kde.date", "2015-02-30", edition)
            Issue.record("2015-02-30 was accepted")
        } catch let error as FieldEditError {
            #expect(error.field == .kdeSignatureDate)
            #expect(error.description.contains("2015-02-30"))
            #expect(error.reason.contains("no day 30"))
        }
        #expect(letter.value(at: .kdeSignatureDate) == "2015-08-18")
        try set(&letter, "signatures.kde.date", "", edition)
        #expect(letter.signatures.kde.date == nil)
    }

    @Test("acknowledgements take yes/no words and refuse unknown ids, listing the known ones")
    func acknowledgements() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.blankLetter(edition)
        try set(&letter, "acknowledgements.monthly-calls", "yes", edition)
        #expect(letter.value(at: .acknowledgement("monthly-calls")) == "true")
        try set(&letter, "acknowledgements.monthly-calls", "false", edition)
        #expect(letter.isAcknowledged("monthly-calls") == false)
        #expect(throws: FieldEditError(field: .acknowledgement("monthly-calls"), reason: "expected true or false")) {
            try set(&letter, "acknowledgements.monthly-calls", "maybe", edition)
        }
        do {
            try set(&letter, "acknowledgements.video-calls", "true", edition)
            Issue.record("an expectation of another edition was accepted")
        } catch let error as FieldEditError {
            #expect(error.reason.contains("no expectation \"video-calls\""))
            #expect(error.reason.contains("monthly-calls, in-person-events, local-resource, other-initiatives"))
        }
        #expect(letter.acknowledgements["video-calls"] == nil)
    }

    @Test("a reflection id the edition lacks is refused, naming its prompts")
    func unknownReflection() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.blankLetter(edition)
        do {
            try set(&letter, "reflections.showcase", "text", edition)
            Issue.record("a prompt of another edition was accepted")
        } catch let error as FieldEditError {
            #expect(error.field == .reflection("showcase"))
            #expect(error.reason.contains("previous-year, next-year"))
        }
        #expect(letter.reflections.isEmpty)
    }

    @Test("the points prompt is answered through actions, not reflections")
    func pointsPromptThroughReflections() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.blankLetter(edition)
        #expect(throws: FieldEditError.self) { try set(&letter, "reflections.next-year", "text", edition) }
        #expect(letter.reflections.isEmpty)
    }

    @Test("collection paths are refused by set with a hint")
    func wholeCollections() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.blankLetter(edition)
        #expect(throws: FieldEditError(field: .actions, reason: "name one entry, such as actions[0]")) {
            try letter.set(.actions, to: "x", edition: edition)
        }
    }

    @Test("differingFields names what changed")
    func differingFields() throws {
        let edition = try Fixtures.edition("2022-2023")
        let before = try Fixtures.filledLetter(edition)
        var after = before
        try after.set(.superintendentEmail, to: "new@boone.kyschools.us", edition: edition)
        try after.set(.action(2), to: "Third", edition: edition)
        #expect(after.differingFields(from: before) == [.superintendentEmail, .action(2)])
        #expect(before.differingFields(from: before) == [])
    }
}
