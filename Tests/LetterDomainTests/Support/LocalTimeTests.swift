import Foundation
import LetterDomain
import Testing

/// Times are shown as local dates and times. Every test passes
/// its UTC offset, so none depends on or changes the process's TZ (tests run in parallel).
@Suite("Local time")
struct LocalTimeTests {
    /// 2026-12-06 21:42:00 UTC.
    static let instant = Date(timeIntervalSince1970: 1_796_593_320)

    @Test func aFixedInstantAtAnOffsetReadsAsLocalTime() {
        #expect(LocalTime.format(Self.instant, utcOffset: -6 * 3600) == "Dec 6, 2026 at 3:42 PM")
        #expect(LocalTime.format(Self.instant, utcOffset: 0) == "Dec 6, 2026 at 9:42 PM")
        // East of UTC the date moves on: 03:12 on the 7th in India.
        #expect(LocalTime.format(Self.instant, utcOffset: 5 * 3600 + 1800) == "Dec 7, 2026 at 3:12 AM")
        #expect(LocalTime.format(Date(timeIntervalSince1970: 0), utcOffset: 0) == "Jan 1, 1970 at 12:00 AM")
        #expect(LocalTime.format(Date(timeIntervalSince1970: 12 * 3600), utcOffset: 0) == "Jan 1, 1970 at 12:00 PM")
    }

    @Test func theLocalOffsetComesFromTheCLibrary() {
        // Whatever TZ is, the offset is whole minutes within a day, and formatting without one uses it.
        let offset = LocalTime.utcOffset(at: Self.instant)
        #expect(abs(offset) < 86_400 && offset % 60 == 0)
        #expect(LocalTime.format(Self.instant) == LocalTime.format(Self.instant, utcOffset: offset))
    }

    @Test func aTimeOnTheSameLocalDayIsShownAsTheClockOnly() {
        let later = Self.instant.addingTimeInterval(3600)
        #expect(LocalTime.format(Self.instant, relativeTo: later, utcOffset: -6 * 3600) == "3:42 PM")
        // Six hours later is the same day in India (3:12 AM and 9:12 AM on the 7th) but the next
        // day in UTC: the day is the local one.
        let later6 = Self.instant.addingTimeInterval(6 * 3600)
        #expect(LocalTime.format(Self.instant, relativeTo: later6, utcOffset: 5 * 3600 + 1800) == "3:12 AM")
        #expect(LocalTime.format(Self.instant, relativeTo: later6, utcOffset: 0) == "Dec 6, 2026 at 9:42 PM")
    }
}
