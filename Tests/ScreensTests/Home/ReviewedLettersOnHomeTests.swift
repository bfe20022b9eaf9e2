import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// What a district decided over SSH reaches the program manager: on Home, on opening the
/// letter, and in its history (F3).
@Suite struct ReviewedLettersOnHomeTests {
    /// Boone County in review, with a request for changes recorded by its contact.
    static func requested(_ store: ScreenStore, comment: String) throws -> Letter {
        let letter = try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.signatures.kde = KDESignature()
            letter.status = .inReview
        }
        try store.store.record(Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision,
                                      decision: .requestChanges, comment: comment, reviewerName: "Bill Hogan",
                                      fingerprint: "SHA256:" + String(repeating: "C", count: 43), at: ScreenClock.now.addingTimeInterval(3600)))
        return letter
    }

    @Test func homeShowsTheDecisionAndTheComment() throws {
        let store = try ScreenStore()
        _ = try Self.requested(store, comment: "Please add our second contact.")
        try store.create("Adair County")
        let screen = ScreenDriver(store, columns: 120, rows: 30).screen
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Boone County") })
        #expect(row.contains("changes requested"))
        #expect(row.contains("“Please add our second contact.” Bill Hogan"))
        #expect(screen.contains("1 draft · 1 changes requested"))
    }

    @Test func openingTheLetterSaysWhoAskedForWhatAndHistoryListsIt() throws {
        let store = try ScreenStore()
        let letter = try Self.requested(store, comment: "Please add our second contact.")
        var d = ScreenDriver(store, columns: 120, rows: 30)
        d.press(.enter)
        #expect(d.wizard?.letter.status == .changesRequested)
        #expect(d.screen.contains("Bill Hogan (district) requested changes on \(LocalTime.format(ScreenClock.now.addingTimeInterval(3600))): Please add our second contact."))
        d.press(.function(3))
        let history = d.screen
        #expect(history.contains("reviewed: in review → changes requested (Please add our second contact.)"))
        #expect(history.contains("Bill Hogan (SHA256:CCC"))
        // Opening and reading write nothing: the letter file still says in review.
        #expect(try store.load("Boone County").revision == letter.revision)
        #expect(try store.load("Boone County").status == .inReview)
    }

    @Test func hostileReviewTextIsDrawnAsPlaceholders() throws {
        let store = try ScreenStore()
        let letter = try Self.requested(store, comment: "ok")
        // The review account is the less trusted one: a review file it wrote by hand may hold
        // anything, even though `record` refuses control characters.
        let folder = store.store.reviewFolder(letter.district.slug, letter.schoolYear)
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".json") })
        let path = folder + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"ok\"", with: "\"ok\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J\\u202edone\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        var d = ScreenDriver(store, columns: 120, rows: 30)
        #expect(Self.controlCells(d.render()).isEmpty)
        #expect(d.screen.contains("ZXZpbA=="))
        d.press(.enter)
        #expect(Self.controlCells(d.render()).isEmpty)
        d.press(.function(3))
        #expect(Self.controlCells(d.render()).isEmpty)
        #expect(d.screen.contains("ZXZpbA=="))
    }

    /// The cells of `grid` that would send a control character to the terminal.
    static func controlCells(_ grid: GridSurface) -> [String] {
        var found: [String] = []
        for y in 0..<grid.size.rows {
            for x in 0..<grid.size.columns where containsControlScalar(grid.cell(at: Point(x: x, y: y))?.character ?? "") {
                found.append("\(x),\(y)")
            }
        }
        return found
    }
}
