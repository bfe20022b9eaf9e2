import LetterDomain

/// SSH key fingerprints as `ssh-keygen -lf` prints them: `SHA256:` and the unpadded
/// Base64 of the SHA-256 of the decoded key blob.
public enum KeyFingerprint {
    /// The fingerprint of a key blob.
    public static func of(blob: [UInt8]) -> String {
        "SHA256:" + Base64.encode(SHA256.hash(blob), padded: false)
    }

    /// Whether `text` has the shape of a fingerprint: `SHA256:` and 43 Base64 characters.
    public static func isWellFormed(_ text: String) -> Bool {
        guard text.hasPrefix("SHA256:") else { return false }
        let body = text.utf8.dropFirst(7)
        return body.count == 43 && body.allSatisfy { c in
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x2F
        }
    }
}
