import Foundation
import Testing
@testable import LetterDomain

@Suite("Importing letters saved as text")
struct LetterImporterTests {
    let importer = LetterImporter()

    @Test func nelsonCountyIsReadWithoutInventingAnything() throws {
        let report = importer.read(bytes: try ImportSeeds.bytes("letter-2015-2016-nelson-county.txt"), sourceName: "nelson.txt")
        #expect(report.edition?.id == "2015-2016")
        #expect(report.schoolYear?.description == "2015-2016")
        #expect(report.districtName == "Nelson County")
        #expect(report.actions == [
            "Non-Traditional Instructional Days",
            "World Readiness Certification (work ready program, including soft-skills training for students)",
            "Roll-out of Literacy/Math Design Collaboratives and Project Based Learning district wide",
        ])
        #expect(report.districtDate?.description == "2015-08-18")
        #expect(report.kdeDate == nil)
        #expect(report.superintendent == Superintendent())
        #expect(report.contacts.isEmpty)
        #expect(report.reflections.isEmpty)
        for field in [FieldPath.superintendentName, .superintendentEmail, .contacts, .kdeSignatureDate] {
            #expect(report.notFound.contains(field), "\(field) should be reported as not found")
        }
        #expect(report.unplaced.isEmpty, "\(report.unplaced)")

        let letter = try report.letter(year: nil, by: "tester", now: Date(timeIntervalSince1970: 0))
        #expect(letter.district.slug.rawValue == "nelson-county")
        #expect(letter.schoolYear.description == "2015-2016")
        #expect(letter.editionID == "2015-2016")
        #expect(letter.status == .draft)
        #expect(letter.signatures.district.date?.description == "2015-08-18")
        #expect(letter.signatures.district.name.isEmpty)
        #expect(letter.acknowledgements.isEmpty)
        #expect(letter.history.map(\.action) == [.imported])
        #expect(letter.history.first?.note == "nelson.txt")
    }

    @Test func theBlankFormsAreRecognisedAndYieldNothing() throws {
        let blank2022 = importer.read(text: try ImportSeeds.text("letter-2022-2023-blank.txt"), sourceName: "blank.txt")
        #expect(blank2022.edition?.id == "2022-2023")
        #expect(blank2022.schoolYear?.description == "2022-2023")
        #expect(blank2022.districtName == nil)
        #expect(blank2022.found.isEmpty, "\(blank2022.found)")
        #expect(blank2022.unplaced.isEmpty, "\(blank2022.unplaced)")

        let blank2019 = importer.read(text: try ImportSeeds.text("letter-2019-blank-template.txt"), sourceName: "2019.txt")
        #expect(blank2019.edition?.id == "2019-2020")
        #expect(blank2019.schoolYear == nil)
        #expect(blank2019.found.isEmpty, "\(blank2019.found)")
        #expect(blank2019.unplaced.isEmpty, "\(blank2019.unplaced)")
        #expect(throws: ImportError.noSchoolYear(sourceName: "2019.txt")) { try blank2019.letter(year: nil, by: "t") }
    }

    /// The 2022-2023 blank form filled in the way districts return it: tabs, runs of
    /// blank lines, curly quotes, NBSP, bookmarks and signature rules included.
    static func filled2022() throws -> String {
        var text = try ImportSeeds.text("letter-2022-2023-blank.txt")
        func fill(after label: String, with value: String) {
            let range = text.range(of: label)!
            text.insert(contentsOf: value, at: range.upperBound)
        }
        fill(after: "District name: \n", with: "\tBoone\u{00A0}County[bookmark: district]\n")
        fill(after: "Superintendent name and email address: \n", with: "\tJosé Muñoz, jose.munoz@boone.kyschools.us\n")
        fill(after: "KY ILN point(s) of contact name, title, and email address: \n", with:
            "Bill Hogan/Director of Innovation/bill.hogan@boone.kyschools.us\nAna Ruiz/Literacy/Math Coach/ana.ruiz@boone.kyschools.us\n")
        fill(after: "authentic opportunities for all students? \n", with:
            "We opened two innovation labs at the district\u{2019}s middle schools.\n\n\n\nEvery school piloted \u{201C}student-led\u{201D} conferences;\nteachers met monthly.\n")
        text = text.replacing("· \n· \n· \n", with: "· Expand competency-based grading to all middle schools\n•\tLaunch a district innovation showcase\n- Visit two exemplar schools out of state\n")
        fill(after: "What learning could you share with other districts?\n", with: "Our student-led conference toolkit.\n")
        text = text.replacing("________________________________________\t\t\t_______________\n", with: "\t\t\t\t8/18/22\n________________________________________\t\t\t_______________\n")
        return text
    }

    @Test func aFilled2022LetterRoundTripsItsFields() throws {
        let report = importer.read(text: try Self.filled2022(), sourceName: "boone.txt")
        #expect(report.edition?.id == "2022-2023")
        #expect(report.schoolYear?.description == "2022-2023")
        #expect(report.districtName == "Boone County")
        #expect(report.superintendent == Superintendent(name: "José Muñoz", email: "jose.munoz@boone.kyschools.us"))
        #expect(report.contacts == [
            Contact(name: "Bill Hogan", title: "Director of Innovation", email: "bill.hogan@boone.kyschools.us"),
            Contact(name: "Ana Ruiz", title: "Literacy/Math Coach", email: "ana.ruiz@boone.kyschools.us"),
        ])
        #expect(report.reflections["previous-year"] == "We opened two innovation labs at the district\u{2019}s middle schools.\n\nEvery school piloted \u{201C}student-led\u{201D} conferences;\nteachers met monthly.")
        #expect(report.actions == ["Expand competency-based grading to all middle schools", "Launch a district innovation showcase", "Visit two exemplar schools out of state"])
        #expect(report.reflections["showcase"] == "Our student-led conference toolkit.")
        #expect(report.districtDate?.description == "2022-08-18")
        #expect(report.kdeDate == nil)
        #expect(report.unplaced.isEmpty, "\(report.unplaced)")
        #expect(report.notFound == [.kdeSignatureDate])

        let letter = try report.letter(year: nil, by: "tester")
        let edition = try EditionCatalog.bundled.edition(id: "2022-2023")
        let remaining = Validator(edition: edition).findings(for: letter).map(\.field)
        // Only what the importer leaves to a person is left: acknowledgements (ticked
        // in kyiln) and the signatory's name and title (a signature is not text).
        #expect(remaining.allSatisfy {
            switch $0 {
            case .acknowledgement, .districtSignatureName, .districtSignatureTitle: true
            default: false
            }
        }, "\(remaining)")
    }

    @Test func aMangledLetterIsReportedNeverInventedAndNeverCrashes() throws {
        var text = try ImportSeeds.text("letter-2015-2016-nelson-county.txt")
        for heading in ["I. Introduction\n", "II. . Background and Beliefs\n", "III. Mutual Commitments\n", "IV. KYILN Signing Statement\n", "V. Agreement\n"] {
            text = text.replacing(heading, with: "")
        }
        text = text.replacing("· Non-Traditional", with: "?? Non-Traditional")
        text = text.replacing("· World Readiness", with: "\u{FFFD}\u{FFFD} World Readiness")
        var bytes = Array(text.utf8)
        bytes.insert(contentsOf: [0x00, 0xFF, 0xFE, 0xC3, 0x28, 0x1B, 0x5B, 0x32, 0x4A, 0x0A], at: bytes.count / 2)
        bytes += [0x0A, 0x80, 0x81, 0x00, 0x07, 0x0A]
        let report = importer.read(bytes: bytes, sourceName: "mangled.txt")
        #expect(report.edition?.id == "2015-2016")
        #expect(report.districtName == "Nelson County")
        #expect(!report.unplaced.isEmpty)
        #expect(report.unplaced.contains { $0.reason.contains("unreadable") })
        #expect(report.unplaced.contains { $0.text.contains("Non-Traditional") })
        // Two of the three points are unreadable: a list missing two points is not what the
        // district wrote, so none is kept and the reason is given. Nothing carries junk.
        #expect(report.actions == [])
        #expect(report.unplaced.contains { $0.reason == "the points of action were left empty, since part of them is unclear" })
        for field in report.found {
            #expect(!field.value.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0 == "\u{FFFD}" }, "\(field)")
        }
    }

    @Test(arguments: [
        [UInt8](), Array("PK\u{3}\u{4}rest".utf8), Array(repeating: 0, count: 4096), Array(repeating: 0xFF, count: 100),
        Array("LETTER OF COMMITMENT\n".utf8), Array(repeating: UInt8(ascii: "\n"), count: 10_000),
    ])
    func junkNeverCrashes(_ bytes: [UInt8]) {
        let report = importer.read(bytes: bytes, sourceName: "junk")
        #expect(report.edition == nil)
        #expect(report.found.isEmpty)
        #expect(throws: ImportError.self) { try report.letter(year: nil, by: "t") }
    }

    @Test func aDocxIsToldToBeSavedAsText() {
        let report = importer.read(bytes: Array("PK\u{3}\u{4}....".utf8), sourceName: "x.docx")
        #expect(report.unplaced.first?.reason.contains("plain text") == true)
    }

    @Test func contactLinesSplitOnlyWhenClear() {
        #expect(ImportFields.contact("Jo Ray/Coach/jo@x.us") == Contact(name: "Jo Ray", title: "Coach", email: "jo@x.us"))
        #expect(ImportFields.contact("Jo Ray, Director of Teaching, Learning, jo@x.us") == Contact(name: "Jo Ray", title: "Director of Teaching, Learning", email: "jo@x.us"))
        #expect(ImportFields.contact("Jo Ray jo@x.us Coach") == nil)
        #expect(ImportFields.contact("Jo Ray/Coach") == nil)
    }

    @Test func datesAndYearsAreReadAsWritten() {
        #expect(ImportFields.dates(in: "\t8/18/15").dates.map(\.description) == ["2015-08-18"])
        #expect(ImportFields.dates(in: "Date: August 18, 2015").dates.map(\.description) == ["2015-08-18"])
        #expect(ImportFields.dates(in: "13/45/15").problems.count == 1)
        #expect(ImportFields.schoolYear(in: "effective for the 2022 \u{2013} 2023 school year")?.description == "2022-2023")
        #expect(ImportFields.schoolYear(in: "2015-2017 and 12015-2016") == nil)
    }
}
