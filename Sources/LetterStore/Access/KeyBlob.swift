/// The decoded key data of an OpenSSH public key, checked field by field as sshd reads it
/// (RFC 4253 §6.6, RFC 5656 §3.1, PROTOCOL.u2f): every field present and of the right
/// length, the type inside equal to the type before it, and nothing left over.
enum KeyBlob {
    /// Nil when the blob is exactly a key of `type`, else the reason it is not.
    static func problem(in blob: [UInt8], type: String) -> String? {
        var reader = Reader(bytes: blob)
        guard let embedded = reader.string(), let inner = String(validating: embedded, as: UTF8.self) else {
            return "the key data does not start with its type \(type) (a damaged or mismatched key)"
        }
        guard inner == type else {
            return "the key data does not start with its type \(type) but with another (a damaged or mismatched key)"
        }
        if let reason = fieldsProblem(&reader, type: type) { return reason }
        if !reader.atEnd { return "the key data has \(reader.remaining) bytes left over after the \(type) key (a damaged key)" }
        return nil
    }

    private static let curves: [String: (name: String, point: Int)] = [
        "ecdsa-sha2-nistp256": ("nistp256", 65), "ecdsa-sha2-nistp384": ("nistp384", 97),
        "ecdsa-sha2-nistp521": ("nistp521", 133), "sk-ecdsa-sha2-nistp256@openssh.com": ("nistp256", 65),
    ]

    private static func fieldsProblem(_ reader: inout Reader, type: String) -> String? {
        let truncated = "the key data is cut short or malformed (a damaged \(type) key)"
        switch type {
        case "ssh-ed25519", "sk-ssh-ed25519@openssh.com":
            guard let key = reader.string() else { return truncated }
            guard key.count == 32 else { return "the \(type) key is \(key.count) bytes instead of 32 (a damaged key)" }
        case "ssh-rsa":
            guard let e = reader.mpint(), let n = reader.mpint() else { return truncated }
            guard !e.isEmpty, e.last! & 1 == 1 else { return "the RSA public exponent is not a positive odd number (a damaged key)" }
            let bits = n.isEmpty ? 0 : (n.count - 1) * 8 + (8 - n[0].leadingZeroBitCount)
            guard bits >= 1024, bits <= 16384 else { return "the RSA modulus has \(bits) bits; sshd accepts 1024 to 16384 (and 2048 or more is advised)" }
        default:
            guard let curve = curves[type] else { return "unknown key type \(type)" }
            guard let name = reader.string(), let point = reader.string() else { return truncated }
            guard name == Array(curve.name.utf8) else { return "the curve named in the key data is not \(curve.name) (a mismatched key)" }
            guard point.count == curve.point, point.first == 4 else {
                return "the \(curve.name) point is not an uncompressed point of \(curve.point) bytes (a damaged key)"
            }
        }
        if type.hasPrefix("sk-") {
            guard let application = reader.string(), !application.isEmpty else { return truncated }
        }
        return nil
    }

    /// Reads SSH wire fields (uint32 length, then the bytes).
    struct Reader {
        let bytes: [UInt8]
        var offset = 0
        var atEnd: Bool { offset == bytes.count }
        var remaining: Int { bytes.count - offset }

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func string() -> [UInt8]? {
            guard remaining >= 4 else { return nil }
            let length = Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard length <= remaining - 4 else { return nil }
            defer { offset += 4 + length }
            return Array(bytes[(offset + 4)..<(offset + 4 + length)])
        }

        /// A non-negative mpint without its sign byte, or nil when negative or not minimal.
        mutating func mpint() -> [UInt8]? {
            guard let value = string() else { return nil }
            guard let first = value.first else { return [] }
            if first & 0x80 != 0 { return nil }
            if first == 0 {
                guard value.count > 1, value[1] & 0x80 != 0 else { return nil }
                return Array(value.dropFirst())
            }
            return value
        }
    }
}
