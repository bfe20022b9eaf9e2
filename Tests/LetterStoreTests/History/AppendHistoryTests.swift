import Foundation
import LetterDomain
import LetterStore
import Testing

@Suite("A history line added without changing the letter")
struct AppendHistoryTests {
    @Test("the entry is appended; revision, time, author and fields stay")
    func append() throws {
        let temporary = try TemporaryStore()
        let created = try temporary.store.create(try temporary.draft(), by: "pm")
        let entry = HistoryEntry(at: Date(timeIntervalSince1970: 1_796_580_481), by: "pm", action: .mailed,
                                 note: "reminder sent to bill@boone.kyschools.us; Message-ID <1.a.kyiln@education.ky.gov>")
        try temporary.store.appendHistory(entry, to: created.district.slug, year: created.schoolYear)
        let stored = try temporary.store.load(created.district.slug, year: created.schoolYear)
        #expect(stored.revision == created.revision && stored.updatedBy == "pm")
        #expect(stored.history.count == created.history.count + 1)
        #expect(stored.history.last?.action == .mailed && stored.history.last?.note == entry.note)
    }

    @Test("no such letter: not found, nothing created")
    func missing() throws {
        let temporary = try TemporaryStore()
        let entry = HistoryEntry(at: Date(), by: "pm", action: .mailed)
        #expect(throws: StoreError.self) { try temporary.store.appendHistory(entry, to: try DistrictSlug("nowhere"), year: try SchoolYear("2022-2023")) }
    }
}
