import Foundation
import Testing

@Suite("kyiln access and review on the command line")
struct AccessCommandTests {
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm bill@laptop\n"
    static let fingerprint = "SHA256:+SyX4+Tnt2/kbPSDySkbNyyYRZbfvS3XwPZQQZMWr80"

    func keyFile(_ folder: StoreFolder, _ text: String) throws -> String {
        let path = folder.path + ".key.pub"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func grantListRevoke() throws {
        let folder = StoreFolder()
        let key = try keyFile(folder, Self.key)
        defer { try? FileManager.default.removeItem(atPath: key) }
        let granted = try folder.kyiln("access", "grant", "--district", "boone-county", "--key", key, "--name", "Bill Hogan")
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout == "granted boone-county to Bill Hogan: \(Self.fingerprint)\n")
        let file = try String(contentsOfFile: folder.path + "/access/authorized_keys", encoding: .utf8)
        let kyiln = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        _ = kyiln
        #expect(file.contains("review --district boone-county --reviewer \(Self.fingerprint)\",restrict,pty ssh-ed25519 "))
        #expect(file.contains("command=\"SWIFT_BACKTRACE=enable=no exec /"), "the backtracer is kept off the contact's terminal, and kyiln is the session's own process")
        let listed = try folder.kyiln("access", "list")
        #expect(listed.stdout.contains("boone-county  Bill Hogan  reviewer  \(Self.fingerprint)"))
        let keys = try folder.kyiln("access", "keys")
        #expect(keys.stdout.hasPrefix("command=\"") && keys.stdout.split(separator: "\n").count == 1)
        let revoked = try folder.kyiln("access", "revoke", "--district", "boone-county")
        #expect(revoked.status == 0)
        #expect(try folder.kyiln("access", "revoke", "--fingerprint", Self.fingerprint).status == 66)
        #expect(try folder.kyiln("access", "list").stdout == "DISTRICT  NAME  ROLE  FINGERPRINT  GRANTED\n")
    }

    @Test func refusesBadKeysNamesAndSlugs() throws {
        let folder = StoreFolder()
        let options = try keyFile(folder, "command=\"/bin/sh\" " + Self.key)
        defer { try? FileManager.default.removeItem(atPath: options) }
        let refused = try folder.kyiln("access", "grant", "--district", "boone-county", "--key", options, "--name", "Bill")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("starts with options"))
        let good = try keyFile(folder, Self.key)
        #expect(try folder.kyiln("access", "grant", "--district", "../etc", "--key", good, "--name", "Bill").status == 64)
        #expect(try folder.kyiln("access", "grant", "--district", "boone-county", "--key", good, "--name", "Bill\"; sh").status == 64)
        #expect(try folder.kyiln("access", "init").status == 64)
    }

    @Test func reviewWithoutATerminalIsTheLineReviewAndIgnoresTheOriginalCommand() throws {
        let folder = StoreFolder()
        let result = try KyilnProcess.run(["--store", folder.path, "review", "--district", "boone-county"],
                                          environment: ["SSH_ORIGINAL_COMMAND": "cat /etc/passwd"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kyiln review, line mode."))
        #expect(result.stdout.contains("There is no letter for boone-county yet."))
        #expect(!result.stdout.contains("root:"))
        let bad = try folder.kyiln("review", "--district", "boone-county", "--reviewer", "SHA256:nope")
        #expect(bad.status == 64)
    }
}
