/// kyiln's one policy for text that came from a letter, a file or a client: which
/// characters may reach a terminal, a file someone will `cat` or an `authorized_keys`
/// line as they are, and what is shown in place of the others.
///
/// Every front end uses it: the TUI (`Sanitizer`, on every `DrawingSurface.put`), line
/// mode and the renderers and exports (`VisibleText`, `VisibleJSON`), the command line's
/// output and errors, and the store's checks of names and comments (`TextRules`,
/// `ReviewCodec`), which refuse every character that is not `.printable`.
///
/// | class | code points | shown as |
/// | --- | --- | --- |
/// | `.lineFeed` | U+000A | a line break where lines are kept, else `^J` |
/// | `.carriageReturn` | U+000D | CRLF is a line break where lines are kept; else (and a lone CR) `^M` |
/// | `.tab` | U+0009 | spaces: the caller's layout (the TUI four, the outputs one) |
/// | `.c0Control` | U+0000–U+001F except the three above, ESC included | caret notation `^@` … `^_` (ESC is `^[`) |
/// | `.delete` | U+007F | `^?` |
/// | `.c1Control` | U+0080–U+009F | `<U+009B>` (code point, at least four hex digits) |
/// | `.bidiControl` | U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 | `<U+202E>` |
/// | `.lineSeparator` | U+2028, U+2029 | `<U+2028>` |
/// | `.invisibleFormat` | every other format character (Cf): zero-width space, joiners, word joiner, BOM U+FEFF, soft hyphen, tag characters | as is; refused in names and comments |
/// | `.printable` | everything else: letters, marks, symbols, emoji, private use, unassigned, noncharacters | as is |
///
/// Decisions:
/// - Zero-width characters and the BOM are shown as they are: they neither move the
///   cursor nor reorder text, joiners are part of emoji and of scripts (ZWJ, ZWNJ), and
///   text pasted from Word often carries them; a placeholder would litter real letters.
///   They are refused where a name must not hide anything (`isAllowedInName`).
/// - Private use and unassigned code points are shown as they are: a terminal draws a
///   box or a font's glyph, and neither acts on the terminal.
/// - Lone surrogates cannot occur: a Swift `String` holds only Unicode scalars, and
///   invalid UTF-8 is replaced with U+FFFD when it is decoded.
/// - A combining mark with nothing before it is a question of cell layout, not of
///   safety: the TUI gives it a base (`Sanitizer`), text outputs leave it.
///
/// The result of `visible` holds no character of a placeholder class (except the line
/// breaks asked for), and `visible` is idempotent: placeholders are printable ASCII.
public enum TextSafety {
    /// What kind of character a scalar is, for this policy.
    public enum Kind: Sendable, Equatable, CaseIterable {
        case printable, lineFeed, carriageReturn, tab, c0Control, delete, c1Control, bidiControl, lineSeparator
        case invisibleFormat
    }

    /// How multi-line text is laid out.
    public enum Lines: Sendable, Equatable {
        /// One line: LF is `^J`, CR is `^M`.
        case single
        /// Line breaks kept: LF as is, CRLF becomes LF, a lone CR is `^M`.
        case kept
    }

    /// The kind of `scalar`.
    public static func kind(of scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F: return .printable
        case 0x0A: return .lineFeed
        case 0x0D: return .carriageReturn
        case 0x09: return .tab
        case 0x00...0x1F: return .c0Control
        case 0x7F: return .delete
        case 0x80...0x9F: return .c1Control
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidiControl
        case 0x2028, 0x2029: return .lineSeparator
        case 0xA0..<0x0600: return value == 0xAD ? .invisibleFormat : .printable  // Latin, Greek, Cyrillic: quick
        default: return scalar.properties.generalCategory == .format ? .invisibleFormat : .printable
        }
    }

    /// The placeholder for one scalar on a single line, or nil when it is shown as it
    /// is. A tab becomes `tab`.
    public static func placeholder(for scalar: Unicode.Scalar, tab: String = " ") -> String? {
        let value = scalar.value
        switch kind(of: scalar) {
        case .printable, .invisibleFormat: return nil
        case .tab: return tab
        case .lineFeed, .carriageReturn, .c0Control: return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
        case .delete: return "^?"
        case .c1Control, .bidiControl, .lineSeparator: return codePointLabel(value)
        }
    }

    /// `text` with every character that needs one replaced by its placeholder.
    public static func visible(_ text: String, lines: Lines = .single, tab: String = " ") -> String {
        // Plain printable ASCII (the usual case) needs nothing: no copy.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && lines == .kept) }) { return text }
        var out = String.UnicodeScalarView()
        var changed = false
        // A CR is held until the next scalar shows whether it is part of a CRLF.
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if scalar.value != 0x0A { out.append(contentsOf: "^M".unicodeScalars) }
            }
            if lines == .kept {
                if scalar.value == 0x0A { out.append(scalar); continue }
                if scalar.value == 0x0D { pendingCR = true; changed = true; continue }
            }
            if let placeholder = placeholder(for: scalar, tab: tab) {
                out.append(contentsOf: placeholder.unicodeScalars)
                changed = true
            } else {
                out.append(scalar)
            }
        }
        if pendingCR { out.append(contentsOf: "^M".unicodeScalars) }
        return changed ? String(out) : text
    }

    /// True when `visible(text)` would change nothing.
    public static func isVisible(_ text: String, lines: Lines = .single) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let kind = kind(of: scalar)
            return kind == .printable || kind == .invisibleFormat || (kind == .lineFeed && lines == .kept)
        }
    }

    /// True when `scalar` may stand in a name or comment that is stored or written to an
    /// `authorized_keys` line: printable only, no format character of any kind.
    public static func isAllowedInName(_ scalar: Unicode.Scalar) -> Bool {
        kind(of: scalar) == .printable
    }

    /// `<U+XXXX>` with at least four hex digits.
    public static func codePointLabel(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
