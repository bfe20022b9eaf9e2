import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Many letters at once from Home: Space marks, `a` marks all shown, `v` sends the marked
/// letters for review through the rules service; each refusal is listed with its reason.
@Suite struct MarkedLettersTests {
    static func year(_ store: ScreenStore) throws {
        try store.create("Adair County") { fillLetterCompletely(&$0); $0.signatures = Signatures() }
        try store.create("Boone County") { fillLetterCompletely(&$0); $0.status = .signed }
        try store.create("Bourbon County") { fillLetterCompletely(&$0); $0.signatures = Signatures() }
        try store.create("Clark County") { fillLetterCompletely(&$0); $0.signatures = Signatures() }
    }

    @Test func markAllShownAfterAFilterThenSendForReview() throws {
        let store = try ScreenStore()
        try Self.year(store)
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.type("/Bo")
        d.press(.enter)
        d.type("a")
        #expect(d.screen.contains("2 marked"))
        d.press(.escape)  // clears the filter; the marks stay
        #expect(d.screen.contains("2 marked"))
        #expect(d.screen.contains("* Boone County"))
        #expect(!d.screen.contains("* Adair County"))
        d.type("v")
        // Bourbon goes; Boone is signed, and the workflow says why it cannot go.
        #expect(try store.load("Bourbon County").status == .inReview)
        #expect(try store.load("Boone County").status == .signed)
        #expect(try store.load("Adair County").status == .draft)
        let report = d.screen
        #expect(report.contains("Not sent for review"))
        #expect(report.contains("Boone County:"))
        #expect(report.contains("Sent 1 of 2 letters for review; 1 refused"))
        d.press(.enter)
        #expect(!d.overlayIsOpen)
        #expect(d.screen.contains("1 marked"), "the refused letter stays marked")
        #expect(d.screen.contains("* Boone County"))
    }

    @Test func spaceMarksAndUnmarksAndMovesDown() throws {
        let store = try ScreenStore()
        try Self.year(store)
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.press(.space)  // Adair, then on to Boone
        d.press(.space)
        #expect(d.screen.contains("* Adair County"))
        #expect(d.screen.contains("* Boone County"))
        d.press(.up)
        d.press(.space)
        #expect(!d.screen.contains("* Boone County"))
        #expect(d.screen.contains("1 marked"))
        // Without marks, `v` acts on the selected letter.
        d.type("a")  // all four marked
        d.type("a")  // all unmarked again
        #expect(!d.screen.contains("marked"))
        d.press(.up, .up, .up)
        d.type("v")
        #expect(try store.load("Adair County").status == .inReview)
        #expect(d.screen.contains("Sent 1 of 1 letter for review."))
    }
}
