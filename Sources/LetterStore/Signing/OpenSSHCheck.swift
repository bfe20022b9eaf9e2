import LetterDomain
import Glibc
import SystemCalls

/// Checks a district's OpenSSH signature of a letter's canonical text with stock OpenSSH:
/// `ssh-keygen -Y verify -f <allowed signers> -I <district slug> -n kyiln-letter -s <signature>`
/// with the text on its standard input, spawned without a shell (`SystemProcess`). The two
/// files live in a private folder (mode 0700) made for the check and removed after it.
public enum OpenSSHCheck {
    /// Where stock OpenSSH's `ssh-keygen` is (openssh-client); `SystemProcess` searches no PATH.
    public static let sshKeygen = "/usr/bin/ssh-keygen"

    /// Checks `signature` of `text` for `principal` against `allowedSigners` (an allowed-signers
    /// file's text). Throws what OpenSSH said when it does not accept it.
    public static func verify(_ signature: OpenSSHSignature, of text: String, principal: DistrictSlug,
                              allowedSigners: String) throws(OpenSSHSignatureError) {
        guard access(sshKeygen, X_OK) == 0 else { throw .unavailable("\(sshKeygen) is not installed (Debian package openssh-client)") }
        guard !allowedSigners.isEmpty else { throw .refused("no key is granted as the signatory of \(principal)") }
        let folder = try privateFolder()
        defer {
            for name in ["allowed_signers", "letter.sig"] { unlink(joinPath(folder, name)) }
            rmdir(folder)
        }
        do {
            try AtomicFile.write(Array(allowedSigners.utf8), to: "allowed_signers", in: folder, mode: 0o600, durable: false)
            try AtomicFile.write(Array(signature.armored.utf8), to: "letter.sig", in: folder, mode: 0o600, durable: false)
        } catch { throw .unavailable("the files for ssh-keygen could not be written (\(error))") }
        let arguments = [sshKeygen, "-Y", "verify", "-f", joinPath(folder, "allowed_signers"), "-I", principal.rawValue,
                         "-n", AllowedSignersNamespace.name, "-s", joinPath(folder, "letter.sig")]
        let outcome: SystemProcess.Outcome
        do { outcome = try SystemProcess.run(arguments, input: Array(text.utf8), timeLimit: 30) } catch {
            throw .unavailable("ssh-keygen could not be started (\(error))")
        }
        guard outcome.succeeded else {
            let said = String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").prefix(3).joined(separator: " ")
            throw .refused(said.isEmpty ? "ssh-keygen ended with status \(outcome.status.map(String.init) ?? "none")" : said)
        }
    }

    /// The allowed-signers line that names only the key inside `signature`, for `principal`:
    /// what `kyiln verify` checks against, so a signature stays checkable after its grant ends.
    public static func allowedSigners(for signature: OpenSSHSignature, principal: DistrictSlug) -> String {
        "\(principal.rawValue) namespaces=\"\(AllowedSignersNamespace.name)\" \(signature.keyType) \(signature.publicKey)\n"
    }

    private static func privateFolder() throws(OpenSSHSignatureError) -> String {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        var template = Array((joinPath(base, "kyiln-sig.XXXXXX")).utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .unavailable("no private folder could be made in \(base) (errno \(errno))")
        }
        return String(cString: made)
    }
}

extension LetterStore {
    /// Checks the OpenSSH signature a district's signatory handed over in the review: made with
    /// the key of the session (`sessionFingerprint`), and accepted by `ssh-keygen -Y verify`
    /// for `text` against the allowed signers written from the district's signatory grants (a
    /// store that grants nobody trusts the session's key, as it does for signing).
    public func checkOpenSSH(_ signature: OpenSSHSignature, of text: String, district: DistrictSlug,
                             sessionFingerprint: String) throws(OpenSSHSignatureError) {
        if !sessionFingerprint.isEmpty, signature.fingerprint != sessionFingerprint {
            throw .otherKey(signed: signature.fingerprint, session: sessionFingerprint)
        }
        let allowed: String
        if signatoryFingerprints(for: district) == nil {
            allowed = OpenSSHCheck.allowedSigners(for: signature, principal: district)
        } else {
            do { allowed = AllowedSigners.text(try readAccess(), district: district) } catch {
                throw .unavailable("the grants could not be read")
            }
        }
        try OpenSSHCheck.verify(signature, of: text, principal: district, allowedSigners: allowed)
    }
}
