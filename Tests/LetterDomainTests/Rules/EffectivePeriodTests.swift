import Testing
@testable import LetterDomain

@Suite("Effective period")
struct EffectivePeriodTests {
    func period(_ rule: EffectivePeriodRule, year: String, signed: String) throws -> EffectivePeriod {
        EffectivePeriod.compute(rule: rule, letterYear: try Fixtures.year(year), signedOn: try Fixtures.date(signed))
    }

    // MARK: 2019-2020: the signing-date window

    @Test("2019 rule: signed May 31 covers the current and the next school year")
    func may31() throws {
        let p = try period(.signingDateWindow, year: "2019-2020", signed: "2019-05-31")
        #expect(p.schoolYears.map(\.description) == ["2018-2019", "2019-2020"])
        #expect(p.from == (try Fixtures.date("2019-05-31")))
        #expect(p.through == (try Fixtures.date("2020-05-31")))
    }

    @Test("2019 rule: signed June 1 covers only that school year")
    func june1() throws {
        let p = try period(.signingDateWindow, year: "2019-2020", signed: "2019-06-01")
        #expect(p.schoolYears.map(\.description) == ["2019-2020"])
        #expect(p.from == (try Fixtures.date("2019-06-01")))
        #expect(p.through == (try Fixtures.date("2020-05-31")))
    }

    @Test("2019 rule: signed December 31 covers only the current school year")
    func december31() throws {
        let p = try period(.signingDateWindow, year: "2019-2020", signed: "2019-12-31")
        #expect(p.schoolYears.map(\.description) == ["2019-2020"])
        #expect(p.through == (try Fixtures.date("2020-05-31")))
    }

    @Test("2019 rule: signed January 1 covers the current and the next school year")
    func january1() throws {
        let p = try period(.signingDateWindow, year: "2019-2020", signed: "2020-01-01")
        #expect(p.schoolYears.map(\.description) == ["2019-2020", "2020-2021"])
        #expect(p.from == (try Fixtures.date("2020-01-01")))
        #expect(p.through == (try Fixtures.date("2021-05-31")))
    }

    @Test("2019 rule: signed on a leap day falls in the January-May window")
    func leapDay() throws {
        let p = try period(.signingDateWindow, year: "2019-2020", signed: "2020-02-29")
        #expect(p.schoolYears.map(\.description) == ["2019-2020", "2020-2021"])
        #expect(p.from == (try Fixtures.date("2020-02-29")))
        #expect(p.through == (try Fixtures.date("2021-05-31")))
        #expect(p.contains(try Fixtures.date("2020-02-29")))
        #expect(!p.contains(try Fixtures.date("2020-02-28")))
    }

    @Test("2019 rule: the window follows the signing date, not the letter's year")
    func windowFollowsSigningDate() throws {
        let p = try period(.signingDateWindow, year: "2019-2020", signed: "2020-09-15")
        #expect(p.schoolYears.map(\.description) == ["2020-2021"])
    }

    // MARK: 2022-2023: the letter's school year

    @Test("2022 rule gives the letter's school year whatever the signing date",
          arguments: ["2022-03-01", "2022-05-31", "2022-06-01", "2022-12-31", "2023-01-01", "2023-05-31"])
    func schoolYearRule(_ signed: String) throws {
        let p = try period(.schoolYear, year: "2022-2023", signed: signed)
        #expect(p.schoolYears.map(\.description) == ["2022-2023"])
        #expect(p.through == (try Fixtures.date("2023-05-31")))
        // Never in force before the year starts, nor before it is signed.
        let signedOn = try Fixtures.date(signed)
        #expect(p.from == max(signedOn, try Fixtures.date("2022-06-01")))
    }

    @Test("2022 rule signed before the year starts is in force from June 1")
    func schoolYearSignedEarly() throws {
        let p = try period(.schoolYear, year: "2022-2023", signed: "2022-04-20")
        #expect(p.from == (try Fixtures.date("2022-06-01")))
        #expect(p.description == "the 2022-2023 school year (June 1, 2022 to May 31, 2023)")
    }

    // MARK: 2015-2016: from the signature, no end

    @Test("2015 rule starts at the signature and has no end")
    func fromSignature() throws {
        let p = try period(.fromSignature, year: "2015-2016", signed: "8/18/15")
        #expect(p.from == (try Fixtures.date("2015-08-18")))
        #expect(p.through == nil)
        #expect(p.schoolYears.isEmpty)
        #expect(!p.contains(try Fixtures.date("2015-08-17")))
        #expect(p.contains(try Fixtures.date("2015-08-18")))
        #expect(p.contains(try Fixtures.date("2199-12-31")))
        #expect(p.description == "from August 18, 2015, with no set end")
    }

    // MARK: contains

    @Test("contains is true on the first and last day and false just outside")
    func containsBoundaries() throws {
        let p = try period(.signingDateWindow, year: "2019-2020", signed: "2019-06-01")
        #expect(p.contains(try Fixtures.date("2019-06-01")))
        #expect(p.contains(try Fixtures.date("2020-05-31")))
        #expect(!p.contains(try Fixtures.date("2019-05-31")))
        #expect(!p.contains(try Fixtures.date("2020-06-01")))
    }

    @Test("description names both years of a two-year window")
    func twoYearDescription() throws {
        let p = try period(.signingDateWindow, year: "2019-2020", signed: "2020-01-01")
        #expect(p.description == "the 2019-2020 and 2020-2021 school years (January 1, 2020 to May 31, 2021)")
    }

    @Test("a letter counts as signed from the later of the two signature dates")
    func completedOn() throws {
        var s = Signatures()
        #expect(s.completedOn == nil)
        s.district.date = try Fixtures.date("2019-05-30")
        #expect(s.completedOn == (try Fixtures.date("2019-05-30")))
        s.kde.date = try Fixtures.date("2019-06-03")
        #expect(s.completedOn == (try Fixtures.date("2019-06-03")))
    }
}
