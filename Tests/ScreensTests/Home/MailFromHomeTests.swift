import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Telling districts from Home: `m` (or F9) opens the mail box for the marked letters (else
/// the selected one), which shows what would be sent and what is skipped with why; Enter sends
/// through the settings' sendmail (here a script standing in for it) on the next tick.
@Suite struct MailFromHomeTests {
    static func year(_ store: ScreenStore) throws {
        try store.create("Adair County") { fillLetterCompletely(&$0); $0.signatures = Signatures(); $0.status = .inReview }
        try store.create("Boone County") { fillLetterCompletely(&$0); $0.status = .signed }
        try store.create("Bourbon County") { fillLetterCompletely(&$0); $0.signatures = Signatures(); $0.status = .inReview }
        try store.create("Clark County") { fillLetterCompletely(&$0); $0.signatures = Signatures() }
    }

    /// Settings as `kyiln settings set` leaves them, with a stand-in sendmail that appends each
    /// message it is given to `<folder>/messages` and exits with `status`.
    static func configure(_ store: ScreenStore, sendmailStatus status: Int = 0) throws -> String {
        let folder = store.root + "/mailer"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let script = "#!/bin/sh\necho \"$@\" >> \(folder)/args\ncat >> \(folder)/messages\necho '-- end --' >> \(folder)/messages\n"
            + (status == 0 ? "exit 0\n" : "echo 'sendmail: cannot connect to mail.example' >&2\nexit \(status)\n")
        try Data(script.utf8).write(to: URL(fileURLWithPath: folder + "/sendmail"))
        chmod(folder + "/sendmail", 0o755)
        let service = store.context.service
        try service.setSetting(.mailFrom, to: "sarah.snipes@education.ky.gov")
        try service.setSetting(.reviewHost, to: "letters.education.ky.gov")
        try service.setSetting(.mailSendmail, to: folder + "/sendmail")
        return folder
    }

    @Test func inviteTheMarkedLettersAlsoTheSuperintendent() throws {
        let store = try ScreenStore()
        try Self.year(store)
        let folder = try Self.configure(store)
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.type("a")  // all four marked
        d.type("m")
        let box = d.screen
        #expect(box.contains("E-mail the districts of 4 letters"))
        #expect(box.contains("2 invitations to send:"))
        #expect(box.contains("Adair County: to ann.lee@boone.kyschools.us"))
        #expect(box.contains("2 skipped:"))
        #expect(box.contains("Boone County: it is signed: there is nothing to review"), "\(box)")
        #expect(box.contains("Clark County: it is a draft: it must be sent to review first"))
        d.press(.down, .space)  // also the superintendent
        #expect(d.screen.contains("yes, also the superintendent"))
        #expect(d.screen.contains("cc jmunoz@boone.kyschools.us"))
        d.press(.enter)
        #expect(d.screen.contains("Sending 2 messages…"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/messages"), "sent on the tick after Enter, once Sending… shows")
        d.app.handle(.tick)
        let messages = try String(contentsOfFile: folder + "/messages", encoding: .utf8)
        #expect(messages.components(separatedBy: "-- end --").count == 3, "two messages arrived")
        #expect(messages.contains("Subject: Please review Adair County's Letter of Commitment"))
        #expect(messages.contains("Subject: Please review Bourbon County's Letter of Commitment"))
        #expect(messages.contains("Cc: =?utf-8?q?Jos=C3=A9_Mu=C3=B1oz?= <jmunoz@boone.kyschools.us>"))
        #expect(try String(contentsOfFile: folder + "/args", encoding: .utf8) == "-t -oi\n-t -oi\n")
        let mailed = try store.load("Adair County").history.filter { $0.action == .mailed }
        #expect(mailed.count == 1 && mailed[0].note?.contains("invitation to review sent to ann.lee@boone.kyschools.us (cc jmunoz@boone.kyschools.us)") == true)
        #expect(try store.load("Clark County").history.allSatisfy { $0.action != .mailed })
        let report = d.screen
        #expect(report.contains("Sent 2 of 4 invitations; 2 not sent (listed, still marked)."))
        #expect(report.contains("Adair County: sent to ann.lee@boone.kyschools.us, jmunoz@boone.kyschools.us; recorded in its history"))
        #expect(report.contains("Boone County: skipped: "))
        #expect(report.contains("Clark County: skipped: it is a draft"))
        d.press(.enter)
        #expect(!d.overlayIsOpen)
        #expect(d.screen.contains("2 marked"), "the letters not sent stay marked")
        #expect(d.screen.contains("* Clark County") && !d.screen.contains("* Adair County"))
    }

    @Test func missingSettingsAreSaidWithTheCommandsThatSetThem() throws {
        let store = try ScreenStore()
        try Self.year(store)
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.press(.function(9))  // the keymap's mail key; nothing marked: the selected letter
        let box = d.screen
        #expect(box.contains("E-mail the district of Adair County"))
        #expect(box.contains("kyiln settings set mail.from ADDRESS"))
        #expect(box.contains("kyiln settings set review.host HOST"))
        d.press(.enter)
        #expect(d.overlayIsOpen)
        #expect(d.screen.contains("! Nothing sent: the store's settings lack mail.from and review.host"))
        d.press(.escape)
        #expect(!d.overlayIsOpen)
        #expect(try store.load("Adair County").history.allSatisfy { $0.action != .mailed })
    }

    @Test func aFailingMailProgramIsListedAndNothingIsRecorded() throws {
        let store = try ScreenStore()
        try Self.year(store)
        _ = try Self.configure(store, sendmailStatus: 75)
        var d = ScreenDriver(store, columns: 120, rows: 40)
        d.type("m")  // Adair, selected
        d.press(.right)  // a reminder
        #expect(d.screen.contains("1 reminder to send:"))
        d.press(.enter)
        d.app.handle(.tick)
        let report = d.screen
        #expect(report.contains("Sent 0 of 1 reminder; 1 not sent (listed)."))
        #expect(report.contains("Adair County: not sent: "))
        #expect(report.contains("with status 75: sendmail: cannot connect to mail.example"))
        #expect(report.contains("E-mail not sent, and why"))
        #expect(try store.load("Adair County").history.allSatisfy { $0.action != .mailed })
    }

    @Test func theMailKeyIsInTheHintsAndTheHelp() throws {
        let store = try ScreenStore()
        try Self.year(store)
        var d = ScreenDriver(store, columns: 120, rows: 40)
        #expect(d.screen.contains("m/F9 Mail"))
        d.press(.function(1))
        #expect(d.screen.contains("Home: e-mail marked districts (also m)"))
    }
}
