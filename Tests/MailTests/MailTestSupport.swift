@testable import Mail

/// Decodes what a mail reader would show for a header value: unfolded, encoded-words (UTF-8, Q
/// and B) decoded, the white space between two adjacent encoded-words dropped (RFC 2047 6.2).
enum HeaderDecoding {
    static func unfold(_ lines: [String]) -> String {
        lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(separator: " ")
    }

    static func decode(_ value: String) -> String {
        var out = ""
        var previousWasEncoded = false
        var pendingSpace = ""
        for token in value.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            if let decoded = decodeWord(token) {
                out += (previousWasEncoded ? "" : pendingSpace) + decoded
                previousWasEncoded = true
            } else {
                out += pendingSpace + token
                previousWasEncoded = false
            }
            pendingSpace = " "
        }
        return out
    }

    static func decodeWord(_ word: String) -> String? {
        guard word.hasPrefix("=?utf-8?q?"), word.hasSuffix("?=") else { return nil }
        let text = Array(word.dropFirst(10).dropLast(2).utf8)
        var bytes: [UInt8] = []
        var i = 0
        while i < text.count {
            if text[i] == UInt8(ascii: "_") { bytes.append(0x20); i += 1 }
            else if text[i] == UInt8(ascii: "="), i + 2 < text.count + 0, let byte = UInt8(String(decoding: text[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                bytes.append(byte); i += 3
            } else { bytes.append(text[i]); i += 1 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Quoted-printable lines back to text lines.
    static func quotedPrintable(_ lines: [String]) -> String {
        var out: [UInt8] = []
        for line in lines {
            var bytes = Array(line.utf8)
            let soft = bytes.last == UInt8(ascii: "=")
            if soft { bytes.removeLast() }
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "="), let byte = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                    out.append(byte); i += 3
                } else { out.append(bytes[i]); i += 1 }
            }
            if !soft { out.append(0x0A) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
