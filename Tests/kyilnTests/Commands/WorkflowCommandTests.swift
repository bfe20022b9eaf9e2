import Foundation
import LetterDomain
import LetterStore
import Testing

@Suite("kyiln status, history and rollover, as a real process")
struct WorkflowCommandTests {
    /// A complete 2022-2023 letter for Boone County stored in `store` at `status`.
    private func seed(_ store: StoreFolder, status: LetterStatus = .approved, slug: String = "boone-county", name: String = "Boone County",
                      superintendentEmail: String = "jose.munoz@boone.kyschools.us") throws {
        let edition = try EditionCatalog.bundled.edition(id: "2022-2023")
        var letter = Letter(district: District(name: name, slug: try DistrictSlug(slug)), schoolYear: try SchoolYear("2022-2023"),
                            editionID: edition.id, createdBy: "tester")
        letter.superintendent = Superintendent(name: "José Muñoz", email: superintendentEmail)
        letter.contacts = [Contact(name: "Bill Hogan", title: "Director", email: "bill.hogan@boone.kyschools.us")]
        letter.reflections = ["previous-year": "Labs.", "showcase": "Toolkit."]
        letter.actions = ["Grading", "Showcase"]
        for item in edition.expectations { letter.acknowledgements[item.id] = true }
        letter.signatures.district = DistrictSignature(name: "José Muñoz", title: "Superintendent")
        letter.status = status
        if status == .active || status == .signed { letter.signatures.district.date = try CalendarDate(parsing: "2022-08-18") }
        if status == .active { letter.signatures.kde = KDESignature(name: "Sarah Snipes", date: try CalendarDate(parsing: "2022-08-20")) }
        try LetterStore.open(at: store.path).create(letter, by: "tester")
    }

    @Test func signCountersignAndTheHistoryShowsIt() throws {
        let store = StoreFolder()
        try seed(store)
        let early = try store.kyiln("status", "boone-county", "--year", "2022-2023", "active")
        #expect(early.status == 3)
        #expect(early.stderr.contains("cannot countersign: the letter is approved"))

        let signed = try store.kyiln("status", "boone-county", "--year", "2022-2023", "signed", "--date", "8/18/2022")
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout == "boone-county 2022-2023: approved → signed (revision 2)\n")

        let before = try store.kyiln("status", "boone-county", "--year", "2022-2023", "active", "--date", "2022-08-10")
        #expect(before.status == 3)
        #expect(before.stderr.contains("KDE cannot countersign before the district signs"))

        let active = try store.kyiln("status", "boone-county", "--year", "2022-2023", "active", "--date", "2022-08-20")
        #expect(active.status == 0, "\(active.stderr)")

        let history = try store.kyiln("history", "boone-county", "--year", "2022-2023")
        #expect(history.status == 0)
        let parts = history.stdout.components(separatedBy: "\n\n")
        let lines = parts[0].split(separator: "\n").map(String.init)
        // One line per action: the save that stores a status change adds no second line for its date.
        #expect(lines.count == 3, "\(lines)")
        // After the entries, how each party signed: here both on paper, recorded by KDE.
        #expect(parts.count == 2 && parts[1].hasPrefix("Signed on paper by "), "\(history.stdout)")
        #expect(parts.count == 2 && parts[1].contains("Countersigned on paper by "))
        #expect(lines[0].hasSuffix("tester  created"))
        #expect(lines[1].contains("status approved → signed: signatures.district.date \"\" → \"2022-08-18\""))
        #expect(lines[2].contains("status signed → active"))
        #expect(lines[2].contains("signatures.kde.date \"\" → \"2022-08-20\""))

        let json = try store.kyiln("history", "boone-county", "--year", "2022-2023", "--json")
        let entries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(entries.count == 3)
        #expect(entries[1]["toStatus"] as? String == "signed")
    }

    @Test func signingAnIncompleteLetterSaysWhatRemains() throws {
        let store = StoreFolder()
        #expect(try store.kyiln("new", "--district", "Boone County", "--year", "2022-2023").status == 0)
        #expect(try store.kyiln("status", "boone-county", "--year", "2022-2023", "in-review").status == 0)
        let approve = try store.kyiln("status", "boone-county", "--year", "2022-2023", "approved")
        #expect(approve.status == 3)
        #expect(approve.stderr.contains("only the district decides"))
        // An approved letter with a finding left (approved as it was; an edit now would send it back to review).
        try seed(store, status: .approved, slug: "adair-county", name: "Adair County", superintendentEmail: "nope")
        let sign = try store.kyiln("status", "adair-county", "--year", "2022-2023", "signed")
        #expect(sign.status == 3)
        #expect(sign.stderr.contains("cannot sign: 1 finding remains: superintendent.email"))
        // Editing an approved letter sends it back to the district.
        let edit = try store.kyiln("set", "adair-county", "--year", "2022-2023", "superintendent.email", "jose@adair.kyschools.us")
        #expect(edit.status == 0)
        #expect(edit.stdout.contains("status: approved → in review"))
    }

    @Test func terminationNeedsDateReasonAndParty() throws {
        let store = StoreFolder()
        try seed(store, status: .active)
        let missing = try store.kyiln("status", "boone-county", "--year", "2022-2023", "terminated", "--date", "2022-10-01")
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("give the reason"))
        let ended = try store.kyiln("status", "boone-county", "--year", "2022-2023", "terminated", "--date", "2022-10-01", "--note", "left the network", "--party", "district")
        #expect(ended.status == 0, "\(ended.stderr)")
        let json = try store.kyiln("show", "boone-county", "--year", "2022-2023", "--format", "json").stdout
        #expect(json.contains("\"party\" : \"district\""))
        #expect(json.contains("\"reason\" : \"left the network\""))
    }

    @Test func rolloverIsIdempotent() throws {
        let store = StoreFolder()
        try seed(store, status: .active)
        try seed(store, status: .draft, slug: "adair-county", name: "Adair County")
        let first = try store.kyiln("rollover", "--from", "2022-2023", "--to", "2023-2024")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("created boone-county 2023-2024"))
        #expect(first.stdout.contains("skipped adair-county: the 2022-2023 letter is draft, never in force"))
        #expect(first.stdout.hasSuffix("created 1, skipped 1\n"))
        let second = try store.kyiln("rollover", "--from", "2022-2023", "--to", "2023-2024")
        #expect(second.status == 0)
        #expect(second.stdout.contains("skipped boone-county: a 2023-2024 letter exists already"))
        #expect(second.stdout.hasSuffix("created 0, skipped 2\n"))
        let history = try store.kyiln("history", "boone-county", "--year", "2023-2024")
        #expect(history.stdout.contains("rolled over (from the 2022-2023 letter (active, revision 1))"))
        let letter = try LetterStore.open(at: store.path).load(try DistrictSlug("boone-county"), year: try SchoolYear("2023-2024"))
        #expect(letter.superintendent.name == "José Muñoz" && letter.actions.isEmpty && letter.status == .draft)
    }
}
