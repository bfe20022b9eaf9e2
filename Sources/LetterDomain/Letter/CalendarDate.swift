#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// A day on the calendar, with no time or time zone: what a person writes next to a signature.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A checked date; February 29 only in leap years.
    public init(year: Int, month: Int, day: Int) throws(DateError) {
        guard (1900...2200).contains(year) else { throw DateError(text: "\(year)-\(month)-\(day)", reason: "the year is out of range") }
        guard (1...12).contains(month) else { throw DateError(text: "\(year)-\(month)-\(day)", reason: "there is no month \(month)") }
        guard (1...CalendarDate.days(inMonth: month, year: year)).contains(day) else {
            throw DateError(text: "\(year)-\(month)-\(day)", reason: "month \(month) of \(year) has no day \(day)")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2022-08-18` (ISO), or `8/18/2022` and `8/18/22` as written on the paper forms.
    public init(parsing text: String) throws(DateError) {
        do { try self.init(parsingUnchecked: text) } catch {
            // Name the date as it was typed, not as its parts were read.
            throw DateError(text: text, reason: error.reason)
        }
    }

    private init(parsingUnchecked text: String) throws(DateError) {
        let t = text.trimmed
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let us = t.split(separator: "/", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]),
           iso.allSatisfy({ $0.allSatisfy(\.isASCII) && !$0.isEmpty }) {
            try self.init(year: y, month: m, day: d)
        } else if us.count == 3, let m = Int(us[0]), let d = Int(us[1]), let y = Int(us[2]),
                  us[2].count == 2 || us[2].count == 4, us.allSatisfy({ $0.allSatisfy(\.isASCII) && !$0.isEmpty }) {
            try self.init(year: us[2].count == 2 ? 2000 + y : y, month: m, day: d)
        } else {
            throw DateError(text: text, reason: "expected a date like 2022-08-18 or 8/18/2022")
        }
    }

    /// `2022-08-18`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Today in the local time zone of the process (`TZ`, else the system's zone; UTC when
    /// neither is set).
    ///
    /// The letter's dates are days, not instants, and people write the day of the place
    /// they are in: at 9 p.m. in Kentucky it is already tomorrow in UTC, and a letter signed
    /// that evening must not carry tomorrow's date. The zone comes from the C library
    /// (`localtime_r`), not Foundation's `TimeZone`, which would load Foundation at start-up.
    public static func today(now: Date = Date()) -> CalendarDate {
        today(now: now, utcOffsetSeconds: LocalTime.utcOffset(at: now))
    }

    /// The day `now` falls on where clocks are `utcOffsetSeconds` ahead of UTC (behind when
    /// negative): the seam that lets tests pick a zone without changing the process's.
    static func today(now: Date, utcOffsetSeconds: Int) -> CalendarDate {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        // Floor division: an instant before 1970 still falls on the day it is in.
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CalendarDate(daysSinceEpoch: days)
    }

    /// The date `days` after 1970-01-01 (proleptic Gregorian calendar).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(uncheckedYear: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days since 1970-01-01, for differences between dates.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A date that could not be read or does not exist.
public struct DateError: Error, Equatable, Sendable, CustomStringConvertible {
    public var text: String
    public var reason: String
    public var description: String { "invalid date \"\(text)\": \(reason)" }
}

extension CalendarDate: TextCodable {
    init(checkedText: String) throws { try self.init(parsing: checkedText) }
    var codedText: String { description }
}
