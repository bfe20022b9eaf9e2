/// Terminal display width of text, computed from tables in this file and the
/// standard library's Unicode properties, never from the C locale's `wcwidth`:
/// layout must not change between a developer's machine and an SSH session.
///
/// Rules: nonspacing and enclosing marks (Mn, Me) and format characters (Cf,
/// e.g. U+200B–U+200D, U+FEFF) are 0 columns; East Asian Wide and Fullwidth
/// characters and emoji with emoji presentation are 2; everything else is 1.
/// A `Character` (grapheme cluster) takes the width of its first scalar, or 2
/// when an emoji presentation selector (U+FE0F) follows an emoji.
public enum DisplayWidth {
    /// Width in columns of a single scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value == 0x00AD { return 1 }  // soft hyphen: terminals show it
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels / final consonants join the syllable
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Width in columns of a grapheme cluster.
    public static func of(_ character: Character) -> Int {
        // One ASCII byte (the usual case): a control is 0 columns, anything else 1.
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return byte < 0x20 ? 0 : 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let base = of(first)
        if base == 1, scalars.count > 1, first.properties.isEmoji,
           scalars.contains(where: { $0.value == 0xFE0F }) {
            return 2
        }
        return base
    }

    /// Width in columns of a string: the sum of its grapheme clusters.
    public static func of(_ text: String) -> Int {
        // The same as the generic version, for the common case: a call from another module to
        // a generic function runs unspecialised, and Home measures every row on every start.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Width in columns of a text.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        // Printable ASCII is one column per byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Width in columns of a run of characters.
    public static func of<C: Collection>(characters: C) -> Int where C.Element == Character {
        var total = 0
        for character in characters { total += of(character) }
        return total
    }

    /// The longest prefix of `text` that fits in `columns` columns.
    public static func prefix(_ text: String, fitting columns: Int) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return text.utf8.count <= max(0, columns) ? text : String(text.prefix(max(0, columns)))
        }
        var used = 0
        var result = ""
        for character in text {
            let width = of(character)
            if used + width > columns { break }
            used += width
            result.append(character)
        }
        return result
    }

    /// `text` cut to `columns` columns, ending in "…" when it was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        return prefix(text, fitting: columns - 1) + "…"
    }

    /// `text` padded with spaces on the right to `columns` columns (or cut to fit).
    public static func pad(_ text: String, to columns: Int) -> String {
        let cut = prefix(text, fitting: columns)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, Unicode 15.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CD5,
        0x18D00...0x18D08, 0x1AFF0...0x1B2FB, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F64F,
        0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
