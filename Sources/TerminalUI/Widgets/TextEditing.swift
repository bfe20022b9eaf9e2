/// Editing operations shared by `TextField` and `TextArea`, on an array of grapheme clusters so
/// a cursor offset can never point inside a grapheme.
enum TextEditing {
    /// Text as it may be stored in a field: CR LF and CR become "\n", tabs become a space, and other
    /// control characters are dropped (they would be drawn as placeholders and break column maths).
    static func normalized(_ text: String, keepNewlines: Bool) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if previousWasCR { continue }
                result.append(keepNewlines ? "\n" : " ")
            case 0x0D:
                result.append(keepNewlines ? "\n" : " ")
            case 0x09:
                result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                if Sanitizer.placeholder(for: scalar) != nil { continue }  // bidi overrides have no place in a field
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Replaces `range` with `insertion`, re-forming grapheme clusters; returns the new characters and cursor (after the insertion).
    static func replace(_ characters: [Character], range: Range<Int>, with insertion: String) -> (characters: [Character], cursor: Int) {
        let before = String(characters[..<range.lowerBound]) + insertion
        let after = String(characters[range.upperBound...])
        let combined = Array(before + after)
        return (combined, min(before.count, combined.count))
    }

    /// Offset of the start of the word before `offset` (skipping spaces first), as Ctrl-W deletes.
    static func wordStart(before offset: Int, in characters: [Character]) -> Int {
        var index = offset
        while index > 0 && characters[index - 1].isWhitespace { index -= 1 }
        while index > 0 && !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    /// Offset just after the word following `offset`.
    static func wordEnd(after offset: Int, in characters: [Character]) -> Int {
        var index = offset
        while index < characters.count && characters[index].isWhitespace { index += 1 }
        while index < characters.count && !characters[index].isWhitespace { index += 1 }
        return index
    }

    /// Cuts `insertion` so the total stays within `maxLength` characters.
    static func limited(_ insertion: String, currentCount: Int, removing: Int, maxLength: Int?) -> String {
        guard let maxLength else { return insertion }
        let room = max(0, maxLength - (currentCount - removing))
        return String(insertion.prefix(room))
    }
}
