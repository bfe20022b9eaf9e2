import TextSafety

/// JSON that is safe to print or to open in an editor: JSON lets DEL, the C1 controls,
/// the bidirectional marks, overrides and isolates and the line and paragraph separators
/// stand raw inside strings, where a terminal would act on them or show text reordered.
/// They become `\uXXXX` escapes (the characters `TextSafety` shows as placeholders), so
/// the JSON value is exactly the same. (JSON encoders already escape C0 controls.)
public enum VisibleJSON {
    /// Escapes those characters in UTF-8 JSON text (as written by `JSONEncoder`, where
    /// they can only occur inside strings).
    public static func escape(_ json: [UInt8]) -> [UInt8] {
        // Plain ASCII other than DEL (the usual case) needs nothing.
        if json.allSatisfy({ $0 < 0x7F }) { return json }
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            switch TextSafety.kind(of: scalar) {
            case .delete, .c1Control, .bidiControl, .lineSeparator:
                // All of these are in the Basic Multilingual Plane: four hex digits.
                out += Array("\\u".utf8) + [12, 8, 4, 0].map { digits[Int(scalar.value >> UInt32($0) & 0xF)] }
            default:
                // C0 controls only stand outside strings here (the encoder escapes them inside): whitespace.
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return out
    }

    /// The same for a string.
    public static func escape(_ json: String) -> String {
        String(decoding: escape(Array(json.utf8)), as: UTF8.self)
    }
}
