import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Signing on the full review screen: S shows the whole letter as it will be signed, then the
/// signatory types name, title and the words of intent; a reviewer's key is told it cannot sign.
@Suite("Review screen: signing")
struct ReviewSigningScreenTests {
    static let signatoryKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm jane@office"
    static let signatory = "SHA256:+SyX4+Tnt2/kbPSDySkbNyyYRZbfvS3XwPZQQZMWr80"
    static let boone = try! DistrictSlug("boone-county")

    func approved() throws -> ScreenStore {
        let store = try ScreenStore()
        var letter = try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.signatures.district.date = nil
            letter.signatures.kde.date = nil
        }
        letter.status = .approved
        try store.store.save(letter, by: "pm", now: ScreenClock.now)
        try store.store.grant(district: Self.boone, key: try PublicKey(parsing: Self.signatoryKey, path: "jane.pub"), name: "Jane Roe",
                              kyiln: "/usr/bin/kyiln", role: .signatory, title: "Superintendent")
        return store
    }

    func state(_ store: ScreenStore, _ fingerprint: String = Self.signatory) -> ReviewState {
        let session = ReviewSession(store: store.store, district: Self.boone, fingerprint: fingerprint,
                                    now: { ScreenClock.now.addingTimeInterval(120) })
        return ReviewState(session: session, size: Size(columns: 100, rows: 30))
    }

    func screen(_ state: ReviewState) -> String {
        let grid = GridSurface(columns: state.size.columns, rows: state.size.rows)
        ReviewState.view(state, grid)
        return grid.text()
    }

    func type(_ text: String, into state: inout ReviewState) {
        for character in text { state = ReviewState.update(state, .character(character)) }
    }

    @Test func theSignatorySignsOnTheFullScreen() throws {
        let store = try approved()
        var s = state(store)
        #expect(screen(s).contains("S Sign"), "\(screen(s))")
        s = ReviewState.update(s, .character("S"))
        let shown = screen(s)
        #expect(shown.contains("Sign the letter"))
        #expect(shown.contains("Letter of Commitment, canonical text kyiln-canonical-1"), "\(shown)")
        type("Jane Roe", into: &s)
        s = ReviewState.update(s, .enter)  // to Title, which holds the granted title
        s = ReviewState.update(s, .enter)  // to Words
        s = ReviewState.update(s, .enter)
        #expect(screen(s).contains("To sign, type exactly: I sign this Letter of Commitment between Boone County and KDE for"))
        type("I sign this Letter of Commitment between Boone County and KDE for 2022-2023", into: &s)
        s = ReviewState.update(s, .enter)
        #expect(!s.isDialogOpen, "\(screen(s))")
        #expect(screen(s).contains("Signed revision 2"), "\(screen(s))")
        let decisions = store.store.signingDecisions(of: Self.boone, year: ScreenClock.year).decisions
        #expect(decisions.count == 1 && decisions[0].record.title == "Superintendent" && decisions[0].counts)
    }

    @Test func aReviewersKeyIsToldItCannotSign() throws {
        let store = try approved()
        let reviewer = "SHA256:" + String(repeating: "Q", count: 43)
        try store.store.grant(district: Self.boone, key: try PublicKey(parsing: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBLc0ZdOM/vudUDNrZbWPiD5ToRbcKzwhNWyx8oH8/c6 bill", path: "b.pub"),
                              name: "Bill", kyiln: "/usr/bin/kyiln")
        var s = state(store, reviewer)
        #expect(!screen(s).contains("S Sign"))
        s = ReviewState.update(s, .character("S"))
        #expect(screen(s).contains("not to sign it"), "\(screen(s))")
    }
}
