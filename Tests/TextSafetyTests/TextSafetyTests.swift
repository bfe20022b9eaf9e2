import Testing
import TextSafety

/// The one table of kyiln's text-safety policy: every class of character, its kind, and
/// what it is shown as on one line and with line breaks kept.
@Suite("Text safety policy")
struct TextSafetyTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var what: String
        var scalar: Unicode.Scalar
        var kind: TextSafety.Kind
        /// Shown as, on one line (`nil`: as is).
        var placeholder: String?
        var testDescription: String { what }
    }

    static let table: [Row] = [
        Row(what: "NUL", scalar: "\u{0}", kind: .c0Control, placeholder: "^@"),
        Row(what: "BEL", scalar: "\u{7}", kind: .c0Control, placeholder: "^G"),
        Row(what: "backspace", scalar: "\u{8}", kind: .c0Control, placeholder: "^H"),
        Row(what: "tab", scalar: "\t", kind: .tab, placeholder: " "),
        Row(what: "line feed", scalar: "\n", kind: .lineFeed, placeholder: "^J"),
        Row(what: "vertical tab", scalar: "\u{B}", kind: .c0Control, placeholder: "^K"),
        Row(what: "form feed", scalar: "\u{C}", kind: .c0Control, placeholder: "^L"),
        Row(what: "carriage return", scalar: "\r", kind: .carriageReturn, placeholder: "^M"),
        Row(what: "ESC", scalar: "\u{1B}", kind: .c0Control, placeholder: "^["),
        Row(what: "unit separator", scalar: "\u{1F}", kind: .c0Control, placeholder: "^_"),
        Row(what: "DEL", scalar: "\u{7F}", kind: .delete, placeholder: "^?"),
        Row(what: "C1 PAD", scalar: "\u{80}", kind: .c1Control, placeholder: "<U+0080>"),
        Row(what: "C1 NEL", scalar: "\u{85}", kind: .c1Control, placeholder: "<U+0085>"),
        Row(what: "C1 CSI", scalar: "\u{9B}", kind: .c1Control, placeholder: "<U+009B>"),
        Row(what: "C1 APC", scalar: "\u{9F}", kind: .c1Control, placeholder: "<U+009F>"),
        Row(what: "Arabic letter mark", scalar: "\u{61C}", kind: .bidiControl, placeholder: "<U+061C>"),
        Row(what: "LRM", scalar: "\u{200E}", kind: .bidiControl, placeholder: "<U+200E>"),
        Row(what: "RLM", scalar: "\u{200F}", kind: .bidiControl, placeholder: "<U+200F>"),
        Row(what: "LRE", scalar: "\u{202A}", kind: .bidiControl, placeholder: "<U+202A>"),
        Row(what: "RLE", scalar: "\u{202B}", kind: .bidiControl, placeholder: "<U+202B>"),
        Row(what: "PDF", scalar: "\u{202C}", kind: .bidiControl, placeholder: "<U+202C>"),
        Row(what: "LRO", scalar: "\u{202D}", kind: .bidiControl, placeholder: "<U+202D>"),
        Row(what: "RLO", scalar: "\u{202E}", kind: .bidiControl, placeholder: "<U+202E>"),
        Row(what: "LRI", scalar: "\u{2066}", kind: .bidiControl, placeholder: "<U+2066>"),
        Row(what: "RLI", scalar: "\u{2067}", kind: .bidiControl, placeholder: "<U+2067>"),
        Row(what: "FSI", scalar: "\u{2068}", kind: .bidiControl, placeholder: "<U+2068>"),
        Row(what: "PDI", scalar: "\u{2069}", kind: .bidiControl, placeholder: "<U+2069>"),
        Row(what: "line separator", scalar: "\u{2028}", kind: .lineSeparator, placeholder: "<U+2028>"),
        Row(what: "paragraph separator", scalar: "\u{2029}", kind: .lineSeparator, placeholder: "<U+2029>"),
        Row(what: "zero-width space", scalar: "\u{200B}", kind: .invisibleFormat, placeholder: nil),
        Row(what: "zero-width non-joiner", scalar: "\u{200C}", kind: .invisibleFormat, placeholder: nil),
        Row(what: "zero-width joiner", scalar: "\u{200D}", kind: .invisibleFormat, placeholder: nil),
        Row(what: "word joiner", scalar: "\u{2060}", kind: .invisibleFormat, placeholder: nil),
        Row(what: "BOM", scalar: "\u{FEFF}", kind: .invisibleFormat, placeholder: nil),
        Row(what: "soft hyphen", scalar: "\u{AD}", kind: .invisibleFormat, placeholder: nil),
        Row(what: "tag letter", scalar: "\u{E0041}", kind: .invisibleFormat, placeholder: nil),
        Row(what: "space", scalar: " ", kind: .printable, placeholder: nil),
        Row(what: "tilde", scalar: "~", kind: .printable, placeholder: nil),
        Row(what: "no-break space", scalar: "\u{A0}", kind: .printable, placeholder: nil),
        Row(what: "é", scalar: "é", kind: .printable, placeholder: nil),
        Row(what: "combining acute", scalar: "\u{301}", kind: .printable, placeholder: nil),
        Row(what: "right single quote", scalar: "’", kind: .printable, placeholder: nil),
        Row(what: "CJK", scalar: "東", kind: .printable, placeholder: nil),
        Row(what: "emoji", scalar: "🏫", kind: .printable, placeholder: nil),
        Row(what: "private use", scalar: "\u{E000}", kind: .printable, placeholder: nil),
        Row(what: "supplementary private use", scalar: "\u{F0000}", kind: .printable, placeholder: nil),
        Row(what: "unassigned", scalar: "\u{0378}", kind: .printable, placeholder: nil),
        Row(what: "noncharacter", scalar: "\u{FFFF}", kind: .printable, placeholder: nil),
        Row(what: "replacement character", scalar: "\u{FFFD}", kind: .printable, placeholder: nil),
    ]

    @Test("each class: its kind, its placeholder, allowed in names only when printable", arguments: table)
    func policy(_ row: Row) {
        #expect(TextSafety.kind(of: row.scalar) == row.kind)
        #expect(TextSafety.placeholder(for: row.scalar) == row.placeholder)
        let text = "a" + String(row.scalar) + "b"
        #expect(TextSafety.visible(text) == "a" + (row.placeholder ?? String(row.scalar)) + "b")
        #expect(TextSafety.isAllowedInName(row.scalar) == (row.kind == .printable))
        // A placeholder is printable ASCII, so making text safe twice changes nothing.
        if let placeholder = row.placeholder {
            #expect(placeholder.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        }
        #expect(TextSafety.visible(TextSafety.visible(text)) == TextSafety.visible(text))
        #expect(TextSafety.isVisible(TextSafety.visible(text)))
    }

    @Test("every scalar has one kind: controls, format characters and separators by their general category, the rest printable")
    func everyScalarHasOneKind() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates cannot be in a String
            let kind = TextSafety.kind(of: scalar)
            let category = scalar.properties.generalCategory
            switch category {
            case .control: #expect([.lineFeed, .carriageReturn, .tab, .c0Control, .delete, .c1Control].contains(kind))
            case .format: #expect(kind == .bidiControl || kind == .invisibleFormat, "U+\(String(value, radix: 16))")
            case .lineSeparator, .paragraphSeparator: #expect(kind == .lineSeparator)
            default: #expect(kind == .printable, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("line breaks kept: LF as is, CRLF a newline, a lone CR visible; tabs as the caller asks")
    func keptLines() {
        #expect(TextSafety.visible("a\nb", lines: .kept) == "a\nb")
        #expect(TextSafety.visible("a\r\nb", lines: .kept) == "a\nb")
        #expect(TextSafety.visible("a\rb", lines: .kept) == "a^Mb")
        #expect(TextSafety.visible("a\r\r\nb", lines: .kept) == "a^M\nb")
        #expect(TextSafety.visible("abc\r", lines: .kept) == "abc^M")
        #expect(TextSafety.visible("a\r\nb") == "a^M^Jb")
        #expect(TextSafety.visible("a\u{2028}b", lines: .kept) == "a<U+2028>b")
        #expect(TextSafety.visible("a\tb", tab: "    ") == "a    b")
        #expect(TextSafety.isVisible("a\nb", lines: .kept))
        #expect(!TextSafety.isVisible("a\nb"))
    }

    @Test("printable text is returned as it is")
    func plainText() {
        for text in ["", "Hello", "José Muñoz", "Kentucky’s “college- and career-readiness” — Muñoz", "日本語", "👩‍💻", "e\u{301}"] {
            #expect(TextSafety.visible(text) == text)
            #expect(TextSafety.isVisible(text))
        }
    }
}
