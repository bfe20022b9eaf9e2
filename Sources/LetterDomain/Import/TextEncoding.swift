/// The encodings a letter saved as text arrives in, as detected from its bytes.
enum TextEncoding: Sendable, Equatable, CustomStringConvertible {
    case utf8
    case utf16(littleEndian: Bool, byteOrderMark: Bool)
    /// Not valid UTF-8: Word's and Notepad's "ANSI" save on Windows.
    case windows1252

    var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16(let little, let mark): "UTF-16 \(little ? "little" : "big")-endian\(mark ? "" : " without a byte-order mark") (Notepad's \"Unicode\")"
        case .windows1252: "Windows-1252 (not UTF-8, so read as Windows \"ANSI\" text)"
        }
    }

    /// Windows-1252's characters for the bytes 0x80-0x9F (nil where it defines none).
    static let windows1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// Decodes bytes as Windows-1252; the five bytes it leaves undefined become U+FFFD (reported as unreadable).
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F {
                scalars.append(windows1252High[Int(byte - 0x80)].flatMap(Unicode.Scalar.init) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Whether the bytes are valid UTF-8 throughout.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
