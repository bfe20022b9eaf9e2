import Foundation
import LetterDomain
import LetterStore
import Testing

/// Signing without paper with the real binary: a signatory granted on the command line signs
/// over `kyiln review` (line mode, as `ssh -T`), `verify` confirms the record, the canonical
/// export hashes to the recorded SHA-256 with `sha256sum`, and a hand edit of the letter file
/// is caught by name.
@Suite("kyiln signing, verify and the canonical export")
struct SigningCommandTests {
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm jane@office\n"
    static let fingerprint = "SHA256:+SyX4+Tnt2/kbPSDySkbNyyYRZbfvS3XwPZQQZMWr80"
    static let edition = try! EditionCatalog.bundled.edition(id: "2022-2023")

    /// Boone County's 2022-2023 letter, complete, approved, unsigned; Jane Roe granted as its signatory.
    func approvedLetter() throws -> StoreFolder {
        let folder = StoreFolder()
        try #require(try folder.kyiln("new", "--district", "Boone County", "--year", "2022-2023").status == 0)
        let store = try LetterStore.open(at: folder.path)
        var letter = try store.load(try DistrictSlug("boone-county"), year: try SchoolYear("2022-2023"))
        letter.superintendent = Superintendent(name: "Jane Roe", email: "jroe@boone.kyschools.us")
        letter.contacts = [Contact(name: "Ann Lee", title: "Director of Innovation", email: "ann.lee@boone.kyschools.us")]
        for prompt in Self.edition.prompts where prompt.answer == .text { letter.reflections[prompt.id] = "We opened two labs." }
        letter.actions = ["Grow the innovation labs", "Train every principal"]
        for item in Self.edition.expectations { letter.acknowledgements[item.id] = true }
        letter.status = .approved
        try store.save(letter, by: "pm")
        let keyPath = folder.path + "/jane.pub"
        try Self.key.write(toFile: keyPath, atomically: true, encoding: .utf8)
        let granted = try folder.kyiln("access", "grant", "--district", "boone-county", "--key", keyPath, "--name", "Jane Roe",
                                       "--role", "signatory", "--title", "Superintendent")
        try #require(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout == "granted boone-county to Jane Roe, Superintendent, as signatory: \(Self.fingerprint)\n")
        return folder
    }

    /// Text with every run of spaces and line breaks made one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What another program printed (sha256sum, ssh-keygen), run without a shell.
    static func output(of program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func sign(_ folder: StoreFolder) throws -> KyilnProcess.Result {
        try KyilnProcess.run(["--store", folder.path, "review", "--district", "boone-county", "--reviewer", Self.fingerprint],
                             stdin: "sign\nJane Roe\nSuperintendent\nyes\nquit\n")
    }

    @Test func signVerifyAndRecomputeTheHashWithSha256sum() throws {
        let folder = try approvedLetter()
        #expect(try folder.kyiln("access", "list").stdout.contains("boone-county  Jane Roe  signatory (Superintendent)  \(Self.fingerprint)"))
        let signed = try sign(folder)
        #expect(signed.stdout.contains("Thank you, Jane Roe."), "\(signed.stdout)")
        // The note under the signature lines is wrapped like the rest of the letter.
        let shown = Self.collapsed(try folder.kyiln("show", "boone-county", "--year", "2022-2023").stdout)
        #expect(shown.contains("Signed by Jane Roe, Superintendent, on "), "\(shown)")
        #expect(shown.contains("over SSH with the key \(Self.fingerprint)"))
        let verified = try folder.kyiln("verify", "boone-county", "--year", "2022-2023")
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("The signed record holds"))

        let canonical = folder.path + "/letter.txt"
        #expect(try folder.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "canonical", "--output", canonical).status == 0)
        let hash = String(try Self.output(of: "/usr/bin/sha256sum", [canonical]).prefix(64))
        #expect(shown.contains("the text's SHA-256 is \(hash)"), "sha256sum of the export is the recorded hash")
        let html = try folder.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "html")
        #expect(html.stdout.contains("<h2>Signature page</h2>"))
        #expect(html.stdout.contains("<code>\(hash)</code>"))
    }

    @Test func verifyCatchesALetterFileEditedByHand() throws {
        let folder = try approvedLetter()
        _ = try sign(folder)
        #expect(try folder.kyiln("verify", "boone-county", "--year", "2022-2023").status == 0)
        let path = folder.path + "/letters/2022-2023/boone-county.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Train every principal"))
        try text.replacingOccurrences(of: "Train every principal", with: "Train some principals").write(toFile: path, atomically: true, encoding: .utf8)
        let caught = try folder.kyiln("verify", "boone-county", "--year", "2022-2023")
        #expect(caught.status == 1)
        #expect(caught.stdout.contains("DOES NOT HOLD: the district's signature (Jane Roe) was of a text with SHA-256"), "\(caught.stdout)")
        #expect(caught.stdout.contains("Changed since: actions[1]"))
    }

    @Test func aLetterSignedOnPaperSaysSoAndHasNothingToVerify() throws {
        let folder = try approvedLetter()
        #expect(try folder.kyiln("set", "boone-county", "--year", "2022-2023", "signatures.district.name", "Jane Roe").status == 0)
        #expect(try folder.kyiln("set", "boone-county", "--year", "2022-2023", "signatures.district.title", "Superintendent").status == 0)
        let paper = try folder.kyiln("status", "boone-county", "--year", "2022-2023", "signed")
        #expect(paper.status == 0, "\(paper.stderr)")
        let shown = Self.collapsed(try folder.kyiln("show", "boone-county", "--year", "2022-2023").stdout)
        #expect(shown.contains("Signed on paper by Jane Roe on "), "\(shown)")
        #expect(shown.contains("recorded by KDE on "))
        let verified = try folder.kyiln("verify", "boone-county", "--year", "2022-2023")
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("signed on paper"))
    }
}
