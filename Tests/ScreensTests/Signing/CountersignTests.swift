import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import Testing

/// Countersigning in the wizard: F2, move to active, KDE's designee types their name and the
/// words of intent; the letter becomes active with a record of the text's hash and the local user.
@Suite("Countersigning in the TUI")
struct CountersignTests {
    /// Boone County's complete letter, signed by the district on 2022-09-10 (on paper).
    func signedLetter() throws -> ScreenStore {
        let store = try ScreenStore()
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.signatures.district.date = try! CalendarDate(parsing: "2022-09-10")
            letter.signatures.kde.date = nil
            letter.status = .signed
        }
        return store
    }

    @Test func theDesigneeTypesNameAndWordsAndTheLetterIsActiveWithARecord() throws {
        let store = try signedLetter()
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.press(.enter)
        d.press(.function(2))
        #expect(d.screen.contains("Your name"), "\(d.screen)")
        d.press(.tab)
        d.type("Sarah Snipes")
        d.press(.tab)
        d.type("I sign this Letter of Commitment between Boone County and KDE for 2022-2023")
        d.press(.enter)
        #expect(!d.overlayIsOpen, "\(d.screen)")
        #expect(d.screen.contains("Countersigned by Sarah Snipes: active"), "\(d.screen)")
        let saved = try store.load("Boone County")
        #expect(saved.status == .active)
        let record = try #require(saved.signatures.kde.record)
        #expect(record.name == "Sarah Snipes" && record.localUser == "tester" && record.fingerprint.isEmpty)
        #expect(record.textSHA256 == CanonicalText.sha256(CanonicalText.of(saved, edition: screenEdition)))
        #expect(saved.signatures.kde.date == ScreenClock.today)
        #expect(saved.history.last?.toStatus == .active && saved.history.last?.by == "tester")
        #expect(SignatureWords.lines(saved).contains { $0.hasPrefix("Signed on paper by José Muñoz on 2022-09-10") })
    }

    @Test func otherWordsAreRefusedAndNothingChanges() throws {
        let store = try signedLetter()
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.press(.enter)
        d.press(.function(2))
        d.press(.tab)
        d.type("Sarah Snipes")
        d.press(.tab)
        d.type("ok")
        d.press(.enter)
        #expect(d.overlayIsOpen)
        #expect(d.screen.contains("To sign, type exactly: I sign this Letter of Commitment"), "\(d.screen)")
        #expect(try store.load("Boone County").status == .signed)
    }
}
