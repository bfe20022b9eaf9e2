import Foundation
import LetterDomain
import LetterStore
import Testing

@Suite("kyiln record-decision, as a real process")
struct RecordDecisionCommandTests {
    /// Boone County 2022-2023 in review.
    private func seed(_ store: StoreFolder) throws {
        var letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")), schoolYear: try SchoolYear("2022-2023"),
                            editionID: "2022-2023", createdBy: "tester")
        letter.status = .inReview
        try LetterStore.open(at: store.path).create(letter, by: "tester")
    }

    @Test func aDecisionByEmailIsRecordedAndHistoryAndListSayKDERecordedIt() throws {
        let store = StoreFolder()
        try seed(store)
        let missing = try store.kyiln("record-decision", "boone-county", "--year", "2022-2023", "changes-requested",
                                      "--by", "e-mail", "--person", "Bill Hogan", "--date", "2022-09-01")
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("say which changes the district asked for"))
        let done = try store.kyiln("record-decision", "boone-county", "--year", "2022-2023", "approved",
                                   "--by", "paper", "--person", "Bill Hogan", "--date", "2022-09-01", "--note", "Signed copy in the binder.")
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("boone-county 2022-2023: in-review → approved"))
        #expect(done.stdout.contains("Bill Hogan approved on paper on 2022-09-01 (recorded by KDE,"))
        let history = try store.kyiln("history", "boone-county", "--year", "2022-2023")
        #expect(history.stdout.contains("decision recorded by KDE (on paper): in-review → approved"), "\(history.stdout)")
        #expect(history.stdout.contains("not an SSH review): Signed copy in the binder."))
        // show and every export say how the decision came.
        let show = try store.kyiln("show", "boone-county", "--year", "2022-2023")
        #expect(show.stdout.replacingOccurrences(of: "\n", with: " ").contains("the decision came on paper from Bill Hogan on 2022-09-01, recorded by KDE"),
                "\(show.stdout)")
        let html = try store.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "html")
        #expect(html.stdout.contains("the decision came on paper from Bill Hogan on 2022-09-01, recorded by KDE"))
        let csv = try store.kyiln("export", "--year", "2022-2023", "--format", "csv")
        #expect(csv.stdout.contains("Boone County,boone-county,2022-2023,approved,\"Bill Hogan on paper on 2022-09-01, recorded by KDE\",2022-2023,"),
                "\(csv.stdout)")
        let again = try store.kyiln("record-decision", "boone-county", "--year", "2022-2023", "approved",
                                    "--by", "phone", "--person", "Bill Hogan", "--date", "2022-09-01")
        #expect(again.status == 3)
        #expect(again.stderr.contains("not in review"))
    }
}
