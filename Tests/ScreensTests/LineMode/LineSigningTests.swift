import Foundation
import LetterDomain
import LetterRules
import LetterStore
@testable import Screens
import Testing

/// Signing in the line review: the district's signatory signs the approved letter as shown,
/// and nothing else can sign (a reviewer's key, a changed text, an unapproved or incomplete letter).
@Suite("Line review: signing")
struct LineSigningTests {
    static let signatoryKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm jane@office"
    static let signatory = "SHA256:+SyX4+Tnt2/kbPSDySkbNyyYRZbfvS3XwPZQQZMWr80"
    static let reviewerKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBLc0ZdOM/vudUDNrZbWPiD5ToRbcKzwhNWyx8oH8/c6 bill@laptop"
    static let boone = try! DistrictSlug("boone-county")

    /// Boone County's letter complete and approved (revision 2), a signatory and a reviewer granted.
    func setUp(status: LetterStatus = .approved, complete: Bool = true) throws -> (ScreenStore, reviewer: String) {
        let store = try ScreenStore()
        var boone = try store.create("Boone County") { letter in
            if complete { fillLetterCompletely(&letter) }
            // Ready to sign: nobody has signed yet, so no dates on the signature lines.
            letter.signatures.district.date = nil
            letter.signatures.kde.date = nil
        }
        boone.status = status
        try store.store.save(boone, by: "pm", now: ScreenClock.now)
        try store.store.grant(district: Self.boone, key: try PublicKey(parsing: Self.signatoryKey, path: "jane.pub"), name: "Jane Roe",
                              kyiln: "/usr/bin/kyiln", role: .signatory, title: "Superintendent")
        let reviewer = try PublicKey(parsing: Self.reviewerKey, path: "bill.pub")
        try store.store.grant(district: Self.boone, key: reviewer, name: "Bill Hogan", kyiln: "/usr/bin/kyiln")
        return (store, reviewer.fingerprint)
    }

    func session(_ store: ScreenStore, _ fingerprint: String = Self.signatory) -> ReviewSession {
        ReviewSession(store: store.store, district: Self.boone, fingerprint: fingerprint, now: { ScreenClock.now.addingTimeInterval(120) })
    }

    func run(_ store: ScreenStore, _ input: String, as fingerprint: String = Self.signatory) -> String {
        let io = ScriptedLineIO(input)
        var review = LineReview(session: session(store, fingerprint), io: io)
        review.run()
        return io.output
    }

    func service(_ store: ScreenStore) -> LetterService {
        LetterService(store: store.store, editions: .bundled, user: "pm", now: { ScreenClock.now.addingTimeInterval(600) },
                      today: { ScreenClock.today })
    }

    @Test func theSignatorySignsTheTextShownAndTheLetterBecomesSigned() throws {
        let (store, _) = try setUp()
        let out = run(store, "sign\nJane Roe\nSuperintendent\nyes\nquit\n")
        let letter = try store.load("Boone County")
        let text = CanonicalText.of(letter, edition: screenEdition)
        let hash = CanonicalText.sha256(text)
        #expect(out.contains("Here is the whole letter as you will sign it, revision 2, word for word:\n----- begin of the letter -----\n" + text + "----- end of the letter -----"))
        #expect(out.contains("Its SHA-256 is \(hash)"))
        #expect(out.contains("Type your title (KDE has Superintendent on record); an empty line cancels."))
        #expect(out.contains("To sign, you state: \"I sign this Letter of Commitment between Boone County and KDE for 2022-2023\". Type yes to sign"))
        #expect(out.contains("Signed revision 2 (text SHA-256 \(hash)). Thank you, Jane Roe."))
        #expect(out.contains("Boone County, 2022-2023: signed"))
        #expect(try store.load("Boone County").status == .approved, "the review account never writes the letter")

        let opened = try service(store).open(Self.boone, year: ScreenClock.year)
        #expect(opened.letter.status == .signed)
        let record = try #require(opened.letter.signatures.district.record)
        #expect(record.name == "Jane Roe" && record.title == "Superintendent" && record.fingerprint == Self.signatory)
        #expect(record.revision == 2 && record.textSHA256 == hash)
        #expect(record.confirmation == "I sign this Letter of Commitment between Boone County and KDE for 2022-2023")
        #expect(opened.letter.signatures.district.date == ScreenClock.today)
        let entry = try #require(opened.letter.history.last)
        #expect(entry.toStatus == .signed && entry.by == "Jane Roe (\(Self.signatory))")
        #expect(SignatureVerification(letter: opened.letter, edition: opened.edition).holds)
        #expect(try store.load("Boone County").status == .signed, "KDE's kyiln stored the signature when it read the letter")
    }

    @Test func aReviewersKeyCannotSign() throws {
        let (store, reviewer) = try setUp()
        let out = run(store, "sign\nBill Hogan\nSuperintendent\nyes\nquit\n", as: reviewer)
        #expect(out.contains("Your key is granted to review this letter, not to sign it."))
        #expect(!out.contains("Type sign"))
        #expect(store.store.signingDecisions(of: Self.boone, year: ScreenClock.year).decisions.isEmpty)
        // A decision written behind kyiln's back with a reviewer's key never counts.
        var document = ReviewDocument(session: session(store, reviewer))
        let hash = try #require(document.textToSign).sha256
        #expect(document.sign(name: "Bill Hogan", title: "Superintendent", shownSHA256: hash).message.contains("not to sign it"))
        #expect(try service(store).open(Self.boone, year: ScreenClock.year).letter.status == .approved)
    }

    @Test func aLetterChangedSinceItWasShownIsNotSigned() throws {
        let (store, _) = try setUp()
        var document = ReviewDocument(session: session(store))
        let shown = try #require(document.textToSign)
        // KDE saves a change after the text was shown: the revision moves on.
        try store.saveAsSomeoneElse("Boone County") { $0.actions[0] = "Grow the innovation labs in every school" }
        let outcome = document.sign(name: "Jane Roe", title: "Superintendent", shownSHA256: shown.sha256)
        #expect(outcome == .letterChanged("The letter changed after it was shown to you; reloaded. Nothing was signed: please read it again."))
        // Same revision, another text (what was shown was not this letter): refused as well.
        var again = ReviewDocument(session: session(store))
        let other = again.sign(name: "Jane Roe", title: "Superintendent", shownSHA256: String(repeating: "0", count: 64))
        #expect(other.message.contains("Nothing was signed"))
        #expect(store.store.signingDecisions(of: Self.boone, year: ScreenClock.year).decisions.isEmpty)
    }

    @Test func anUnapprovedOrIncompleteLetterCannotBeSigned() throws {
        let (inReview, _) = try setUp(status: .inReview)
        #expect(run(inReview, "sign\nquit\n").contains("This letter is in review: only a letter your district approved can be signed."))
        let (incomplete, _) = try setUp(complete: false)
        #expect(run(incomplete, "sign\nquit\n").contains("The letter is not complete"))
        var document = ReviewDocument(session: session(incomplete))
        let hash = try #require(document.textToSign).sha256
        #expect(document.sign(name: "Jane Roe", title: "Superintendent", shownSHA256: hash).message.hasPrefix("Not recorded:"))
        #expect(incomplete.store.signingDecisions(of: Self.boone, year: ScreenClock.year).decisions.isEmpty)
    }

    @Test func cancellingRecordsNothingAndRefusingIsARequestForChanges() throws {
        let (store, _) = try setUp()
        let cancelled = run(store, "sign\nJane Roe\nSuperintendent\nno\nquit\n")
        #expect(cancelled.contains("Not signed: nothing was recorded."))
        #expect(store.store.signingDecisions(of: Self.boone, year: ScreenClock.year).decisions.isEmpty)
        let out = run(store, "refuse\nThe second point of action is not ours.\n.\nJane Roe\nquit\n")
        #expect(out.contains("Your refusal to sign revision 2, and what must change, were recorded."))
        let letter = try service(store).open(Self.boone, year: ScreenClock.year).letter
        #expect(letter.status == .changesRequested)
        #expect(letter.history.last?.note == "refused to sign: The second point of action is not ours.")
    }
}
