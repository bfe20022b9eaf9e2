import Testing
@testable import LetterDomain

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("parses ISO dates and the forms' US dates", arguments: [
        ("2015-08-18", "2015-08-18"), ("8/18/15", "2015-08-18"), ("8/18/2015", "2015-08-18"),
        (" 08/18/2015 ", "2015-08-18"), ("2020-02-29", "2020-02-29"), ("2000-02-29", "2000-02-29"),
    ])
    func parses(_ input: String, _ expected: String) throws {
        #expect(try CalendarDate(parsing: input).description == expected)
    }

    @Test("refuses dates that do not exist or cannot be read", arguments: [
        "2015-02-30", "2019-02-29", "1900-02-29", "2015-13-01", "2015-00-10", "2015-04-31", "8/18", "8/18/215",
        "", "2015/08/18", "tomorrow", "2015-08-18T00:00", "１/１/２０２２",
    ])
    func refuses(_ input: String) {
        #expect(throws: DateError.self) { try CalendarDate(parsing: input) }
    }

    @Test("the error names the text and the reason")
    func errorMessage() {
        #expect(throws: DateError(text: "2015-02-30", reason: "month 2 of 2015 has no day 30")) {
            try CalendarDate(parsing: "2015-02-30")
        }
    }

    @Test("orders by year, month, day")
    func ordering() throws {
        #expect(try Fixtures.date("2019-12-31") < Fixtures.date("2020-01-01"))
        #expect(try Fixtures.date("2020-01-31") < Fixtures.date("2020-02-01"))
        #expect(try Fixtures.date("2020-02-01") == Fixtures.date("2/1/20"))
    }

    @Test("days since the epoch round trip across leap years")
    func daysSinceEpoch() throws {
        #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(try Fixtures.date("2020-03-01").daysSinceEpoch - Fixtures.date("2020-02-28").daysSinceEpoch == 2)
        #expect(try Fixtures.date("2019-03-01").daysSinceEpoch - Fixtures.date("2019-02-28").daysSinceEpoch == 1)
        for days in stride(from: 10_000, through: 25_000, by: 37) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test("longForm spells the month")
    func longForm() throws {
        #expect(try Fixtures.date("2015-08-18").longForm == "August 18, 2015")
    }
}
