import Foundation
import Testing

/// A district's own OpenSSH signature of the canonical text, checked with stock `ssh-keygen`
/// against the allowed-signers file `kyiln export --format allowed-signers` writes from the
/// grants: exactly the commands the guides give.
@Suite("OpenSSH signatures of the canonical text")
struct OpenSSHSignatureTests {
    /// Runs a program without a shell, standard input from `input` (a file) when given.
    static func run(_ program: String, _ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let input { process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input)) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen"), "needs ssh-keygen (openssh-client)"))
    func aSignatureMadeWithSshKeygenVerifiesAgainstTheExportedAllowedSigners() throws {
        let folder = try SigningCommandTests().approvedLetter()
        let key = folder.path + "/district_ed25519"
        #expect(try Self.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "superintendent", "-f", key]).status == 0)
        let granted = try folder.kyiln("access", "grant", "--district", "boone-county", "--key", key + ".pub", "--name", "Jane Roe",
                                       "--role", "signatory", "--title", "Superintendent")
        #expect(granted.status == 0, "\(granted.stderr)")
        let letter = folder.path + "/letter.txt", allowed = folder.path + "/allowed_signers"
        #expect(try folder.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "canonical", "--output", letter).status == 0)
        let signers = try folder.kyiln("export", "--format", "allowed-signers", "--output", allowed)
        #expect(signers.status == 0, "\(signers.stderr)")
        let lines = try String(contentsOfFile: allowed, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2, "both signatory keys: \(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("boone-county namespaces=\"kyiln-letter\" ssh-ed25519 ") })

        let signed = try Self.run("/usr/bin/ssh-keygen", ["-Y", "sign", "-n", "kyiln-letter", "-f", key, letter])
        #expect(signed.status == 0, "\(signed.output)")
        let verify = ["-Y", "verify", "-f", allowed, "-I", "boone-county", "-n", "kyiln-letter", "-s", letter + ".sig"]
        let good = try Self.run("/usr/bin/ssh-keygen", verify, input: letter)
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output.contains("Good \"kyiln-letter\" signature for boone-county"))

        // One changed character and the signature no longer holds.
        let text = try String(contentsOfFile: letter, encoding: .utf8)
        try text.replacingOccurrences(of: "Train every principal", with: "Train some principals").write(toFile: letter, atomically: true, encoding: .utf8)
        #expect(try Self.run("/usr/bin/ssh-keygen", verify, input: letter).status != 0)
        // Another namespace is not a letter signature.
        try text.write(toFile: letter, atomically: true, encoding: .utf8)
        let other = ["-Y", "verify", "-f", allowed, "-I", "boone-county", "-n", "file", "-s", letter + ".sig"]
        #expect(try Self.run("/usr/bin/ssh-keygen", other, input: letter).status != 0)
    }
}
