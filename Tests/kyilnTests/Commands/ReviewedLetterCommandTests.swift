import Foundation
import LetterDomain
import LetterStore
import Testing

/// The program manager's commands see what districts decided over SSH: reviews live apart
/// from letters, and every command shows and changes the letter as its reviews leave it.
@Suite("Commands on letters a district reviewed")
struct ReviewedLetterCommandTests {
    private let fingerprint = "SHA256:" + String(repeating: "B", count: 43)

    /// A complete 2022-2023 Boone County letter, in review, and the store it is in.
    private func inReview(_ folder: StoreFolder) throws -> (LetterStore, Letter) {
        let letter = try LetterSeeds.completeBoone(status: .inReview)
        let store = try LetterStore.open(at: folder.path)
        return (store, try store.create(letter, by: "tester"))
    }

    private func review(_ letter: Letter, _ decision: Review.Decision, comment: String = "") -> Review {
        Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision, decision: decision,
               comment: comment, reviewerName: "Bill Hogan", fingerprint: fingerprint, at: Date())
    }

    @Test func listAndHistoryShowTheRequestForChangesAndItsComment() throws {
        let folder = StoreFolder()
        let (store, letter) = try inReview(folder)
        try store.record(review(letter, .requestChanges, comment: "Please add our second contact."))

        let list = try folder.kyiln("list", "--year", "2022-2023", "--json")
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        #expect(rows.first?["status"] as? String == "changes-requested")
        #expect(rows.first?["reviewedBy"] as? String == "Bill Hogan")
        #expect(rows.first?["reviewComment"] as? String == "Please add our second contact.")
        let table = try folder.kyiln("list", "--year", "2022-2023")
        #expect(table.stdout.contains("boone-county  changes-requested"))

        let csv = try folder.kyiln("export", "--year", "2022-2023", "--format", "csv")
        #expect(csv.stdout.contains("boone-county,2022-2023,changes-requested"), "\(csv.stdout)")

        let history = try folder.kyiln("history", "boone-county", "--year", "2022-2023")
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("Bill Hogan (\(fingerprint))  reviewed: in-review → changes-requested (Please add our second contact.)"))
        // Showing a letter never writes it: the decision is merged, not saved.
        #expect(try store.load(letter.district.slug, year: letter.schoolYear).status == .inReview)
    }

    @Test func anApprovedLetterCanBeSignedAndTheDecisionIsKept() throws {
        let folder = StoreFolder()
        let (store, letter) = try inReview(folder)
        try store.record(review(letter, .approve))
        let signed = try folder.kyiln("status", "boone-county", "--year", "2022-2023", "signed", "--date", "2022-08-18")
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout.contains("approved → signed"))
        let stored = try store.load(letter.district.slug, year: letter.schoolYear)
        #expect(stored.status == .signed)
        #expect(stored.history.contains { $0.action == .reviewed && $0.by.hasPrefix("Bill Hogan") && $0.toStatus == .approved })
        // The review is in the letter's history now, so the history shows it once.
        let history = try folder.kyiln("history", "boone-county", "--year", "2022-2023")
        #expect(history.stdout.components(separatedBy: "Bill Hogan (").count == 2, "\(history.stdout)")
    }

    @Test func editingAnApprovedLetterSendsItBackToReview() throws {
        let folder = StoreFolder()
        let (store, letter) = try inReview(folder)
        try store.record(review(letter, .approve))
        let set = try folder.kyiln("set", "boone-county", "--year", "2022-2023", "superintendent.name", "Jane Doe")
        #expect(set.status == 0, "\(set.stderr)")
        let stored = try store.load(letter.district.slug, year: letter.schoolYear)
        #expect(stored.status == .inReview)
        #expect(stored.superintendent.name == "Jane Doe")
        // The approval was of the old text: it no longer counts, and the listing says so.
        let list = try folder.kyiln("list", "--year", "2022-2023")
        #expect(list.stdout.contains("boone-county  in-review"))
        let history = try folder.kyiln("history", "boone-county", "--year", "2022-2023")
        #expect(history.stdout.contains("reviewed: in-review → approved"))
    }
}
