import LetterDomain
import FoundationEssentials

/// Signing decision files: small JSON objects, checked like reviews before decoding and
/// before writing.
enum SigningCodec {
    static func encode(_ decision: SigningDecision) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Plain value types always encode.
        let data = try! encoder.encode(decision)
        return VisibleJSON.escape(Array(data)) + [0x0A]
    }

    static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> SigningDecision {
        try LetterCodec.checkShape(bytes, path: path)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let decision: SigningDecision
        do { decision = try decoder.decode(SigningDecision.self, from: Data(bytes)) } catch {
            throw StoreError.unreadable(path: path, reason: "it is not a kyiln signature (\(error))")
        }
        if let own = decision.record.openSSH, !holdsWhatItSays(own) {
            throw StoreError.unreadable(path: path, reason: "its OpenSSH signature is not the signature its key and fingerprint say")
        }
        return decision
    }

    /// Whether an OpenSSH signature's key type, key and fingerprint are those inside its armor
    /// (a file written by hand could claim another key than the one that signed).
    static func holdsWhatItSays(_ own: OpenSSHSignature) -> Bool {
        let lines = own.armored.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        return (try? OpenSSHArmor.parse(lines)) == own
    }

    /// What the signatory typed, checked before it is written: names and titles of one line
    /// without control characters, a comment of reasonable length, a well-formed fingerprint.
    static func check(_ decision: SigningDecision) throws(SigningStoreError) {
        let record = decision.record
        for (field, text) in [("name", record.name), ("title", record.title), ("confirmation", record.confirmation)] {
            let text = text.trimmed
            if text.count > 200 { throw .invalid(field: field, reason: "is longer than 200 characters") }
            if let bad = text.unicodeScalars.first(where: ReviewCodec.isForbidden) {
                throw .invalid(field: field, reason: "contains the control character U+\(String(bad.value, radix: 16, uppercase: true))")
            }
        }
        if decision.comment.count > ReviewCodec.commentLimit {
            throw .invalid(field: "comment", reason: "is longer than \(ReviewCodec.commentLimit) characters")
        }
        if let bad = decision.comment.unicodeScalars.first(where: { $0 != "\n" && ReviewCodec.isForbidden($0) }) {
            throw .invalid(field: "comment", reason: "contains the control character U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if !record.fingerprint.isEmpty && !KeyFingerprint.isWellFormed(record.fingerprint) {
            throw .invalid(field: "key fingerprint", reason: "is not of the form SHA256:<43 base64 characters>")
        }
        if let own = record.openSSH, !holdsWhatItSays(own) {
            throw .invalid(field: "OpenSSH signature", reason: "is not the signature its key and fingerprint say")
        }
    }
}
