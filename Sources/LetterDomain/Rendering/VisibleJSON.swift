/// JSON that is safe to print or to open in an editor: JSON lets DEL, the C1 controls
/// and the bidirectional marks, overrides and isolates stand raw inside strings, where
/// a terminal would act on them or show text reordered. They become `\uXXXX` escapes,
/// so the JSON value is exactly the same. (JSON encoders already escape C0 controls.)
public enum VisibleJSON {
    /// Escapes those characters in UTF-8 JSON text (as written by `JSONEncoder`, where
    /// they can only occur inside strings).
    public static func escape(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        var i = 0
        func append(_ value: UInt32) {
            let digits = Array("0123456789abcdef".utf8)
            out += Array("\\u".utf8) + [12, 8, 4, 0].map { digits[Int(value >> UInt32($0) & 0xF)] }
        }
        while i < json.count {
            let b = json[i]
            let next = i + 1 < json.count ? json[i + 1] : 0
            let third = i + 2 < json.count ? json[i + 2] : 0
            if b == 0x7F {
                append(0x7F); i += 1
            } else if b == 0xC2, (0x80...0x9F).contains(next) {
                append(UInt32(next)); i += 2                                   // C1: U+0080–U+009F
            } else if b == 0xD8, next == 0x9C {
                append(0x061C); i += 2                                         // ARABIC LETTER MARK
            } else if b == 0xE2, next == 0x80, [0x8E, 0x8F, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(third) {
                append(0x2000 + UInt32(third - 0x80)); i += 3                  // U+200E/F, U+2028/9, U+202A–E
            } else if b == 0xE2, next == 0x81, (0xA6...0xA9).contains(third) {
                append(0x2040 + UInt32(third - 0x80)); i += 3                  // U+2066–U+2069
            } else {
                out.append(b); i += 1
            }
        }
        return out
    }

    /// The same for a string.
    public static func escape(_ json: String) -> String {
        String(decoding: escape(Array(json.utf8)), as: UTF8.self)
    }
}
