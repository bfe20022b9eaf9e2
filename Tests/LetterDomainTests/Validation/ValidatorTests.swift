import Testing
@testable import LetterDomain

@Suite("Validation")
struct ValidatorTests {
    static let editionIDs = ["2015-2016", "2019-2020", "2022-2023"]

    func findings(_ letter: Letter, _ edition: Edition) -> [Finding] {
        Validator(edition: edition).findings(for: letter)
    }

    func errors(_ letter: Letter, _ edition: Edition) -> [Finding] {
        findings(letter, edition).filter { $0.severity == .error }
    }

    @Test("a fully filled letter has no findings", arguments: editionIDs)
    func filledLetterIsClean(_ id: String) throws {
        let edition = try Fixtures.edition(id)
        let letter = try Fixtures.filledLetter(edition)
        #expect(findings(letter, edition) == [])
    }

    @Test("a fully filled and countersigned letter has no findings", arguments: editionIDs)
    func signedLetterIsClean(_ id: String) throws {
        let edition = try Fixtures.edition(id)
        var letter = try Fixtures.filledLetter(edition)
        letter.signatures.district = DistrictSignature(name: "Matthew Turner", title: "Superintendent", date: try Fixtures.date("2022-08-18"))
        letter.signatures.kde = KDESignature(name: "David Cook", date: try Fixtures.date("2022-08-18"))
        letter.status = .active
        #expect(findings(letter, edition) == [])
    }

    @Test("a blank letter lists what is left, in form order, all errors")
    func blankLetter() throws {
        let edition = try Fixtures.edition("2022-2023")
        let letter = try Fixtures.blankLetter(edition)
        let found = findings(letter, edition)
        #expect(found.map(\.field) == edition.expectations.map { .acknowledgement($0.id) } + [
            .superintendentName, .superintendentEmail, .contact(0, .name),
            .reflection("previous-year"), .actions, .reflection("showcase"),
        ])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.map(\.step) == found.map(\.step).sorted())
    }

    /// Each required field, how to empty it, and where the finding must point.
    static let requiredFields: [(String, @Sendable (inout Letter) -> Void, FieldPath, Step)] = [
        ("district name", { $0.district.name = "  " }, .districtName, .contacts),
        ("superintendent name", { $0.superintendent.name = "" }, .superintendentName, .contacts),
        ("superintendent email", { $0.superintendent.email = "" }, .superintendentEmail, .contacts),
        ("all contacts", { $0.contacts = [Contact()] }, .contact(0, .name), .contacts),
        ("contact name", { $0.contacts[0].name = "" }, .contact(0, .name), .contacts),
        ("contact title", { $0.contacts[0].title = "" }, .contact(0, .title), .contacts),
        ("contact email", { $0.contacts[0].email = "" }, .contact(0, .email), .contacts),
        ("previous-year answer", { $0.reflections["previous-year"] = " \n " }, .reflection("previous-year"), .reflections),
        ("showcase answer", { $0.reflections.removeValue(forKey: "showcase") }, .reflection("showcase"), .reflections),
        ("points of action", { $0.actions = [] }, .actions, .reflections),
        ("one acknowledgement", { $0.acknowledgements["video-calls"] = false }, .acknowledgement("video-calls"), .commitments),
    ]

    @Test("each missing required field gives one error on its field and step", arguments: 0..<requiredFields.count)
    func missingField(_ index: Int) throws {
        let (name, clear, field, step) = Self.requiredFields[index]
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        clear(&letter)
        let found = findings(letter, edition)
        #expect(found.count == 1, "\(name): \(found)")
        let finding = try #require(found.first)
        #expect(finding.field == field, "\(name)")
        #expect(finding.step == step, "\(name)")
        #expect(finding.severity == .error, "\(name)")
        #expect(!finding.message.isEmpty)
    }

    @Test("a second contact left empty is ignored; a half-filled one is not")
    func secondContact() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.filledLetter(edition)
        letter.contacts.append(Contact())
        #expect(findings(letter, edition) == [])
        letter.contacts[1].name = "Ann Lee"
        #expect(findings(letter, edition).map(\.field) == [.contact(1, .title), .contact(1, .email)])
    }

    @Test("bad email addresses are caught on the field that holds them", arguments: [
        "sarah.snipes.education.ky.gov", "sarah@snipes@education.ky.gov", "sarah@localhost", "sarah snipes@education.ky.gov",
        "sarah@education.ky.gov.", "sarah@education..ky.gov", ".sarah@education.ky.gov", "sarah@-education.ky.gov",
        "sarah@education.ky.g0v", "@education.ky.gov", "sarah@", "sarah@education.ky.gov ",
    ])
    func badEmails(_ email: String) throws {
        #expect(EmailAddress.problem(with: email) != nil, "\(email) passed")
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.superintendent.email = email
        letter.contacts[0].email = email
        let found = findings(letter, edition)
        #expect(found.map(\.field) == [.superintendentEmail, .contact(0, .email)])
        #expect(found.allSatisfy { $0.severity == .error && $0.message.contains("not an email address") })
    }

    @Test("good email addresses pass", arguments: [
        "Sarah.Snipes@education.ky.gov", "bill.hogan+iln@boone.kyschools.us", "beth.peterson@education.ky.gov", "a@b.co",
    ])
    func goodEmails(_ email: String) throws {
        #expect(EmailAddress.problem(with: email) == nil)
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.filledLetter(edition)
        letter.superintendent.email = email
        #expect(findings(letter, edition) == [])
    }

    @Test("the email problem says what is wrong")
    func emailMessages() {
        #expect(EmailAddress.problem(with: "sarah.snipes") == "an email address needs an @")
        #expect(EmailAddress.problem(with: "a@b@c.gov") == "an email address has only one @")
        #expect(EmailAddress.problem(with: "sarah@localhost") == "the domain after the @ needs a dot, as in education.ky.gov")
    }

    @Test("only 2 or 3 points of action pass", arguments: [(1, false), (2, true), (3, true), (4, false)])
    func pointsOfAction(_ count: Int, _ passes: Bool) throws {
        for id in Self.editionIDs {
            let edition = try Fixtures.edition(id)
            var letter = try Fixtures.filledLetter(edition)
            letter.actions = (1...count).map { "Point \($0)" }
            let found = findings(letter, edition)
            if passes {
                #expect(found == [], "\(id), \(count) points")
            } else {
                #expect(found.map(\.field) == [.actions], "\(id), \(count) points")
                #expect(found.first?.step == .reflections)
                #expect(found.first?.message.contains("\(count)") == true)
            }
        }
    }

    @Test("a blank point among the points is reported on its own index")
    func blankPoint() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.filledLetter(edition)
        letter.actions = ["One", "  ", "Three"]
        #expect(findings(letter, edition).map(\.field) == [.action(1)])
    }

    @Test("KDE's date before the district's is an error; the same day is fine")
    func kdeBeforeDistrict() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.signatures.district = DistrictSignature(name: "Matthew Turner", title: "Superintendent", date: try Fixtures.date("2022-08-18"))
        letter.signatures.kde.date = try Fixtures.date("2022-08-17")
        let found = findings(letter, edition)
        #expect(found.map(\.field) == [.kdeSignatureDate])
        #expect(found.first?.severity == .error)
        #expect(found.first?.step == .agreement)
        #expect(found.first?.message.contains("2022-08-17") == true)

        letter.signatures.kde.date = try Fixtures.date("2022-08-18")
        #expect(findings(letter, edition) == [])
    }

    @Test("KDE's date without the district's is an error")
    func kdeWithoutDistrict() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.signatures.kde.date = try Fixtures.date("2022-08-18")
        let found = findings(letter, edition)
        #expect(found.map(\.field) == [.kdeSignatureDate])
        #expect(found.first?.severity == .error)
    }

    @Test("a KDE date needs a designee name when the edition prints none")
    func kdeNameRequiredWithoutPrintedDesignee() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.filledLetter(edition)
        letter.signatures.district = DistrictSignature(name: "Matthew Turner", title: "Superintendent", date: try Fixtures.date("2019-08-18"))
        letter.signatures.kde.date = try Fixtures.date("2019-08-19")
        #expect(findings(letter, edition).map(\.field) == [.kdeSignatureName])
        letter.signatures.kde.name = "David Cook"
        #expect(findings(letter, edition) == [])
    }

    @Test("over-long fields are errors", arguments: [
        ("district", FieldPath.districtName, FieldLimits.name),
        ("superintendent", FieldPath.superintendentName, FieldLimits.name),
        ("contact title", FieldPath.contact(0, .title), FieldLimits.name),
        ("answer", FieldPath.reflection("previous-year"), FieldLimits.answer),
        ("point", FieldPath.action(0), FieldLimits.point),
        ("email", FieldPath.superintendentEmail, FieldLimits.email),
        ("signatory title", FieldPath.districtSignatureTitle, FieldLimits.name),
    ])
    func overLong(_ name: String, _ field: FieldPath, _ limit: Int) throws {
        let edition = try Fixtures.edition("2022-2023")
        for length in [limit, limit + 1] {
            var letter = try Fixtures.filledLetter(edition)
            let value = field == .superintendentEmail ? Self.validEmail(length: length) : String(repeating: "x", count: length)
            if field == .superintendentEmail {
                letter.superintendent.email = value
            } else {
                try letter.set(field, to: value, edition: edition)
            }
            #expect(value.count == length)
            let found = findings(letter, edition).filter { $0.field == field }
            if length == limit {
                #expect(found.isEmpty, "\(name) at the limit: \(found)")
            } else {
                #expect(found.count == 1, "\(name) over the limit")
                #expect(found.first?.message.contains("too long") == true, "\(name): \(found)")
                #expect(found.first?.severity == .error)
            }
        }
    }

    /// A well-formed address of exactly `length` characters (labels stay under 64).
    static func validEmail(length: Int) -> String {
        let body = length - 64 - 1 - ".gov".count
        var chars = Array(repeating: Character("b"), count: body)
        for i in stride(from: 50, to: body - 1, by: 51) { chars[i] = "." }
        return String(repeating: "a", count: 64) + "@" + String(chars) + ".gov"
    }

    @Test("answers to prompts the edition lacks are warnings, not errors")
    func unknownReflection() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.filledLetter(edition)
        letter.reflections["showcase"] = "From the 2022 form"
        let found = findings(letter, edition)
        #expect(found.map(\.field) == [.reflection("showcase")])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("showcase") == true)
        #expect(errors(letter, edition).isEmpty)
    }

    @Test("a letter with a signed status but no signature has findings",
          arguments: [LetterStatus.signed, .active, .expired, .terminated])
    func signedWithoutSignatures(_ status: LetterStatus) throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.status = status
        let fields = errors(letter, edition).map(\.field)
        #expect(fields.starts(with: [.districtSignatureName, .districtSignatureTitle, .districtSignatureDate]))
        if status == .active || status == .expired {
            #expect(fields.contains(.kdeSignatureDate))
        }
        #expect(errors(letter, edition).allSatisfy { $0.step == .agreement })
    }

    @Test("a district date alone needs the signatory's name and title")
    func districtDateNeedsSignatory() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.signatures.district.date = try Fixtures.date("2022-08-18")
        #expect(findings(letter, edition).map(\.field) == [.districtSignatureName, .districtSignatureTitle])
    }

    @Test("findings for one field")
    func findingsForField() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.superintendent.email = "nope"
        letter.district.name = ""
        let only = Validator(edition: edition).findings(for: letter, field: .superintendentEmail)
        #expect(only.map(\.field) == [.superintendentEmail])
        #expect(only.first?.description.hasPrefix("error: superintendent.email: ") == true)
    }

    @Test("the letter summary counts open errors per step")
    func summary() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        #expect(LetterSummary(letter: letter, edition: edition).leftToFill == "complete")
        letter.superintendent.email = ""
        letter.actions = ["only one"]
        let summary = LetterSummary(letter: letter, edition: edition)
        #expect(summary.openFindings == 2)
        #expect(summary.leftToFill == "2 to fill: Contacts, Reflections")
        #expect(LetterSummary(letter: letter, edition: nil).leftToFill == "unknown edition 2022-2023")
    }
}
