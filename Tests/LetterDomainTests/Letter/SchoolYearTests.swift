import Foundation
import Testing
@testable import LetterDomain

@Suite("School years (they become folder names)")
struct SchoolYearTests {
    @Test("parses the path form and the form's printed form", arguments: ["2022-2023", "2022 - 2023", " 2022-2023 "])
    func parses(_ text: String) throws {
        let year = try SchoolYear(text)
        #expect(year.startYear == 2022)
        #expect(year.description == "2022-2023")
        #expect(year.printed == "2022 - 2023")
    }

    @Test("refuses anything but two consecutive four-digit years", arguments: [
        "2022-2024", "22-23", "../2022", "2022", "2022-2023-2024", "2023-2022", "2022/2023", "", "2022-", "-2023",
        "２０２２-２０２３", "1800-1801", "2022-2023/..",
    ])
    func refuses(_ text: String) {
        #expect(throws: NameError.self) { try SchoolYear(text) }
    }

    @Test("the refusal explains the expected form")
    func refusalMessage() {
        #expect(throws: NameError(kind: "school year", value: "2022-2024", reason: "the second year must be the year after the first (2022-2023)")) {
            try SchoolYear("2022-2024")
        }
    }

    @Test("the year turns on June 1")
    func containing() throws {
        #expect(SchoolYear(containing: try Fixtures.date("2023-05-31")).description == "2022-2023")
        #expect(SchoolYear(containing: try Fixtures.date("2023-06-01")).description == "2023-2024")
        #expect(SchoolYear(containing: try Fixtures.date("2023-01-01")).description == "2022-2023")
        #expect(SchoolYear(containing: try Fixtures.date("2022-12-31")).description == "2022-2023")
    }

    @Test("first and last day, next and previous")
    func bounds() throws {
        let year = try Fixtures.year("2022-2023")
        #expect(year.firstDay == (try Fixtures.date("2022-06-01")))
        #expect(year.lastDay == (try Fixtures.date("2023-05-31")))
        #expect(year.next.description == "2023-2024")
        #expect(year.previous.description == "2021-2022")
        #expect(year.previous < year && year < year.next)
    }

    @Test("encodes as its path form and refuses bad values when decoding")
    func coding() throws {
        let data = try JSONEncoder().encode([try Fixtures.year("2022 - 2023")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2022-2023"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([SchoolYear].self, from: Data(#"["../2022"]"#.utf8)) }
    }
}
