import Foundation
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

@Suite("Today is the local day")
struct LocalTodayTests {
    /// 2026-12-07T02:00:00Z: still the evening of December 6 in Kentucky.
    static let instant = Date(timeIntervalSince1970: 1_796_608_800)

    @Test("the day at an offset from UTC", arguments: [
        (-5 * 3600, "2026-12-06"),   // Kentucky in winter (EST)
        (-6 * 3600, "2026-12-06"),   // western Kentucky (CST)
        (0, "2026-12-07"),
        (14 * 3600, "2026-12-07"),   // Kiritimati
        (-2 * 3600 - 1, "2026-12-06"),
        (-2 * 3600, "2026-12-07"),   // midnight on the dot is the new day
    ])
    func atOffset(_ offset: Int, _ expected: String) {
        #expect(CalendarDate.today(now: Self.instant, utcOffsetSeconds: offset).description == expected)
    }

    @Test("before 1970 the day is still the one the instant falls in")
    func beforeTheEpoch() {
        #expect(CalendarDate.today(now: Date(timeIntervalSince1970: -1), utcOffsetSeconds: 0).description == "1969-12-31")
        #expect(CalendarDate.today(now: Date(timeIntervalSince1970: 3600), utcOffsetSeconds: -2 * 3600).description == "1969-12-31")
    }
}

/// Changes the process's `TZ`, so it runs alone (`.serialized`), for as short a time as it
/// can: every zone is read in one stretch, then `TZ` is put back. Other tests use the
/// `today(now:utcOffsetSeconds:)` seam and never depend on `TZ`.
@Suite("Today follows TZ", .serialized)
struct TimeZoneTodayTests {
    /// The day `instant` falls on in each zone, read with `TZ` set to each in turn; `TZ` is
    /// put back as it was afterwards. (While `TZ` stays set, `setenv` replaces its value in
    /// place, so the environment array changes once to add it and once to remove it.)
    static func days(at instant: Date, in zones: [String]) -> [String] {
        let saved = getenv("TZ").map { String(cString: $0) }
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        return zones.map { zone in
            setenv("TZ", zone, 1)
            tzset()
            return CalendarDate.today(now: instant).description
        }
    }

    @Test("TZ decides the day: Kentucky's rules, a fixed UTC-5, UTC+14 (Kiritimati), UTC and named zones")
    func zones() {
        // POSIX zone strings need no time zone files, so these hold on a machine without tzdata.
        let kentucky = "EST5EDT,M3.2.0,M11.1.0"
        var zones = [kentucky, "<-05>5", "<+14>-14", "UTC0"]
        var expected = ["2026-12-06", "2026-12-06", "2026-12-07", "2026-12-07"]
        // The named zones too, where the machine has them.
        for (zone, day) in [("America/Louisville", "2026-12-06"), ("Pacific/Kiritimati", "2026-12-07")]
        where FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/" + zone) {
            zones.append(zone)
            expected.append(day)
        }
        #expect(Self.days(at: LocalTodayTests.instant, in: zones) == expected)
        // Summer time counts: 03:30Z on July 1 is still June 30 in Kentucky (EDT, UTC-4).
        #expect(Self.days(at: Date(timeIntervalSince1970: 1_782_876_600), in: [kentucky]) == ["2026-06-30"])
    }
}
