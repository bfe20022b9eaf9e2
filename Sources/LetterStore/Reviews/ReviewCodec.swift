import LetterDomain
import FoundationEssentials
import TextSafety

/// Review files: one small JSON object each, checked like letters before decoding.
enum ReviewCodec {
    /// A review is a few hundred bytes plus its comment.
    static let sizeLimit = 256 * 1024
    /// Longest comment kept (characters).
    static let commentLimit = Review.commentLimit
    /// Longest reviewer name (characters).
    static let nameLimit = 80

    static func encode(_ review: Review) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Plain value types always encode.
        let data = try! encoder.encode(review)
        return VisibleJSON.escape(Array(data)) + [0x0A]
    }

    static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> Review {
        try LetterCodec.checkShape(bytes, path: path)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do { return try decoder.decode(Review.self, from: Data(bytes)) } catch {
            throw StoreError.unreadable(path: path, reason: "it is not a kyiln review (\(error))")
        }
    }

    /// Checks what a reviewer typed before it is written.
    static func check(_ review: Review) throws(ReviewError) {
        let name = review.reviewerName.trimmed
        if name.count > nameLimit { throw .invalid(field: "name", reason: "is longer than \(nameLimit) characters") }
        if let bad = name.unicodeScalars.first(where: isForbidden) {
            throw .invalid(field: "name", reason: "contains the control character U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if review.comment.count > commentLimit { throw .invalid(field: "comment", reason: "is longer than \(commentLimit) characters") }
        if let bad = review.comment.unicodeScalars.first(where: { $0 != "\n" && isForbidden($0) }) {
            throw .invalid(field: "comment", reason: "contains the control character U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if !review.fingerprint.isEmpty && !KeyFingerprint.isWellFormed(review.fingerprint) {
            throw .invalid(field: "key fingerprint", reason: "is not of the form SHA256:<43 base64 characters>")
        }
    }

    /// Control and format characters (bidi overrides included) are never recorded.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        !TextSafety.isAllowedInName(scalar)
    }
}
