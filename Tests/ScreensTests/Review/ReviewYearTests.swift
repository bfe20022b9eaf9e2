import LetterDomain
import LetterStore
@testable import Screens
import Testing

/// The district's review screen reads the letter in its own year, like every print of it.
@Suite struct ReviewYearTests {
    @Test func aLaterLetterOnAnOlderEditionReadsInItsOwnYear() throws {
        let store = try ScreenStore()
        let year = try SchoolYear("2026-2027")
        var letter = try store.create("Boone County", year: year) { fillLetterCompletely(&$0) }
        letter.status = .inReview
        try store.store.save(letter, by: "pm", now: ScreenClock.now)
        let session = ReviewSession(store: store.store, district: try DistrictSlug("boone-county"), fingerprint: "SHA256:x",
                                    now: { ScreenClock.now })
        let document = ReviewDocument(session: session, year: year)
        let purpose = ReviewText.text(of: document, section: .step(.purpose), width: 80)
        let agreement = ReviewText.text(of: document, section: .step(.agreement), width: 400)
        #expect(purpose.contains("2026 - 2027") && !purpose.contains("2022 - 2023"))
        #expect(agreement.contains("effective for the 2026 - 2027 school year"))
    }
}
