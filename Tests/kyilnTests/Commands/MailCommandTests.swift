import Foundation
import LetterDomain
import LetterStore
import Testing

/// `kyiln settings` and `kyiln mail`, run as real processes; the mail program is a small
/// script standing in for sendmail (the real one, msmtp to an SMTP server, is in
/// `MailSMTPEndToEndTests`).
@Suite("kyiln settings and kyiln mail")
struct MailCommandTests {
    private func seeded(_ status: LetterStatus = .inReview) throws -> StoreFolder {
        let store = StoreFolder()
        try LetterStore.open(at: store.path).create(try LetterSeeds.completeBoone(status: status), by: "tester")
        return store
    }

    private func configure(_ store: StoreFolder, sendmail: String? = nil) throws {
        #expect(try store.kyiln("settings", "set", "mail.from", "sarah.snipes@education.ky.gov").status == 0)
        #expect(try store.kyiln("settings", "set", "review.host", "letters.education.ky.gov").status == 0)
        if let sendmail { #expect(try store.kyiln("settings", "set", "mail.sendmail", sendmail).status == 0) }
    }

    /// A stand-in sendmail: keeps its arguments and input in `folder`, exits with `status`.
    private func fakeSendmail(in folder: String, status: Int = 0) throws -> String {
        let path = folder + "/sendmail"
        let script = "#!/bin/sh\necho \"$@\" > \(folder)/args\ncat > \(folder)/message\n"
            + (status == 0 ? "exit 0\n" : "echo 'sendmail: cannot connect to mail.example: Connection refused' >&2\nexit \(status)\n")
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
        return path
    }

    @Test("settings: defaults listed, a value checked before it is stored, unknown names refused")
    func settings() throws {
        let store = StoreFolder()
        let listed = try store.kyiln("settings")
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("mail.sendmail") && listed.stdout.contains("/usr/sbin/sendmail (default)"))
        #expect(listed.stdout.contains("mail.from") && listed.stdout.contains("(not set)"))
        let bad = try store.kyiln("settings", "set", "mail.from", "sarah@education.ky.gov\nBcc: x@evil.example")
        #expect(bad.status == 64 && bad.stderr.contains("mail.from cannot be"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("\nBcc"), "the value is shown with its line break visible")
        #expect(try store.kyiln("settings", "set", "mail.sendmail", "sendmail").status == 64)
        #expect(try store.kyiln("settings", "set", "mail.color", "red").stderr.contains("unknown setting"))
        #expect(try store.kyiln("settings", "set", "review.host", "letters.education.ky.gov").status == 0)
        #expect(try store.kyiln("settings", "list").stdout.contains("letters.education.ky.gov"))
        #expect(try store.kyiln("settings", "unset", "review.host").status == 0)
        #expect(try store.kyiln("settings").stdout.contains("review.host     (not set)"))
    }

    @Test("mail without mail.from and review.host: exit 78, saying what to set")
    func missingSettings() throws {
        let store = try seeded()
        let result = try store.kyiln("mail", "invite", "--year", "2022-2023")
        #expect(result.status == 78)
        #expect(result.stderr.contains("kyiln settings set mail.from ADDRESS") && result.stderr.contains("kyiln settings set review.host HOST"))
    }

    @Test("--dry-run prints the message and sends and records nothing")
    func dryRun() throws {
        let store = try seeded()
        try configure(store, sendmail: "/nonexistent/sendmail")
        let result = try store.kyiln("mail", "remind", "--year", "2022-2023", "--superintendent", "--dry-run")
        #expect(result.status == 0, "\(result.stderr)")
        for piece in ["To: Bill Hogan <bill.hogan@boone.kyschools.us>", "Cc: =?utf-8?q?Jos=C3=A9_Mu=C3=B1oz?= <jose.munoz@boone.kyschools.us>",
                      "Subject: Reminder: Boone County's Letter of Commitment", "ssh -t kyiln@letters.education.ky.gov", "(not sent)"] {
            #expect(result.stdout.contains(piece), "\(piece) in:\n\(result.stdout)")
        }
        #expect(!(try store.kyiln("history", "boone-county", "--year", "2022-2023").stdout.contains("e-mailed")))
    }

    @Test("sent through the mail program with -t -oi, and recorded in the history")
    func sent() throws {
        let store = try seeded()
        let folder = store.path + "/bin"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try configure(store, sendmail: try fakeSendmail(in: folder))
        let result = try store.kyiln("mail", "invite", "--year", "2022-2023", "boone-county")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("sent invitation for boone-county 2022-2023 to bill.hogan@boone.kyschools.us; recorded in its history"))
        #expect(try String(contentsOfFile: folder + "/args", encoding: .utf8) == "-t -oi\n")
        let message = try String(contentsOfFile: folder + "/message", encoding: .utf8)
        #expect(message.hasPrefix("Date: ") && message.contains("\nSubject: Please review Boone County's Letter of Commitment for 2022-2023\n"))
        #expect(!message.contains("\r"), "sendmail gets local line endings")
        let history = try store.kyiln("history", "boone-county", "--year", "2022-2023").stdout
        #expect(history.contains("e-mailed (invitation to review sent to bill.hogan@boone.kyschools.us; Message-ID <"), "\(history)")
    }

    @Test("a mail program that fails: exit 74 with what it said; nothing recorded")
    func sendmailFails() throws {
        let store = try seeded()
        let folder = store.path + "/bin"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try configure(store, sendmail: try fakeSendmail(in: folder, status: 75))
        let result = try store.kyiln("mail", "remind", "--year", "2022-2023")
        #expect(result.status == 74)
        #expect(result.stderr.contains("exited with status 75: sendmail: cannot connect to mail.example: Connection refused"), "\(result.stderr)")
        #expect(!(try store.kyiln("history", "boone-county", "--year", "2022-2023").stdout.contains("e-mailed")))
    }

    @Test("--output writes .eml files with CRLF and sends nothing")
    func output() throws {
        let store = try seeded()
        try configure(store, sendmail: "/nonexistent/sendmail")
        let folder = store.path + "/outbox"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let result = try store.kyiln("mail", "invite", "--year", "2022-2023", "--output", folder)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1 && files[0].hasPrefix("2022-2023-boone-county-invitation-") && files[0].hasSuffix(".eml"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + files[0]))
        #expect(String(decoding: bytes, as: UTF8.self).contains("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"))
        #expect(result.stdout.contains("not sent, nothing recorded"))
    }

    @Test("letters not in review and letters without an address are skipped with why")
    func skipped() throws {
        let store = try seeded(.draft)
        try configure(store)
        let draft = try store.kyiln("mail", "invite", "--year", "2022-2023", "boone-county", "--dry-run")
        #expect(draft.status == 3)
        #expect(draft.stderr.contains("skipped boone-county 2022-2023: it is a draft: it must be sent to review first (kyiln status boone-county --year 2022-2023 in-review)"))
        let year = try store.kyiln("mail", "invite", "--year", "2022-2023", "--dry-run")
        #expect(year.status == 0 && year.stdout == "no letter of 2022-2023 is in review: nothing to send (1 letter(s) in other statuses: kyiln list shows them)\n", "\(year.stdout)")

        let noAddress = try seeded()
        try configure(noAddress)
        try noAddress.kyiln("set", "boone-county", "--year", "2022-2023", "contacts[0].email", "bill at boone")
        let result = try noAddress.kyiln("mail", "remind", "--year", "2022-2023", "--dry-run")
        #expect(result.status == 65)
        #expect(result.stderr.contains("skipped boone-county 2022-2023: no usable address: contacts[0].email \"bill at boone\": it holds a space"), "\(result.stderr)")
    }
}
