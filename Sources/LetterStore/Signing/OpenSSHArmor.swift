import LetterDomain

/// Why an OpenSSH signature handed to kyiln was not accepted, said to the person who pasted it.
public enum OpenSSHSignatureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not the armor `ssh-keygen -Y sign` writes; the reason names the line or part.
    case malformed(String)
    /// Longer than any signature kyiln accepts (`OpenSSHArmor.sizeLimit`).
    case tooLong
    /// Made in another namespace than `kyiln-letter`.
    case namespace(String)
    /// Made with a key that is not the one this session connected with.
    case otherKey(signed: String, session: String)
    /// `ssh-keygen -Y verify` did not accept it for this text, with what it said.
    case refused(String)
    /// `ssh-keygen` could not be run.
    case unavailable(String)

    public var description: String {
        switch self {
        case .malformed(let why): "That is not an OpenSSH signature: \(why)."
        case .tooLong: "That is longer than any OpenSSH signature (more than \(OpenSSHArmor.sizeLimit) characters or \(OpenSSHArmor.lineLimit) lines)."
        case .namespace(let found):
            "The signature was made in the namespace \"\(found)\", not \"\(AllowedSignersNamespace.name)\": sign with ssh-keygen -Y sign -n \(AllowedSignersNamespace.name)."
        case .otherKey(let signed, let session):
            "The signature was made with the key \(signed), not with the key you connected with (\(session)): sign with the same key."
        case .refused(let said): "OpenSSH does not accept the signature for this letter's text: \(said)"
        case .unavailable(let why): "The signature could not be checked: \(why)."
        }
    }
}

/// Reads the armored OpenSSH signature a person pasted (`-----BEGIN SSH SIGNATURE-----`, the
/// Base64 lines, `-----END SSH SIGNATURE-----`), strictly: nothing before or after, only the
/// Base64 alphabet, a well-formed `SSHSIG` blob inside; it names the key and namespace inside.
public enum OpenSSHArmor {
    public static let begin = "-----BEGIN SSH SIGNATURE-----"
    public static let end = "-----END SSH SIGNATURE-----"
    /// An RSA 16384-bit signature is under 6 KiB of armor; anything longer is not a signature.
    public static let sizeLimit = 8 * 1024
    public static let lineLimit = 120

    /// The signature in `lines` (as pasted: trailing spaces and CR are forgiven, nothing else).
    public static func parse(_ lines: [String]) throws(OpenSSHSignatureError) -> OpenSSHSignature {
        let trimmed = lines.map { line in String(line.reversed().drop { $0 == " " || $0 == "\r" || $0 == "\t" }.reversed()) }
        guard trimmed.count <= lineLimit, trimmed.reduce(0, { $0 + $1.utf8.count }) <= sizeLimit else { throw .tooLong }
        guard trimmed.first == begin else { throw .malformed("the first line must be \(begin)") }
        guard trimmed.count >= 3, trimmed.last == end else { throw .malformed("the last line must be \(end)") }
        let body = trimmed.dropFirst().dropLast()
        for (number, line) in body.enumerated() where line.isEmpty || !line.utf8.allSatisfy(isBase64) {
            throw .malformed("line \(number + 2) is not Base64")
        }
        guard let blob = Base64.decode(body.joined()) else { throw .malformed("the Base64 does not decode") }
        var reader = BlobReader(bytes: blob)
        guard reader.take(6).map({ Array($0) }) == Array("SSHSIG".utf8), let version = reader.uint32(), version == 1 else {
            throw .malformed("it does not hold an SSHSIG version 1 signature")
        }
        guard let key = reader.string(), let namespace = reader.string(), reader.string() != nil, reader.string() != nil,
              reader.string() != nil, reader.isAtEnd else {
            throw .malformed("the signature inside is cut short or has bytes after it")
        }
        var keyReader = BlobReader(bytes: Array(key))
        guard let typeBytes = keyReader.string(), let keyType = String(validating: typeBytes, as: UTF8.self),
              !keyType.isEmpty, keyType.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw .malformed("the key inside has no type")
        }
        let space = String(decoding: namespace, as: UTF8.self)
        guard space == AllowedSignersNamespace.name else { throw .namespace(space) }
        return OpenSSHSignature(armored: ([begin] + body + [end]).map { $0 + "\n" }.joined(), keyType: keyType,
                                publicKey: Base64.encode(Array(key)), fingerprint: KeyFingerprint.of(blob: Array(key)))
    }

    private static func isBase64(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x2F || c == 0x3D
    }
}

/// Reads the SSH wire format: big-endian uint32 and length-prefixed strings.
private struct BlobReader {
    var bytes: [UInt8]
    var at = 0

    var isAtEnd: Bool { at == bytes.count }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, bytes.count - at >= count else { return nil }
        defer { at += count }
        return bytes[at..<at + count]
    }

    mutating func uint32() -> UInt32? {
        take(4).map { $0.reduce(0) { $0 << 8 | UInt32($1) } }
    }

    mutating func string() -> ArraySlice<UInt8>? {
        guard let length = uint32(), length <= UInt32(bytes.count) else { return nil }
        return take(Int(length))
    }
}
