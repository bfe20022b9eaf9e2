import Foundation
import LetterDomain
import LetterStore
import Testing

/// `kyiln mail remind` through a real mail chain on 127.0.0.1: msmtp (Debian's `msmtp`) as the
/// sendmail, delivering over SMTP to an aiosmtpd server (Debian's `python3-aiosmtpd`) that this
/// test starts on a free port and that keeps every message it receives. What arrived is parsed
/// with Python's own e-mail parser (`email.policy.default`): recipients, headers, encodings, body.
///
/// `scripts/test` installs both packages; as root this test installs them too when missing
/// (`scripts/needs`), so on CI it always runs. Elsewhere, without them, it is skipped and says why.
@Suite("Mail to a real SMTP server", .serialized)
struct MailSMTPEndToEndTests {
    static let python = "/usr/bin/python3"
    static let msmtp = "/usr/bin/msmtp"

    /// Whether the server and msmtp can be used here (installing them as root when missing).
    static let available: Bool = {
        if !tools() && getuid() == 0 {
            _ = try? KyilnProcess.runProgram("/bin/bash", [PackageRoot.url().appendingPathComponent("scripts/needs").path, "msmtp", "python3-aiosmtpd"])
        }
        return tools()
    }()

    static func tools() -> Bool {
        FileManager.default.isExecutableFile(atPath: msmtp)
            && (try? KyilnProcess.runProgram(python, ["-c", "import aiosmtpd"]))?.status == 0
    }

    @Test("a reminder per district arrives well formed: recipients, encoded names, Date, body with the fingerprint",
          .enabled(if: available, "cannot start the SMTP server: needs \(msmtp) and \(python) with aiosmtpd (apt-get install msmtp python3-aiosmtpd; scripts/test installs them)"),
          .timeLimit(.minutes(2)))
    func remindersArrive() throws {
        let store = StoreFolder()
        let fingerprint = try seed(store)
        let inbox = store.path + "/inbox", home = store.path + "/home"
        for folder in [inbox, home] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false) }
        let server = try SMTPSink(folder: inbox)
        defer { server.stop() }
        // msmtp reads ~/.msmtprc, which must be the user's alone.
        let config = "defaults\nauth off\ntls off\nsyslog off\naccount default\nhost 127.0.0.1\nport \(server.port)\nfrom sarah.snipes@education.ky.gov\n"
        #expect(FileManager.default.createFile(atPath: home + "/.msmtprc", contents: Data(config.utf8), attributes: [.posixPermissions: 0o600]), "a file the test needs could not be created")
        for (name, value) in [("mail.from", "sarah.snipes@education.ky.gov"), ("mail.from-name", "Sarah Snipes (KDE)"),
                              ("review.host", "letters.education.ky.gov"), ("mail.sendmail", Self.msmtp)] {
            #expect(try store.kyiln("settings", "set", name, value).status == 0)
        }
        // Far from UTC (+14:00, as on Kiritimati), so a Date written in UTC by mistake shows.
        let sent = try KyilnProcess.run(["--store", store.path, "mail", "remind", "--year", "2022-2023", "--superintendent"],
                                        environment: ["HOME": home, "TZ": "<+14>-14", "XDG_CONFIG_HOME": home + "/.config"])
        #expect(sent.status == 0, "\(sent.stdout)\n\(sent.stderr)")
        #expect(sent.stdout.contains("sent reminder for boone-county 2022-2023") && sent.stdout.contains("sent reminder for canon-independent 2022-2023"))

        let arrived = try Self.parse(inbox)
        #expect(arrived.count == 2, "\(arrived)")
        for message in arrived {
            #expect(message.defects.isEmpty, "\(message.defects)")
            #expect(Set(message.envelopeTo) == Set(message.to + message.cc), "every header recipient, and only they, got it")
            #expect(message.envelopeFrom == "sarah.snipes@education.ky.gov" && message.from == "\"Sarah Snipes (KDE)\" <sarah.snipes@education.ky.gov>")
            #expect(message.utcOffset == 14 * 3600, "Date: \(message.date)")
            #expect(message.contentType == "text/plain" && message.charset == "utf-8" && message.mimeVersion == "1.0")
            #expect(message.longestHeaderLine <= 78)
            #expect(message.messageID.hasSuffix("@education.ky.gov>"))
        }
        let boone = try #require(arrived.first { $0.to == ["bill.hogan@boone.kyschools.us"] })
        #expect(boone.cc == ["jose.munoz@boone.kyschools.us"] && boone.ccNames == ["José Muñoz"])
        #expect(boone.subject == "Reminder: Boone County's Letter of Commitment for 2022-2023 is waiting for your review")
        #expect(boone.body.contains("Boone County") && boone.body.contains(fingerprint) && boone.body.contains("ssh -T kyiln@letters.education.ky.gov"))
        let canon = try #require(arrived.first { $0.to == ["zoe@canon.kyschools.us"] })
        #expect(canon.toNames == ["Zoë Ångström, Ph.D."] && canon.cte == "quoted-printable")
        #expect(canon.subject.hasPrefix("Reminder: Cañón Independent's Letter of Commitment"))
        #expect(canon.body.contains("Hello Zoë Ångström, Ph.D.,") && canon.body.contains("No SSH key is on file for Cañón Independent yet"))
        // The history names the message that arrived.
        let history = try store.kyiln("history", "boone-county", "--year", "2022-2023").stdout
        #expect(history.contains("e-mailed (reminder sent to bill.hogan@boone.kyschools.us (cc jose.munoz@boone.kyschools.us); Message-ID \(boone.messageID))"), "\(history)")
    }

    /// Two letters in review, Boone County with a key on file; returns that key's fingerprint.
    private func seed(_ store: StoreFolder) throws -> String {
        let letters = try LetterStore.open(at: store.path)
        try letters.create(try LetterSeeds.completeBoone(status: .inReview), by: "tester")
        var canon = try LetterSeeds.completeBoone(status: .inReview)
        canon.district = District(name: "Cañón Independent", slug: try DistrictSlug("canon-independent"))
        canon.contacts = [Contact(name: "Zoë Ångström, Ph.D.", title: "Director", email: "zoe@canon.kyschools.us")]
        canon.superintendent = Superintendent(name: "", email: "")
        try letters.create(canon, by: "tester")
        let key = try PublicKey(parsing: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm bill@laptop", path: "bill.pub")
        try letters.grant(district: try DistrictSlug("boone-county"), key: key, name: "Bill Hogan", kyiln: "/usr/local/bin/kyiln")
        return key.fingerprint
    }

    /// What Python's e-mail parser makes of one received message.
    struct Received: Decodable {
        var envelopeFrom: String
        var envelopeTo: [String]
        var from: String
        var to: [String]
        var toNames: [String]
        var cc: [String]
        var ccNames: [String]
        var subject: String
        var date: String
        var utcOffset: Int
        var messageID: String
        var mimeVersion: String
        var contentType: String
        var charset: String
        var cte: String
        var body: String
        var defects: [String]
        var longestHeaderLine: Int
    }

    static let parser = """
        import email, email.policy, glob, json, sys
        out = []
        for path in sorted(glob.glob(sys.argv[1] + "/*.eml")):
            raw = open(path, "rb").read()
            envelope = json.load(open(path[:-4] + ".json"))
            m = email.message_from_bytes(raw, policy=email.policy.default)
            header = raw.split(b"\\r\\n\\r\\n", 1)[0].split(b"\\r\\n")
            defects = [str(d) for d in m.defects] + [str(d) for k in m.keys() for d in getattr(m[k], "defects", ())]
            def boxes(name):
                return list(m[name].addresses) if m[name] else []
            out.append({"envelopeFrom": envelope["from"], "envelopeTo": envelope["to"], "from": str(m["From"]),
                "to": [a.addr_spec for a in boxes("To")], "toNames": [a.display_name for a in boxes("To")],
                "cc": [a.addr_spec for a in boxes("Cc")], "ccNames": [a.display_name for a in boxes("Cc")],
                "subject": str(m["Subject"]), "date": str(m["Date"]), "utcOffset": int(m["Date"].datetime.utcoffset().total_seconds()),
                "messageID": str(m["Message-ID"]), "mimeVersion": str(m["MIME-Version"]), "contentType": m.get_content_type(),
                "charset": m.get_content_charset(), "cte": str(m["Content-Transfer-Encoding"]), "body": m.get_content(),
                "defects": defects, "longestHeaderLine": max(len(line) for line in header)})
        print(json.dumps(out))
        """

    static func parse(_ inbox: String) throws -> [Received] {
        let result = try KyilnProcess.runProgram(python, ["-c", parser, inbox])
        guard result.status == 0 else { throw SMTPSink.Failure(description: "the parser failed: \(result.stderr)") }
        return try JSONDecoder().decode([Received].self, from: Data(result.stdout.utf8))
    }
}
