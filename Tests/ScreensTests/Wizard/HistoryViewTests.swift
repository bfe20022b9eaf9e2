import Foundation
import LetterDomain
@testable import Screens
import Testing

/// The history overlay (F3) in the form's words and local times; the offset is passed, so the
/// test neither depends on nor changes the process's TZ.
@Suite("The history overlay")
struct HistoryViewTests {
    /// 2026-12-06 21:42:00 UTC.
    static let instant = Date(timeIntervalSince1970: 1_796_593_320)

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

    /// A review file that could not be used (a FIFO, a link, broken JSON) is named with why,
    /// never dropped from the history without a word.
    @Test func anUnusableReviewFileIsNamed() throws {
        let letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug(deriving: "Boone County")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: "2022-2023", createdBy: "tester", now: Self.instant)
        let problem = "/srv/kyiln/reviews/2022-2023/boone-county/x.json: it is a FIFO (named pipe), not a regular file"
        let text = HistoryView.text(of: letter, problems: [problem], utcOffset: 0)
        #expect(text == "Review file not used (not counted)\n  " + problem, "\(text)")
    }
}
