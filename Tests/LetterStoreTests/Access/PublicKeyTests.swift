import Foundation
@testable import LetterStore
import Testing

@Suite("Public key files")
struct PublicKeyTests {
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm bill@laptop"

    @Test func parsesAndFingerprintsLikeSSHKeygen() throws {
        let key = try PublicKey(parsing: Self.ed25519 + "\n", path: "k.pub")
        #expect(key.type == "ssh-ed25519")
        #expect(key.comment == "bill@laptop")
        #expect(key.fingerprint == "SHA256:+SyX4+Tnt2/kbPSDySkbNyyYRZbfvS3XwPZQQZMWr80")
        #expect(KeyFingerprint.isWellFormed(key.fingerprint))
        #expect(try PublicKey(parsing: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm", path: "k").comment == "")
    }

    @Test(arguments: [
        ("", "empty"),
        ("command=\"/bin/sh\" " + ed25519, "options"),
        ("restrict " + ed25519, "options"),
        (ed25519 + "\n" + ed25519, "more than one line"),
        ("ssh-dss AAAAB3NzaC1kc3MAAACBAP bill", "unknown key type"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTm bill", "not valid Base64"),
        ("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIP6RrST06vMoAWlk7+FPAvnzi10xQ49UepsmaLc/lTmm bill", "does not start with its type"),
        (ed25519 + "\" ,command=\"sh", "quote"),
        (ed25519 + " back\\slash", "backslash"),
        (ed25519 + " bell\u{07}", "control character"),
        (ed25519 + " \u{202E}kcilc", "control character"),
        (ed25519 + "\r\nssh-ed25519 AAAA", "more than one line"),
        (ed25519 + " a\rb", "control character"),
        ("ssh-ed25519-cert-v01@openssh.com AAAA bill", "certificates"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----", "PEM"),
        ("ssh-ed25519", "missing"),
    ])
    func refuses(_ text: String, _ reason: String) {
        do {
            _ = try PublicKey(parsing: text, path: "k.pub")
            Issue.record("accepted \(text.debugDescription)")
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
        }
    }

    @Test func fingerprintMatchesSSHKeygenForEveryType() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") else { return }  // compared above with a fixed key
        let folder = NSTemporaryDirectory() + "kyiln-keys-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (type, bits) in [("ed25519", ""), ("rsa", "2048"), ("ecdsa", "256"), ("ecdsa", "384"), ("ecdsa", "521")] {
            let file = folder + "/\(type)\(bits)"
            var arguments = ["-q", "-t", type, "-N", "", "-C", "test", "-f", file]
            if !bits.isEmpty { arguments += ["-b", bits] }
            try run("/usr/bin/ssh-keygen", arguments)
            let expected = try run("/usr/bin/ssh-keygen", ["-lf", file + ".pub"]).split(separator: " ")[1]
            let key = try PublicKey(parsing: try String(contentsOfFile: file + ".pub", encoding: .utf8), path: file + ".pub")
            #expect(key.fingerprint == String(expected), "\(type) \(bits)")
        }
    }

    @discardableResult
    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
