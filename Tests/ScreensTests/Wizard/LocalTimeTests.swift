import Foundation
import LetterDomain
@testable import Screens
import Testing

/// Times are shown as local dates and times, and history in the form's words. Every test passes
/// its UTC offset, so none depends on or changes the process's TZ (tests run in parallel).
@Suite("Local time and the history overlay")
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

    @Test func theHistoryShowsLocalTimesLabelsAndStatusNames() throws {
        let edition = try EditionCatalog.bundled.edition(id: "2022-2023")
        let prompt = try #require(edition.prompts.first { $0.answer == .text })
        var letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug(deriving: "Boone County")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: edition.id, createdBy: "tester", now: Self.instant)
        letter.history = [
            HistoryEntry(at: Self.instant, by: "tester", action: .saved,
                         changes: [FieldChange(field: "superintendent.name", old: "José", new: "José A."),
                                   FieldChange(field: "reflections.\(prompt.id)", old: "", new: "We opened two labs.")]),
            HistoryEntry(at: Self.instant.addingTimeInterval(60), by: "tester", action: .transition,
                         fromStatus: .draft, toStatus: .inReview),
        ]
        let text = HistoryView.text(of: letter, edition: edition, utcOffset: -6 * 3600)
        #expect(text.contains("Dec 6, 2026 at 3:43 PM  tester\n  status draft → in review"), "\(text)")
        #expect(text.contains("Dec 6, 2026 at 3:42 PM  tester\n  saved: Superintendent name \"José\" → \"José A.\"; Answer to \""), "\(text)")
        #expect(!text.contains("superintendent.name"))
        #expect(!text.contains("reflections."))
        #expect(!text.contains("2026-12-06T"))
    }
}
