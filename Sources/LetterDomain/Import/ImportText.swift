/// Turns the bytes of a file into lines the importer can compare with the form:
/// copes with UTF-16, CRLF, NBSP and other odd spaces, curly quotes, zero-width
/// characters, `[bookmark: ...]` markers left by document converters, and binary junk.
enum ImportText {
    /// Files that are clearly not plain text, by their first bytes.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (a .docx file?)" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF file" }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return "an RTF file" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old Word (.doc) file" }
        return nil
    }

    /// Decodes UTF-8, UTF-16 (with a byte-order mark, or plainly UTF-16 by its zero bytes)
    /// or, when the bytes are not valid UTF-8, Windows-1252; says which it was.
    static func decode(_ bytes: [UInt8]) -> (String, TextEncoding) {
        var little: Bool?
        var body = ArraySlice(bytes)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            little = bytes[0] == 0xFF
            body = body.dropFirst(2)
        } else if bytes.count >= 4, bytes.count % 2 == 0 {
            // ASCII text in UTF-16 has a zero in every other byte.
            let sample = bytes.prefix(400)
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            if oddZeros * 10 >= sample.count * 4 && evenZeros == 0 { little = true }
            if evenZeros * 10 >= sample.count * 4 && oddZeros == 0 { little = false }
        }
        if let little {
            let hadMark = body.count != bytes.count
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i + 1 < body.endIndex {
                units.append(little ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1]))
                i += 2
            }
            return (String(decoding: units, as: UTF16.self), .utf16(littleEndian: little, byteOrderMark: hadMark))
        }
        let utf8 = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if TextEncoding.isValidUTF8(utf8) { return (String(decoding: utf8, as: UTF8.self), .utf8) }
        return (TextEncoding.windows1252(bytes), .windows1252)
    }

    /// The cleaned lines of a text.
    static func lines(of text: String) -> [ImportLine] {
        var out: [ImportLine] = []
        var current = String.UnicodeScalarView()
        var junk = false
        var number = 1
        func flush() {
            let raw = removingBookmarks(String(current))
            let clean = raw.replacing("\t", with: " ").trimmed
            out.append(ImportLine(number: number, raw: raw, clean: clean, key: key(clean), isJunk: junk))
            current = String.UnicodeScalarView()
            junk = false
            number += 1
        }
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if previousCR { continue } // the LF of a CRLF
                flush()
            case 0x0D, 0x0B, 0x0C, 0x2028, 0x2029:
                flush()
            case 0x09:
                current.append(scalar)
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                current.append(" ")
            case 0x200B...0x200D, 0xFEFF, 0xAD, 0x2060:
                continue // invisible: zero-width spaces and joiners, BOM, soft hyphen
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFD, 0xFFFE, 0xFFFF:
                junk = true
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty || junk { flush() }
        return out
    }

    /// Removes `[bookmark: name]` markers anywhere in a line.
    static func removingBookmarks(_ line: String) -> String {
        guard line.contains("[bookmark:") else { return line }
        var out = ""
        var rest = Substring(line)
        while let start = rest.firstRange(of: "[bookmark:") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "]") else { rest = ""; break }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    /// The comparison form of a text: lowercase, straight quotes, plain hyphens,
    /// no emphasis marks or underscores, single spaces.
    static func key(_ text: String) -> String {
        asciiKey(text) ?? keyByCharacters(text)
    }

    /// `key(text)` for any text, a character at a time.
    static func keyByCharacters(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in text.lowercased() {
            let mapped: Character
            switch character {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}", "`": mapped = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": mapped = "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": mapped = "-"
            case "*", "_", "\\": continue
            default: mapped = character
            }
            if mapped.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(mapped)
        }
        return out
    }

    /// `key(text)` for a text that is all ASCII, by bytes (most lines of a letter are);
    /// nil for any other text.
    static func asciiKey(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            var mapped = byte
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): mapped = byte + 0x20
            case UInt8(ascii: "`"): mapped = UInt8(ascii: "'")
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "\\"): continue
            case 0x09...0x0D, 0x20:
                pendingSpace = !out.isEmpty
                continue
            default: break
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(mapped)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The words of `clean` after the first `count` words (the value written after a label).
    static func words(of clean: String, droppingFirst count: Int) -> String {
        clean.split(whereSeparator: \.isWhitespace).dropFirst(count).joined(separator: " ")
    }

    /// The number of words in a text, as `words(of:droppingFirst:)` counts them.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}

extension ImportText {
    /// Bullet marks the forms and word processors use, including the private-use
    /// Symbol-font bullet and the usual mis-decodings of "·" and "•".
    static let bullets: [String] = ["\u{F0B7}", "\u{F0A7}", "\u{2022}", "\u{00B7}", "\u{25CF}", "\u{25AA}", "\u{25E6}", "\u{2023}",
                                    "\u{2043}", "\u{2219}", "\u{2013}", "\u{2014}", "-", "*", "+", "o",
                                    "Â·", "â€¢", "ï‚·", "ï‚§"]

    /// The text of a bulleted line without its mark (`· text`, `1. text`, `2) text`),
    /// or nil when the line does not start with a bullet.
    static func bulletText(_ clean: String) -> String? {
        for bullet in bullets where clean.hasPrefix(bullet) {
            let rest = clean.dropFirst(bullet.count)
            // "o" and "-" need a space after them, or "orange" and "-5" would be bullets.
            if bullet == "o" || bullet == "-" || bullet == "+" {
                guard rest.first == " " else { continue }
            }
            if bullet == "*" && rest.first == "*" { continue } // **bold**, not a bullet
            return String(rest).trimmed
        }
        var digits = 0
        for character in clean.prefix(3) {
            if character.isASCII && character.isNumber { digits += 1 } else { break }
        }
        if digits > 0 {
            let rest = clean.dropFirst(digits)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                return String(rest.dropFirst()).trimmed
            }
        }
        return nil
    }

    /// Whether a line starts with a mark that looks like a damaged bullet: a short run
    /// of symbols with no letters or digits, then text.
    static func hasDamagedBullet(_ clean: String) -> Bool {
        guard let space = clean.firstIndex(of: " ") else { return false }
        let head = clean[..<space]
        return head.count <= 3 && !head.contains { $0.isLetter || $0.isNumber } && clean[space...].contains { $0.isLetter }
    }

    /// A folded key without a leading bullet.
    static func stripBullet(_ folded: String) -> String {
        bulletText(folded).map { key($0) } ?? folded
    }
}
