import Glibc

/// The `Date` header's form (RFC 5322 3.3): `Sun, 06 Dec 2026 13:08:01 -0500`, the local
/// time with its offset from UTC, as the C library sees it (`localtime_r`, which honours `TZ`).
public struct MailDate: Sendable, Equatable, CustomStringConvertible {
    /// Seconds since 1970-01-01 00:00:00 UTC.
    public var seconds: Int
    /// Seconds east of UTC of the local time shown.
    public var utcOffset: Int

    public init(seconds: Int, utcOffset: Int) {
        self.seconds = seconds
        self.utcOffset = utcOffset
    }

    /// The instant at `seconds`, in the process's local time zone.
    public static func local(seconds: Int) -> MailDate {
        var time = time_t(seconds)
        var parts = tm()
        let offset = localtime_r(&time, &parts) != nil ? Int(parts.tm_gmtoff) : 0
        return MailDate(seconds: seconds, utcOffset: offset)
    }

    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public var description: String {
        let local = seconds + utcOffset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let clock = local - days * 86_400
        let (year, month, day) = Self.civil(days)
        let weekday = Self.weekdays[((days % 7) + 7) % 7]
        let sign = utcOffset < 0 ? "-" : "+"
        let offsetMinutes = abs(utcOffset) / 60
        return "\(weekday), \(two(day)) \(Self.months[month - 1]) \(year) \(two(clock / 3600)):\(two(clock / 60 % 60)):\(two(clock % 60)) "
            + "\(sign)\(two(offsetMinutes / 60))\(two(offsetMinutes % 60))"
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Year, month and day of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
