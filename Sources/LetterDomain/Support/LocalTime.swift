import Glibc
import FoundationEssentials

/// Instants as a person in Kentucky reads them: "Dec 6, 2026 at 3:42 PM", in local time.
///
/// Files keep UTC; only what is shown is local. The offset from UTC comes from the C library
/// (`localtime_r`, which honours `TZ`), not from Foundation's calendars and formatters, which
/// would load time-zone data at start-up. Tests pass `utcOffset` explicitly, so they neither
/// depend on nor change the process's `TZ`.
public enum LocalTime {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Seconds east of UTC of local time at `date` (daylight saving time included).
    public static func utcOffset(at date: Date) -> Int {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }

    /// "Dec 6, 2026 at 3:42 PM", in local time, or at `utcOffset` seconds east of UTC when given.
    public static func format(_ date: Date, utcOffset: Int? = nil) -> String {
        let (day, clock) = parts(date, utcOffset: utcOffset ?? Self.utcOffset(at: date))
        return "\(months[day.month - 1]) \(day.day), \(day.year) at \(clock)"
    }

    /// "3:42 PM" when `date` falls on the local day of `now`, else the whole `format(date)`.
    public static func format(_ date: Date, relativeTo now: Date, utcOffset: Int? = nil) -> String {
        let (day, clock) = parts(date, utcOffset: utcOffset ?? Self.utcOffset(at: date))
        let (today, _) = parts(now, utcOffset: utcOffset ?? Self.utcOffset(at: now))
        return day == today ? clock : format(date, utcOffset: utcOffset)
    }

    /// The local day and the "3:42 PM" of an instant.
    private static func parts(_ date: Date, utcOffset offset: Int) -> (CalendarDate, String) {
        let day = CalendarDate.today(now: date, utcOffsetSeconds: offset)
        let rest = (Int(date.timeIntervalSince1970.rounded(.down)) + offset) - day.daysSinceEpoch * 86_400
        let hour = rest / 3600, minute = rest / 60 % 60
        return (day, "\(hour % 12 == 0 ? 12 : hour % 12):\(minute < 10 ? "0" : "")\(minute) \(hour < 12 ? "AM" : "PM")")
    }
}
