#if canImport(Glibc)
import Glibc
#endif

/// Instants as a person in Kentucky reads them: the local date and time of the process
/// (its `TZ`), never a UTC ISO stamp. Files keep UTC; only what is shown is local.
public enum LocalTime {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Dec 6, 2026 at 3:42 PM".
    public static func describe(_ date: Date) -> String {
        let t = parts(date)
        let hour = t.hour % 12 == 0 ? 12 : t.hour % 12
        let minute = t.minute < 10 ? "0\(t.minute)" : "\(t.minute)"
        return "\(months[t.month - 1]) \(t.day), \(t.year) at \(hour):\(minute) \(t.hour < 12 ? "AM" : "PM")"
    }

    /// "3:42 PM" when `date` falls on the local day of `now`, else `describe(date)`.
    public static func describe(_ date: Date, relativeTo now: Date) -> String {
        let a = parts(date), b = parts(now)
        guard (a.year, a.month, a.day) == (b.year, b.month, b.day) else { return describe(date) }
        let hour = a.hour % 12 == 0 ? 12 : a.hour % 12
        return "\(hour):\(a.minute < 10 ? "0\(a.minute)" : "\(a.minute)") \(a.hour < 12 ? "AM" : "PM")"
    }

    /// The local calendar fields of an instant.
    static func parts(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var fields = tm()
        guard localtime_r(&seconds, &fields) != nil else {
            // No zone information at all: say it in UTC rather than not at all.
            let day = CalendarDate(daysSinceEpoch: Int(seconds) / 86_400)
            let rest = Int(seconds) % 86_400
            return (day.year, day.month, day.day, rest / 3600, rest / 60 % 60)
        }
        return (Int(fields.tm_year) + 1900, Int(fields.tm_mon) + 1, Int(fields.tm_mday), Int(fields.tm_hour), Int(fields.tm_min))
    }
}
