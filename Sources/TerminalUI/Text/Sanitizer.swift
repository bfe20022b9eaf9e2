/// Makes untrusted text safe to hand to the terminal.
///
/// Every `DrawingSurface.put` runs its text through `displayable(_:)`, so no
/// caller can forget it: a letter or a district name could otherwise carry
/// escape sequences that clear the screen, set the clipboard (OSC 52), or
/// move the cursor back (`\b`, `\r`) so that "REJECTED" is overprinted by
/// "APPROVED". Nothing is dropped silently; each dangerous code point becomes
/// a visible, fixed-width placeholder:
///
/// | input | placeholder |
/// | --- | --- |
/// | tab (U+0009) | four spaces |
/// | other C0 controls U+0000–U+001F, incl. `\n`, `\r`, `\b`, ESC | caret notation: `^@` … `^_` (ESC is `^[`, `\n` is `^J`) |
/// | DEL (U+007F) | `^?` |
/// | C1 controls U+0080–U+009F | `<U+009B>` (code point in hex) |
/// | bidi controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 | `<U+202E>` |
/// | line/paragraph separators U+2028, U+2029 | `<U+2028>` |
/// | a combining mark with nothing to combine with | prefixed with `◌` (U+25CC) |
///
/// The result only contains printable text, and `displayable` is idempotent.
public enum Sanitizer {
    /// Spaces that replace one tab.
    public static let tabReplacement = "    "

    /// `text` with every control, bidi override and similar code point replaced by a visible placeholder.
    public static func displayable(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                output.append(contentsOf: placeholder.unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return anchorLoneMarks(String(output))
    }

    /// The placeholder for one scalar, or nil when it is safe as is.
    public static func placeholder(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x09:
            return tabReplacement
        case 0x00...0x1F:
            return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
        case 0x7F:
            return "^?"
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
            return codePointLabel(value)
        default:
            return nil
        }
    }

    /// True when `text` contains nothing that `displayable` would change.
    public static func isDisplayable(_ text: String) -> Bool {
        displayable(text) == text
    }

    /// `<U+XXXX>` with at least four hex digits.
    static func codePointLabel(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// A grapheme that starts with a combining mark has no base to sit on;
    /// terminals would stack it on whatever cell came before, so give it a
    /// dotted circle as its own base, as Unicode charts do.
    private static func anchorLoneMarks(_ text: String) -> String {
        var needsFix = false
        for character in text {
            if let first = character.unicodeScalars.first, isCombiningMark(first) {
                needsFix = true
                break
            }
        }
        guard needsFix else { return text }
        var result = ""
        for character in text {
            if let first = character.unicodeScalars.first, isCombiningMark(first) {
                result.unicodeScalars.append("\u{25CC}")
                result.unicodeScalars.append(contentsOf: character.unicodeScalars)
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark:
            return true
        default:
            return false
        }
    }
}
