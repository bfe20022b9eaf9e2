import Foundation
import Testing

/// The district's own OpenSSH signature handed to kyiln in the line review (`signature`):
/// made with real `ssh-keygen -Y sign`, checked by kyiln with real `ssh-keygen -Y verify`,
/// kept in the record, said by `show` and checked again by `verify`; everything else refused
/// with a clear message and nothing recorded.
@Suite("An OpenSSH signature pasted in the line review", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen"), "needs ssh-keygen (openssh-client)"))
struct OpenSSHPastedSignatureTests {
    typealias Run = OpenSSHSignatureTests

    /// An approved letter, a new ed25519 key granted as Boone County's signatory, and the
    /// letter's canonical text in letter.txt.
    struct Setup {
        let folder: StoreFolder
        let key: String
        let fingerprint: String
        var letter: String { folder.path + "/letter.txt" }

        init() throws {
            folder = try SigningCommandTests().approvedLetter()
            key = folder.path + "/district_ed25519"
            try #require(try Run.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "superintendent", "-f", key]).status == 0)
            let granted = try folder.kyiln("access", "grant", "--district", "boone-county", "--key", key + ".pub", "--name", "Jane Roe",
                                           "--role", "signatory", "--title", "Superintendent")
            try #require(granted.status == 0, "\(granted.stderr)")
            fingerprint = String(try Run.run("/usr/bin/ssh-keygen", ["-lf", key + ".pub"]).output.split(separator: " ")[1])
            try #require(try folder.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "canonical", "--output", letter).status == 0)
        }

        /// The armored signature of `file` made with `key` in `namespace`.
        func sign(_ file: String, key: String? = nil, namespace: String = "kyiln-letter") throws -> String {
            try? FileManager.default.removeItem(atPath: file + ".sig")
            let signed = try Run.run("/usr/bin/ssh-keygen", ["-Y", "sign", "-n", namespace, "-f", key ?? self.key, file])
            try #require(signed.status == 0, "\(signed.output)")
            return try String(contentsOfFile: file + ".sig", encoding: .utf8)
        }

        /// The line review as this key's session, `signature`, the pasted lines, then signing.
        func review(pasting armored: String) throws -> KyilnProcess.Result {
            try KyilnProcess.run(["--store", folder.path, "review", "--district", "boone-county", "--reviewer", fingerprint],
                                 stdin: "signature\n" + armored + "Jane Roe\nSuperintendent\nyes\nquit\n")
        }

        func listed() throws -> String {
            try folder.kyiln("list", "--year", "2022-2023").stdout
        }
    }

    @Test func aGoodSignatureIsStoredShownAndVerifiedAgain() throws {
        let setup = try Setup()
        let reviewed = try setup.review(pasting: try setup.sign(setup.letter))
        #expect(reviewed.stdout.contains("OpenSSH accepts your signature of this text, made with your key (ed25519 \(setup.fingerprint))"),
                "\(reviewed.stdout)")
        #expect(reviewed.stdout.contains("also with your own SSH key (ed25519 \(setup.fingerprint)). Thank you, Jane Roe."))
        let shown = SigningCommandTests.collapsed(try setup.folder.kyiln("show", "boone-county", "--year", "2022-2023").stdout)
        #expect(shown.contains("Also signed with the district's own SSH key (ed25519 \(setup.fingerprint))."), "\(shown)")
        let verified = try setup.folder.kyiln("verify", "boone-county", "--year", "2022-2023")
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("ok: the district's own OpenSSH signature (ed25519 \(setup.fingerprint)) is of this text: ssh-keygen -Y verify accepts it"))
        let html = try setup.folder.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "html").stdout
        #expect(html.contains("<pre>-----BEGIN SSH SIGNATURE-----\n"))

        // A hand edit of the letter file: the OpenSSH signature no longer holds either.
        let path = setup.folder.path + "/letters/2022-2023/boone-county.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Train every principal", with: "Train some principals").write(toFile: path, atomically: true, encoding: .utf8)
        let caught = try setup.folder.kyiln("verify", "boone-county", "--year", "2022-2023")
        #expect(caught.status == 1)
        #expect(caught.stdout.contains("DOES NOT HOLD: the district's own OpenSSH signature (ed25519 \(setup.fingerprint)) does not hold: "
                                       + "OpenSSH does not accept the signature"), "\(caught.stdout)")
    }

    @Test func aSignatureFileClaimingAnotherKeyIsNotRead() throws {
        let setup = try Setup()
        _ = try setup.review(pasting: try setup.sign(setup.letter))
        let folder = setup.folder.path + "/reviews/2022-2023/boone-county/signatures"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".json") })
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(text.contains("\"keyType\" : \"ssh-ed25519\""))
        try text.replacingOccurrences(of: "\"keyType\" : \"ssh-ed25519\"", with: "\"keyType\" : \"ssh-rsa\"")
            .write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        let listed = try setup.folder.kyiln("list", "--year", "2022-2023")
        #expect(listed.stdout.contains("approved"), "\(listed.stdout)")
        #expect(listed.stderr.contains("its OpenSSH signature is not the signature its key and fingerprint say"), "\(listed.stderr)")
    }

    @Test func aSignatureOfAnotherTextIsRefused() throws {
        let setup = try Setup()
        let other = setup.folder.path + "/other.txt"
        let text = try String(contentsOfFile: setup.letter, encoding: .utf8)
        try text.replacingOccurrences(of: "Train every principal", with: "Train some principals").write(toFile: other, atomically: true, encoding: .utf8)
        let reviewed = try setup.review(pasting: try setup.sign(other))
        #expect(reviewed.stdout.contains("OpenSSH does not accept the signature for this letter's text"), "\(reviewed.stdout)")
        #expect(reviewed.stdout.contains("Nothing was recorded."))
        #expect(!reviewed.stdout.contains("Thank you"))
        #expect(try setup.listed().contains("approved"))
    }

    @Test func anotherNamespaceIsRefused() throws {
        let setup = try Setup()
        let reviewed = try setup.review(pasting: try setup.sign(setup.letter, namespace: "file"))
        #expect(reviewed.stdout.contains("The signature was made in the namespace \"file\", not \"kyiln-letter\""), "\(reviewed.stdout)")
        #expect(!reviewed.stdout.contains("Thank you"))
        #expect(try setup.listed().contains("approved"))
    }

    @Test func aKeyNotGrantedIsRefused() throws {
        let setup = try Setup()
        let stranger = setup.folder.path + "/stranger_ed25519"
        #expect(try Run.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", stranger]).status == 0)
        let strangerPrint = String(try Run.run("/usr/bin/ssh-keygen", ["-lf", stranger + ".pub"]).output.split(separator: " ")[1])
        let reviewed = try setup.review(pasting: try setup.sign(setup.letter, key: stranger))
        #expect(reviewed.stdout.contains("The signature was made with the key \(strangerPrint), not with the key you connected with (\(setup.fingerprint))"),
                "\(reviewed.stdout)")
        #expect(!reviewed.stdout.contains("Thank you"))
        #expect(try setup.listed().contains("approved"))
    }

    @Test func garbageArmorIsRefusedWithAClearMessage() throws {
        let setup = try Setup()
        let garbage = try setup.review(pasting: "-----BEGIN SSH SIGNATURE-----\nnot base64 at all!\n-----END SSH SIGNATURE-----\n")
        #expect(garbage.stdout.contains("That is not an OpenSSH signature: line 2 is not Base64. Nothing was recorded."), "\(garbage.stdout)")
        let noArmor = try setup.review(pasting: "hello\n")
        #expect(noArmor.stdout.contains("That is not an OpenSSH signature: the first line must be -----BEGIN SSH SIGNATURE-----."))
        let cut = try setup.sign(setup.letter).split(separator: "\n").dropLast(2).joined(separator: "\n")
        let truncated = try setup.review(pasting: cut + "\n-----END SSH SIGNATURE-----\n")
        #expect(truncated.stdout.contains("That is not an OpenSSH signature:"), "\(truncated.stdout)")
        #expect(!truncated.stdout.contains("Thank you"))
        #expect(try setup.listed().contains("approved"))
    }
}
