import TextSafety

/// Makes untrusted text safe to hand to the terminal.
///
/// Every `DrawingSurface.put` runs its text through `displayable(_:)`, so no
/// caller can forget it: a letter or a district name could otherwise carry
/// escape sequences that clear the screen, set the clipboard (OSC 52), or
/// move the cursor back (`\b`, `\r`) so that "REJECTED" is overprinted by
/// "APPROVED". Nothing is dropped silently: which code points are dangerous and
/// which placeholder each gets is kyiln's one policy, `TextSafety` (see its table),
/// on a single line (`\n` is `^J`, `\r` is `^M`). What the terminal adds:
///
/// | input | shown as |
/// | --- | --- |
/// | tab (U+0009) | four spaces |
/// | a combining mark with nothing to combine with | prefixed with `◌` (U+25CC) |
///
/// The result only contains printable text, and `displayable` is idempotent.
public enum Sanitizer {
    /// Spaces that replace one tab.
    public static let tabReplacement = "    "

    /// `text` with every control, bidi override and similar code point replaced by a visible placeholder.
    public static func displayable(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        return anchorLoneMarks(TextSafety.visible(text, lines: .single, tab: tabReplacement))
    }

    /// The placeholder for one scalar, or nil when it is safe as is.
    public static func placeholder(for scalar: Unicode.Scalar) -> String? {
        TextSafety.placeholder(for: scalar, tab: tabReplacement)
    }

    /// True when `text` contains nothing that `displayable` would change.
    public static func isDisplayable(_ text: String) -> Bool {
        displayable(text) == text
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
