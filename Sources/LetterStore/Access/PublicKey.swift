import TextSafety

/// One SSH public key, as found in a `.pub` file, checked strictly.
///
/// Accepted: exactly one line `<type> <base64> [comment]` (a final newline is allowed),
/// a known type, padded Base64 whose decoded blob is exactly a key of that type (`KeyBlob`:
/// the same type inside, every field of the right length, nothing left over),
/// no options before the type, and a comment without quotes, backslashes or control
/// characters. Anything else is refused with the reason.
public struct PublicKey: Sendable, Equatable {
    /// The key types kyiln accepts (no certificates, no DSA).
    public static let knownTypes: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]
    /// A `.pub` file is far smaller (a 16384-bit RSA key is under 3 KB).
    public static let sizeLimit = 16 * 1024
    /// Longest comment kept.
    public static let commentLimit = 200

    public let type: String
    /// The Base64 text exactly as given.
    public let base64: String
    public let blob: [UInt8]
    public let comment: String

    /// `SHA256:...`, as `ssh-keygen -lf` prints it.
    public var fingerprint: String { KeyFingerprint.of(blob: blob) }

    /// Parses the text of a `.pub` file; `path` only names it in errors.
    public init(parsing text: String, path: String) throws(AccessError) {
        func bad(_ reason: String) -> AccessError { .badKey(path: path, reason: reason) }
        if text.utf8.count > Self.sizeLimit { throw bad("the file is larger than \(Self.sizeLimit) bytes; a public key is one short line") }
        var line = Substring(text)
        if line.hasSuffix("\n") || line.hasSuffix("\r\n") { line = line.dropLast() }
        if line.isEmpty { throw bad("the file is empty") }
        if line.contains("\n") || line.contains("\r\n") { throw bad("it has more than one line; give a file with exactly one public key") }
        if let scalar = line.unicodeScalars.first(where: { $0 == "\r" || $0 == "\0" }) {
            throw bad("it contains the control character U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        if line.hasPrefix("-----") || line.hasPrefix("---- ") {
            throw bad("it is a PEM or RFC 4716 file; give the OpenSSH .pub file (ssh-keygen -y -f KEY, or ssh-keygen -i -f FILE)")
        }
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        let type = String(parts[0])
        guard Self.knownTypes.contains(type) else {
            if type.contains("=") || type.contains(",") || ["restrict", "command", "from", "environment", "no-pty", "permitopen", "cert-authority", "principals", "tunnel", "pty"].contains(where: { type.hasPrefix($0) }) {
                throw bad("it starts with options (\(VisibleLine.make(String(type.prefix(40)))) ...); give the key alone, kyiln adds the options itself")
            }
            if type.hasSuffix("-cert-v01@openssh.com") { throw bad("certificates are not accepted; give the plain public key") }
            if PrivateKeyMarker.looksPrivate(String(line)) { throw bad("it looks like a private key; give the .pub file, and keep the private key secret") }
            throw bad("unknown key type \"\(VisibleLine.make(String(type.prefix(40))))\"; accepted: \(Self.knownTypes.sorted().joined(separator: ", "))")
        }
        guard parts.count >= 2, !parts[1].isEmpty else { throw bad("the key data after \(type) is missing") }
        let base64 = String(parts[1])
        guard let blob = Base64.decode(base64) else { throw bad("the key data is not valid Base64") }
        if let reason = KeyBlob.problem(in: blob, type: type) { throw bad(reason) }
        let comment = parts.count == 3 ? String(parts[2]) : ""
        try TextRules.check(comment, field: "key comment", limit: Self.commentLimit)
        self.type = type
        self.base64 = base64
        self.blob = blob
        self.comment = comment
    }

    /// The key as it appears after the options: `<type> <base64>[ <comment>]`.
    public var keyText: String { comment.isEmpty ? "\(type) \(base64)" : "\(type) \(base64) \(comment)" }
}

/// Recognises private key files handed over by mistake.
enum PrivateKeyMarker {
    static func looksPrivate(_ text: String) -> Bool { text.contains("PRIVATE KEY") }
}

/// Shows text in an error message on one line, with control characters made visible (`TextSafety`).
enum VisibleLine {
    static func make(_ text: String) -> String {
        TextSafety.visible(text, lines: .single)
    }
}
