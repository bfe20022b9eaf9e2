import TextSafety

/// One header field, made safe, encoded and folded so that no line is longer than 78
/// characters (RFC 5322 2.1.1) wherever a line can be broken.
///
/// Every piece of text from a letter goes through `TextSafety` first: a CR, LF or any other
/// control character becomes its visible placeholder (`^M`, `^J`, ...), so nothing typed in a
/// name, title, district or subject can end a header line or start another. Text that is not
/// plain printable ASCII is then written as RFC 2047 encoded-words (`=?utf-8?q?...?=`, UTF-8,
/// "Q" encoding, each at most 75 characters and never splitting a character).
public struct HeaderField: Sendable, Equatable {
    public var name: String
    /// The value's pieces: the field is folded between them (before a piece), never inside one.
    public var tokens: [String]

    /// The longest line a header is folded to.
    public static let lineLimit = 78
    /// The longest encoded-word (RFC 2047 2).
    static let encodedWordLimit = 75

    /// A field whose tokens are written as they are (already safe: addresses, dates, ids).
    public init(name: String, tokens: [String]) {
        self.name = name
        self.tokens = tokens
    }

    /// An unstructured field such as `Subject`: words as they are when the text is plain ASCII
    /// with no word too long to fold, otherwise the whole text as encoded-words.
    public static func unstructured(_ name: String, _ text: String) -> HeaderField {
        let safe = TextSafety.visible(text, lines: .single)
        let words = safe.split(separator: " ").map(String.init)
        let plain = safe.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
            && words.allSatisfy { $0.utf8.count <= lineLimit - 2 && !$0.contains("=?") }
            && (words.first?.utf8.count ?? 0) <= lineLimit - name.utf8.count - 2
        return HeaderField(name: name, tokens: plain ? words : encodedWords(safe, first: firstRoom(name)))
    }

    /// An address field (`From`, `To`, `Cc`): each mailbox as `name <address>`, commas between.
    public static func addresses(_ name: String, _ mailboxes: [MailAddress]) -> HeaderField {
        var tokens: [String] = []
        for (index, mailbox) in mailboxes.enumerated() {
            let last = index == mailboxes.count - 1
            let angle = "<\(mailbox.address)>" + (last ? "" : ",")
            tokens += phrase(mailbox.displayName, first: index == 0 ? firstRoom(name) : encodedWordLimit) + [angle]
        }
        return HeaderField(name: name, tokens: tokens)
    }

    /// A display name as atoms, one quoted string, or encoded-words, whichever it needs.
    static func phrase(_ text: String, first: Int = encodedWordLimit) -> [String] {
        let safe = TextSafety.visible(text, lines: .single)
        let words = safe.split(separator: " ").map(String.init)
        if words.isEmpty { return [] }
        let ascii = safe.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if ascii && words.allSatisfy({ $0.unicodeScalars.allSatisfy(isAtext) && $0.utf8.count <= lineLimit - 2 }) {
            return words
        }
        if ascii {
            let quoted = "\"" + words.joined(separator: " ").replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
            if quoted.utf8.count <= lineLimit - 2 { return [quoted] }
        }
        return encodedWords(words.joined(separator: " "), first: first)
    }

    /// Room for the first token on the field's first line (`Name: `), at most an encoded-word's
    /// length: a value must start on the name's line, since a reader keeps a fold right after
    /// the colon as a leading space.
    static func firstRoom(_ name: String) -> Int {
        min(encodedWordLimit, lineLimit - name.utf8.count - 2)
    }

    /// RFC 5322 `atext`: what an atom may hold without quoting.
    static func isAtext(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(c)
    }

    /// `text` as encoded-words (UTF-8, Q), each at most 75 characters (the first at most `first`),
    /// split between characters.
    /// Only letters, digits and `! * + - /` stand as themselves (what RFC 2047 5(3) allows in a
    /// phrase, so one encoder serves every field); a space is `_`.
    static func encodedWords(_ text: String, first: Int = encodedWordLimit) -> [String] {
        let prefix = "=?utf-8?q?", suffix = "?="
        var room = first - prefix.count - suffix.count
        var words: [String] = [], current = ""
        for character in text {
            var piece = ""
            for byte in String(character).utf8 { piece += qEncoded(byte) }
            if !current.isEmpty && current.utf8.count + piece.utf8.count > room {
                words.append(prefix + current + suffix)
                current = ""
                room = encodedWordLimit - prefix.count - suffix.count
            }
            current += piece
        }
        if !current.isEmpty { words.append(prefix + current + suffix) }
        return words
    }

    private static func qEncoded(_ byte: UInt8) -> String {
        let c = Unicode.Scalar(byte)
        if byte == 0x20 { return "_" }
        if byte < 0x80 && (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || "!*+-/".unicodeScalars.contains(c)) {
            return String(c)
        }
        return "=" + hex(byte)
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// The field's lines: `Name: token token`, continued on lines that start with a space.
    /// A line exceeds 78 characters only when a single token does (a very long address).
    public var lines: [String] {
        var lines: [String] = []
        var line = name + ":"
        for token in tokens {
            // A token that does not fit goes to the next line; right after the name too (as
            // folding white space may stand there), unless it would not fit there either.
            let fits = line.utf8.count + 1 + token.utf8.count <= Self.lineLimit
            if !fits && (line != name + ":" || 1 + token.utf8.count <= Self.lineLimit) {
                lines.append(line)
                line = ""
            }
            line += " " + token
        }
        lines.append(line)
        return lines
    }
}
