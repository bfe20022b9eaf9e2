/// Makes text safe to write to a terminal or a file someone will `cat`: control
/// characters become visible placeholders instead of being sent as commands.
///
/// C0 controls, ESC and DEL become caret notation (`^[`, `^H`, `^?`); C1 controls and
/// the bidirectional overrides and isolates (which can make text read backwards)
/// become `<U+202E>`. Tabs become a space. Newlines are kept only where asked (and
/// then CRLF becomes a newline, while a lone CR is shown as `^M`).
public enum VisibleText {
    /// The sanitised text.
    public static func make(_ text: String, keepNewlines: Bool = true) -> String {
        // Plain printable ASCII (the usual case) needs nothing: skip building a copy.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && keepNewlines) }) { return text }
        var out = String.UnicodeScalarView()
        var changed = false
        // A CR is held until the next scalar shows whether it is part of a CRLF.
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                // CRLF is just a newline; a lone CR would move the cursor back over the line.
                if scalar.value != 0x0A { out.append(contentsOf: "^M".unicodeScalars) }
            }
            switch scalar.value {
            case 0x0A where keepNewlines:
                out.append(scalar)
            case 0x09:
                out.append(" ")
                changed = true
            case 0x0D where keepNewlines:
                pendingCR = true
                changed = true
            case 0x00...0x1F, 0x7F:
                out.append("^")
                out.append(Unicode.Scalar(scalar.value == 0x7F ? 0x3F : scalar.value + 0x40)!)
                changed = true
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                for s in "<U+\(hex(scalar.value))>".unicodeScalars { out.append(s) }
                changed = true
            default:
                out.append(scalar)
            }
        }
        if pendingCR { out.append(contentsOf: "^M".unicodeScalars) }
        return changed ? String(out) : text
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
