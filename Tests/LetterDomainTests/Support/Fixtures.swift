import Foundation
import Testing
@testable import LetterDomain

/// Editions, dates and letters shared by the tests.
enum Fixtures {
    static let catalog = EditionCatalog.bundled

    static func edition(_ id: String) throws -> Edition {
        try catalog.edition(id: id)
    }

    static func date(_ text: String) throws -> CalendarDate {
        try CalendarDate(parsing: text)
    }

    static func year(_ text: String) throws -> SchoolYear {
        try SchoolYear(text)
    }

    /// An empty draft of `edition` for Boone County (or another district).
    static func blankLetter(_ edition: Edition, district: String = "Boone County") throws -> Letter {
        Letter(
            district: District(name: district, slug: try DistrictSlug(deriving: district)),
            schoolYear: edition.schoolYear, editionID: edition.id, createdBy: "tester",
            now: Date(timeIntervalSince1970: 1_660_000_000))
    }

    /// A letter with every field the edition asks for filled in, still a draft and unsigned.
    static func filledLetter(_ edition: Edition) throws -> Letter {
        var letter = try blankLetter(edition)
        letter.superintendent = Superintendent(name: "Matthew Turner", email: "matthew.turner@boone.kyschools.us")
        letter.contacts = [Contact(name: "Bill Hogan", title: "Director of Innovation", email: "bill.hogan+iln@boone.kyschools.us")]
        for prompt in edition.prompts {
            switch prompt.answer {
            case .text: letter.reflections[prompt.id] = "We opened two learner-centered pilot schools.\n\nAnd we kept them."
            case .points: letter.actions = ["Expand project based learning", "Launch a student voice council"]
            }
        }
        for item in edition.expectations { letter.acknowledgements[item.id] = true }
        return letter
    }

    /// Nelson County's 2015-2016 letter as the seed shows it: 3 points of action, district date 8/18/15.
    static func nelsonCounty() throws -> Letter {
        let edition = try edition("2015-2016")
        var letter = try blankLetter(edition, district: "Nelson County")
        letter.actions = [
            "Non-Traditional Instructional Days",
            "World Readiness Certification (work ready program, including soft-skills training for students)",
            "Roll-out of Literacy/Math Design Collaboratives and Project Based Learning district wide",
        ]
        letter.signatures.district.date = try date("2015-08-18")
        return letter
    }
}
