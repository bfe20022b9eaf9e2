import Foundation
import LetterDomain
import LetterRules
import LetterStore
import Mail
import Testing

/// Stands in for the mail program: keeps what it was given and says it was sent (or fails).
final class KeepingSender: MailSender, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var sent: [MailMessage] = []
    let failing: Bool
    init(failing: Bool = false) { self.failing = failing }

    func send(_ message: MailMessage, named name: String) throws(MailSendError) -> MailReceipt {
        if failing { throw MailSendError(description: "sendmail exited with status 75: connection refused") }
        lock.withLock { sent.append(message) }
        return .sent
    }
}

@Suite("Telling districts: messages composed by the rules service")
struct MailComposeTests {
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm bill@laptop"

    private func configured() throws -> RulesFixture {
        let fixture = try RulesFixture()
        try fixture.service.setSetting(.mailFrom, to: "sarah.snipes@education.ky.gov")
        try fixture.service.setSetting(.mailFromName, to: "Sarah Snipes, KDE")
        try fixture.service.setSetting(.reviewHost, to: "letters.education.ky.gov")
        return fixture
    }

    private func target(_ letter: Letter) -> MailTarget { MailTarget(slug: letter.district.slug, year: letter.schoolYear) }

    @Test("an invitation names the letter, how to connect, the key on file and line mode")
    func invitation() throws {
        let fixture = try configured()
        let letter = try fixture.letter(at: .inReview)
        let key = try PublicKey(parsing: Self.key, path: "bill.pub")
        try fixture.store.grant(district: letter.district.slug, key: key, name: "Bill Hogan", kyiln: "/usr/local/bin/kyiln")
        let plan = try fixture.service.composeMail(kind: .invitation, letters: [target(letter)])
        let mail = try #require(plan.messages.first)
        #expect(plan.skipped.isEmpty)
        #expect(mail.message.to.map(\.address) == ["bill.hogan@boone.kyschools.us"] && mail.message.cc.isEmpty)
        #expect(mail.message.from.address == "sarah.snipes@education.ky.gov")
        #expect(mail.message.subject == "Please review Boone County's Letter of Commitment for 2026-2027")
        // Prose is wrapped at 72: compare with the white space collapsed.
        let body = mail.message.body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for piece in ["Hello Bill Hogan,", "Boone County's Letter of Commitment", "2026-2027 school year", "ready for your review",
                      "KDE sent it for review on", "ssh -t kyiln@letters.education.ky.gov", key.fingerprint, "ssh -T kyiln@letters.education.ky.gov",
                      "screen reader", "Sarah Snipes, KDE"] {
            #expect(body.contains(piece), "\(piece) in:\n\(body)")
        }
        #expect(mail.message.body.split(separator: "\n").allSatisfy { $0.count <= 78 })
    }

    @Test("a reminder says how long the letter has waited since it was sent to review")
    func reminder() throws {
        let fixture = try configured()
        let letter = try fixture.letter(at: .inReview)
        let plan = try fixture.service.composeMail(kind: .reminder, letters: [target(letter)])
        let mail = try #require(plan.messages.first)
        #expect(mail.message.subject.hasPrefix("Reminder: Boone County's Letter of Commitment"))
        #expect(mail.waitingDays == 0)
        #expect(mail.message.body.contains("still waiting for your review since"))
        #expect(mail.message.body.contains("No SSH key is on file for Boone County yet"))
    }

    @Test("letters that are not in review are skipped with their reason", arguments: [LetterStatus.draft, .approved, .changesRequested, .signed])
    func notInReview(_ status: LetterStatus) throws {
        let fixture = try configured()
        let letter = try fixture.letter(at: status)
        let plan = try fixture.service.composeMail(kind: .reminder, letters: [target(letter)])
        #expect(plan.messages.isEmpty)
        #expect(plan.skipped.first?.why == .status, "\(plan.skipped)")
    }

    @Test("the whole year: letters in review get a message, the others are only counted")
    func wholeYear() throws {
        let fixture = try configured()
        _ = try fixture.letter(at: .inReview, "Boone County")
        _ = try fixture.letter(at: .draft, "Adair County")
        let plan = try fixture.service.composeMail(kind: .invitation, year: RulesFixture.year)
        #expect(plan.messages.map(\.target.slug.rawValue) == ["boone-county"])
        #expect(plan.notInReview == 1 && plan.skipped.isEmpty)
    }

    @Test("no usable address: skipped, naming each address and why; the superintendent when asked")
    func addresses() throws {
        let fixture = try configured()
        var letter = try fixture.letter(at: .inReview)
        letter.contacts = [Contact(name: "Bill", title: "", email: "bill@boone.kyschools.us\nBcc: x@evil.example"),
                           Contact(name: "Ana", title: "", email: "ana at boone")]
        letter = try fixture.saved(fixture.service.save(letter, from: fixture.service.open(letter.district.slug, year: letter.schoolYear).letter))
        let plan = try fixture.service.composeMail(kind: .invitation, letters: [target(letter)])
        let skipped = try #require(plan.skipped.first)
        #expect(skipped.why == .noAddress)
        #expect(skipped.reason.contains("contacts[0].email") && skipped.reason.contains("U+A") && skipped.reason.contains("contacts[1].email"))
        #expect(!skipped.reason.contains("\n"))
        let withSuperintendent = try fixture.service.composeMail(kind: .invitation, letters: [target(letter)], options: MailOptions(superintendent: true))
        let mail = try #require(withSuperintendent.messages.first)
        #expect(mail.message.to.map(\.address) == ["jose.munoz@boone.kyschools.us"])
        #expect(mail.leftOut.count == 2)
        // Asked for a superintendent who has no address: said, not silently dropped.
        var noSuperintendent = try fixture.service.open(letter.district.slug, year: letter.schoolYear).letter
        noSuperintendent.superintendent.email = ""
        noSuperintendent.contacts = [Contact(name: "Bill Hogan", title: "", email: "bill.hogan@boone.kyschools.us")]
        let current = try fixture.service.open(letter.district.slug, year: letter.schoolYear).letter
        _ = try fixture.saved(fixture.service.save(noSuperintendent, from: current))
        let asked = try fixture.service.composeMail(kind: .invitation, letters: [target(letter)], options: MailOptions(superintendent: true))
        #expect(asked.messages.first?.leftOut == ["superintendent.email: it is empty"])
    }

    @Test("without mail.from and review.host nothing is composed, and the error names both")
    func missingSettings() throws {
        let fixture = try RulesFixture()
        _ = try fixture.letter(at: .inReview)
        #expect {
            try fixture.service.composeMail(kind: .invitation, year: RulesFixture.year)
        } throws: { error in
            guard case MailError.missingSettings(let keys) = error else { return false }
            return keys == [.mailFrom, .reviewHost]
        }
    }

    @Test("a message sent is recorded in the history; the letter's revision and text do not move")
    func recorded() throws {
        let fixture = try configured()
        let letter = try fixture.letter(at: .inReview)
        let plan = try fixture.service.composeMail(kind: .reminder, letters: [target(letter)], options: MailOptions(superintendent: true))
        let sender = KeepingSender()
        let deliveries = fixture.service.sendMail(plan, via: sender)
        #expect(deliveries.map(\.outcome) == [.sent] && sender.sent.count == 1)
        let after = try fixture.service.open(letter.district.slug, year: letter.schoolYear).letter
        #expect(after.revision == letter.revision && after.updatedAt == letter.updatedAt)
        let entry = try #require(after.history.last)
        #expect(entry.action == .mailed && entry.by == "pm")
        #expect(entry.note == "reminder sent to bill.hogan@boone.kyschools.us (cc jose.munoz@boone.kyschools.us); Message-ID \(plan.messages[0].message.messageID)")
        // A district's approval of the revision it read before the message still counts.
        try fixture.record(.approve, on: letter)
        #expect(try fixture.service.open(letter.district.slug, year: letter.schoolYear).letter.status == .approved)
    }

    @Test("an editor that read the letter before the message was sent saves without a conflict; the line stays")
    func editorAfterMail() throws {
        let fixture = try configured()
        let letter = try fixture.letter(at: .inReview)
        let plan = try fixture.service.composeMail(kind: .invitation, letters: [target(letter)])
        #expect(fixture.service.sendMail(plan, via: KeepingSender()).map(\.outcome) == [.sent])
        var edited = letter
        edited.superintendent.name = "José A. Muñoz"
        let saved = try fixture.saved(fixture.service.save(edited, from: letter))
        #expect(saved.history.contains { $0.action == .mailed } && saved.superintendent.name == "José A. Muñoz")
    }

    @Test("a message that fails, or is only written to a file, is not recorded")
    func notRecorded() throws {
        let fixture = try configured()
        let letter = try fixture.letter(at: .inReview)
        let plan = try fixture.service.composeMail(kind: .reminder, letters: [target(letter)])
        let failed = fixture.service.sendMail(plan, via: KeepingSender(failing: true))
        guard case .failed(let error) = failed.first?.outcome else { Issue.record("expected a failure"); return }
        #expect(error.description.contains("connection refused"))
        let folder = fixture.root + "/outbox"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let written = fixture.service.sendMail(plan, via: FolderSender(folder: folder))
        guard case .written(let path) = written.first?.outcome else { Issue.record("expected a file"); return }
        #expect(path.hasSuffix(".eml") && FileManager.default.fileExists(atPath: path))
        let again = fixture.service.sendMail(plan, via: FolderSender(folder: folder))
        guard case .failed(let exists) = again.first?.outcome else { Issue.record("a file must never be replaced"); return }
        #expect(exists.alreadyExists)
        let after = try fixture.service.open(letter.district.slug, year: letter.schoolYear).letter
        #expect(!after.history.contains { $0.action == .mailed })
    }

    @Test("a district name that tries to add a header line stays in the subject, made visible")
    func hostileDistrict() throws {
        let fixture = try configured()
        var letter = try fixture.letter(at: .inReview)
        letter.district.name = "Boone\r\nBcc: attacker@evil.example"
        letter = try fixture.saved(fixture.service.save(letter, from: fixture.service.open(letter.district.slug, year: letter.schoolYear).letter))
        let mail = try #require(try fixture.service.composeMail(kind: .invitation, letters: [target(letter)]).messages.first)
        let header = mail.message.headerFields.flatMap(\.lines)
        #expect(!header.contains { $0.hasPrefix("Bcc") })
        #expect(header.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } })
        #expect(mail.message.body.contains("Boone^M^JBcc: attacker@evil.example's Letter"))
    }
}
