import LetterDomain

/// Letters the command-line tests store before running kyiln.
enum LetterSeeds {
    /// A complete 2022-2023 Boone County letter at `status` (signed ones dated 2022-08-18).
    static func completeBoone(status: LetterStatus = .draft) throws -> Letter {
        let edition = try EditionCatalog.bundled.edition(id: "2022-2023")
        var letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: edition.id, createdBy: "tester")
        letter.superintendent = Superintendent(name: "José Muñoz", email: "jose.munoz@boone.kyschools.us")
        letter.contacts = [Contact(name: "Bill Hogan", title: "Director", email: "bill.hogan@boone.kyschools.us")]
        letter.reflections = ["previous-year": "Labs.", "showcase": "Toolkit."]
        letter.actions = ["Grading", "Showcase"]
        for item in edition.expectations { letter.acknowledgements[item.id] = true }
        letter.signatures.district = DistrictSignature(name: "José Muñoz", title: "Superintendent")
        letter.status = status
        if status.locksContent { letter.signatures.district.date = try CalendarDate(parsing: "2022-08-18") }
        return letter
    }
}
