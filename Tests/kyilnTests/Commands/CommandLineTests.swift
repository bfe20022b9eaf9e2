import Foundation
import Testing

@Suite("The command line, driven as a real process")
struct CommandLineTests {
    /// Fills every field of Boone County's 2022-2023 letter with `set`.
    private func fillBooneCounty(_ store: StoreFolder) throws {
        let sets: [(String, String)] = [
            ("superintendent.name", "José Muñoz"),
            ("superintendent.email", "jose.munoz@boone.kyschools.us"),
            ("contacts[0].name", "Bill Hogan"),
            ("contacts[0].title", "Director of Innovation"),
            ("contacts[0].email", "bill.hogan@boone.kyschools.us"),
            ("contacts[1].name", "Ana Ruiz"),
            ("contacts[1].title", "Instructional Coach"),
            ("contacts[1].email", "ana.ruiz@boone.kyschools.us"),
            ("reflections.previous-year", "We opened two innovation labs.\n\nEvery school piloted student-led conferences."),
            ("actions[0]", "Expand competency-based grading to all middle schools"),
            ("actions[1]", "Launch a district innovation showcase"),
            ("reflections.showcase", "Our student-led conference toolkit."),
            ("acknowledgements.video-calls", "true"),
            ("acknowledgements.in-person-events", "true"),
            ("acknowledgements.local-resource", "true"),
            ("acknowledgements.other-initiatives", "true"),
            ("acknowledgements.core-four-pillars", "yes"),
            ("signatures.district.name", "José Muñoz"),
            ("signatures.district.title", "Superintendent"),
            ("signatures.district.date", "2022-08-18"),
            ("signatures.kde.name", "Sarah Snipes"),
            ("signatures.kde.date", "8/20/2022"),
        ]
        for (field, value) in sets {
            let result = try store.kyiln("set", "boone-county", "--year", "2022-2023", field, value)
            #expect(result.status == 0, "set \(field): \(result.stderr)")
        }
    }

    @Test func aNewcomerCreatesFillsValidatesAndShowsBooneCounty() throws {
        let store = StoreFolder()
        let created = try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "boone-county\n")

        let before = try store.kyiln("validate", "boone-county", "--year", "2022-2023")
        #expect(before.status == 1)
        #expect(before.stdout.contains("superintendent.email"))

        try fillBooneCounty(store)
        let after = try store.kyiln("validate", "boone-county", "--year", "2022-2023")
        #expect(after.status == 0, "\(after.stdout)")

        let text = try store.kyiln("show", "boone-county", "--year", "2022-2023", "--format", "text").stdout
        let order = ["LETTER OF COMMITMENT", "2022 - 2023", "I. Statement of Purpose", "II. Mutual Commitments",
                     "District name: Boone County", "Superintendent name and email address:", "José Muñoz, jose.munoz@boone.kyschools.us",
                     "Bill Hogan, Director of Innovation, bill.hogan@boone.kyschools.us", "IV. District Innovation Reflections & Plans",
                     "We opened two innovation labs.", "· Expand competency-based grading", "V. Agreement",
                     "José Muñoz, Superintendent", "Sarah Snipes", "Effective period (once both parties have signed): the 2022-2023 school year", "Sarah.Snipes@education.ky.gov"]
        var cursor = text.startIndex
        for piece in order {
            let found = text.range(of: piece, range: cursor..<text.endIndex)
            #expect(found != nil, "\"\(piece)\" in order in:\n\(text)")
            if let found { cursor = found.upperBound }
        }

        let json = try store.kyiln("show", "boone-county", "--year", "2022-2023", "--format", "json").stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect((object["actions"] as? [String])?.count == 2)
        #expect((object["superintendent"] as? [String: String])?["name"] == "José Muñoz")

        let markdown = try store.kyiln("show", "boone-county", "--year", "2022-2023", "--format", "markdown").stdout
        #expect(markdown.contains("## III\\. Contact Information"))
    }

    @Test func setPrintsTheFindingsOfThatField() throws {
        let store = StoreFolder()
        try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        let bad = try store.kyiln("set", "boone-county", "--year", "2022-2023", "superintendent.email", "not-an-address")
        #expect(bad.stdout.contains("superintendent.email") && bad.stdout.contains("needs an @"))
        // A draft may be saved while invalid, but a script must see that the value has an error.
        #expect(bad.status == 1, "a value with an error finding exits 1 (findings), as validate does: \(bad.stderr)")
        #expect(bad.stderr.contains("saved, but superintendent.email has 1 error"), "\(bad.stderr)")
        let shown = try store.kyiln("show", "boone-county", "--year", "2022-2023", "--format", "json").stdout
        #expect(shown.contains("not-an-address"), "the typed value is kept, as the wizard keeps it")
        let long = try store.kyiln("set", "boone-county", "--year", "2022-2023", "superintendent.name", String(repeating: "x", count: 300))
        #expect(long.status == 1 && long.stdout.contains("too long"), "\(long.stdout)")
        let good = try store.kyiln("set", "boone-county", "--year", "2022-2023", "superintendent.email", "a@b.kyschools.us")
        #expect(good.status == 0 && good.stdout.isEmpty && good.stderr.isEmpty)
        // Findings about other fields (too few points of action so far) are not the value's.
        let point = try store.kyiln("set", "boone-county", "--year", "2022-2023", "actions[0]", "Expand competency-based grading")
        #expect(point.status == 0, "\(point.stdout)")
    }

    @Test func setReadsLongAnswersFromStandardInput() throws {
        let store = StoreFolder()
        try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        let answer = "First paragraph.\n\nSecond paragraph."
        try store.kyiln("set", "boone-county", "--year", "2022-2023", "reflections.previous-year", "-", stdin: answer + "\n")
        let json = try store.kyiln("show", "boone-county", "--year", "2022-2023", "--format", "json").stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect((object["reflections"] as? [String: String])?["previous-year"] == answer)
    }

    @Test func editionsListsTheThreeShippedEditions() throws {
        let result = try StoreFolder().kyiln("editions")
        let ids = result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] }
        #expect(ids == ["2015-2016", "2019-2020", "2022-2023"])
        #expect(result.stdout.contains("Kentucky Innovation Lab Network"))
    }

    @Test func newPicksTheYearsEditionOrTheOneAskedFor() throws {
        let store = StoreFolder()
        try store.kyiln("new", "--district", "Boone County", "--year", "2020-2021")
        try store.kyiln("new", "--district", "Kenton County", "--year", "2023-2024", "--edition", "2019-2020")
        let list = try store.kyiln("list", "--json").stdout
        let rows = try JSONSerialization.jsonObject(with: Data(list.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["edition"] as? String } == ["2019-2020", "2019-2020"])
        #expect(rows.map { $0["slug"] as? String } == ["boone-county", "kenton-county"])
    }

    @Test(arguments: ["../x", "a/b", "", "Boone County", "jos\u{e9}", "a\u{1B}b"])
    func badSlugsAreRefusedBeforeTheyBecomePaths(slug: String) throws {
        let store = StoreFolder()
        let result = try store.kyiln("show", slug, "--year", "2022-2023")
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("invalid district slug"))
    }

    @Test(arguments: ["2022-2024", "../2022-2023", "2022", "twenty"])
    func badSchoolYearsAreRefused(year: String) throws {
        let result = try StoreFolder().kyiln("new", "--district", "Boone County", "--year", year)
        #expect(result.status == 64)
        #expect(result.stderr.contains("invalid school year"))
    }

    @Test func errorsGoToStderrWithDocumentedStatuses() throws {
        let store = StoreFolder()
        let missing = try store.kyiln("show", "boone-county", "--year", "2022-2023")
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no letter for boone-county in 2022-2023"))
        try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        let again = try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        #expect(again.status == 73)
        let badField = try store.kyiln("set", "boone-county", "--year", "2022-2023", "superintendent.phone", "1")
        #expect(badField.status == 64)
        #expect(badField.stderr.contains("unknown field"))
        let badEdition = try store.kyiln("new", "--district", "Kenton County", "--year", "2022-2023", "--edition", "1999-2000")
        #expect(badEdition.status == 66)
        #expect(badEdition.stderr.contains("known editions: 2015-2016, 2019-2020, 2022-2023"))
    }

    @Test func listReportsABrokenFileAndStillShowsTheOthers() throws {
        let store = StoreFolder()
        try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        try store.kyiln("new", "--district", "Kenton County", "--year", "2022-2023")
        let broken = store.path + "/letters/2022-2023/kenton-county.json"
        try Data("{\"schemaVersion\": 1, \"trunc".utf8).write(to: URL(fileURLWithPath: broken))
        let result = try store.kyiln("list")
        #expect(result.status == 65)
        #expect(result.stdout.contains("boone-county"))
        #expect(result.stderr.contains(broken))
        #expect(try String(contentsOfFile: broken, encoding: .utf8) == "{\"schemaVersion\": 1, \"trunc")
    }

    @Test func controlCharactersInValuesNeverReachTheTerminal() throws {
        let store = StoreFolder()
        try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        try store.kyiln("set", "boone-county", "--year", "2022-2023", "superintendent.name", "REJECTED\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}APPROVED\u{1B}[2J\u{1B}]52;c;aGk=\u{07}")
        for format in ["text", "markdown"] {
            let out = try store.kyiln("show", "boone-county", "--year", "2022-2023", "--format", format).stdout
            #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || (0x80...0x9F).contains($0.value) })
            #expect(out.contains("REJECTED^H"))
        }
    }

    @Test func setRefusesToChangeTheContentOfASignedLetter() throws {
        let store = StoreFolder()
        try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        let path = store.path + "/letters/2022-2023/boone-county.json"
        // Mark the letter signed on disk, as the workflow would have after the district signed.
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"status\" : \"draft\"", with: "\"status\" : \"signed\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try store.kyiln("set", "boone-county", "--year", "2022-2023", "superintendent.name", "Someone Else")
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("superintendent.name"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "nothing was written")
    }

    @Test func aWholeListAsAFieldSaysToNameOneEntry() throws {
        let store = StoreFolder()
        try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023")
        let result = try store.kyiln("set", "boone-county", "--year", "2022-2023", "actions", "Do more")
        #expect(result.status == 65)
        #expect(result.stderr.contains("name one entry, such as actions[0]"))
    }
}
