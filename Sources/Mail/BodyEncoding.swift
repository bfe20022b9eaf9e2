import TextSafety

/// How a plain-text body travels: as it is when it is plain ASCII in short lines (`7bit`),
/// otherwise quoted-printable (RFC 2045 6.7).
///
/// Why quoted-printable rather than `8bit` for accented names: an `8bit` body needs every
/// relay on the way to speak 8BITMIME, and a relay that does not may mangle it; a
/// quoted-printable body is plain ASCII that every relay passes and every mail reader decodes,
/// while the ASCII words of the message stay readable in the raw file.
public enum BodyEncoding: String, Sendable, Equatable {
    case sevenBit = "7bit"
    case quotedPrintable = "quoted-printable"

    /// The longest line a `7bit` body may have (RFC 5322 2.1.1, less the CRLF).
    static let lineLimit = 998

    /// The encoding `lines` need.
    public static func choose(for lines: [String]) -> BodyEncoding {
        let plain = lines.allSatisfy { line in
            line.utf8.count <= lineLimit && line.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        return plain ? .sevenBit : .quotedPrintable
    }

    /// The body's lines made safe (`TextSafety`, line breaks kept) and split.
    public static func lines(of body: String) -> [String] {
        TextSafety.visible(body, lines: .kept).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `lines` encoded: quoted-printable lines are at most 76 characters, with soft breaks (`=`).
    public func encode(_ lines: [String]) -> [String] {
        switch self {
        case .sevenBit: return lines
        case .quotedPrintable: return lines.flatMap(Self.quotedPrintable)
        }
    }

    /// One line as quoted-printable lines: `=`, non-ASCII and control bytes as `=XX`, a space
    /// or tab at the end of the line encoded too (relays may strip trailing white space).
    static func quotedPrintable(_ line: String) -> [String] {
        let bytes = Array(line.utf8)
        var out: [String] = [], current = ""
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            let literal = (byte >= 0x21 && byte <= 0x7E && byte != 0x3D) || (byte == 0x20 && !last)
            let piece = literal ? String(Unicode.Scalar(byte)) : "=" + HeaderField.hex(byte)
            // 75 characters and a soft break `=` make the longest line, 76.
            if current.utf8.count + piece.utf8.count > (last ? 76 : 75) {
                out.append(current + "=")
                current = ""
            }
            current += piece
        }
        out.append(current)
        return out
    }
}
