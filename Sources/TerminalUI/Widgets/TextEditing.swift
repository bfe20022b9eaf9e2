/// Editing operations shared by `TextField` and `TextArea`, on an array of grapheme clusters so
/// a cursor offset can never point inside a grapheme.
enum TextEditing {
    /// Text as it may be stored in a field: CR LF and CR become "\n", tabs become a space, and other
    /// control characters are dropped (they would be drawn as placeholders and break column maths).
    static func normalized(_ text: String, keepNewlines: Bool) -> String {
        // Printable ASCII (and newlines where kept) is already normal: no copy.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && keepNewlines) }) { return text }
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
        var result = characters
        let cursor = apply(&result, range: range, with: insertion).cursor
        return (result, cursor)
    }

    /// Replaces `range` with `insertion` in place, re-forming grapheme clusters only around the edit
    /// (one cluster of context on each side), so a keystroke in a long text costs a few clusters, not
    /// a re-segmentation of the whole text. Returns the change actually made (common context trimmed,
    /// for the undo history) and the cursor after the insertion.
    @discardableResult
    static func apply(_ characters: inout [Character], range: Range<Int>, with insertion: String) -> (change: EditHistory.Change, cursor: Int) {
        let low = max(0, range.lowerBound - 1)
        let high = min(characters.count, range.upperBound + 1)
        let before = String(characters[low..<range.lowerBound]) + insertion
        let local = Array(before + String(characters[range.upperBound..<high]))
        let cursor = low + min(before.count, local.count)
        // A copy of the few clusters around the edit, not a slice: a slice would keep the whole
        // array's buffer shared, and `replaceSubrange` below would then copy every character of
        // the text (the cost of a key would grow with the length of the answer).
        let old = Array(characters[low..<high])
        // Trim the clusters that did not change, so the history holds only the edit.
        var prefix = 0
        while prefix < old.count, prefix < local.count, same(old[prefix], local[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < local.count - prefix,
              same(old[old.count - 1 - suffix], local[local.count - 1 - suffix]) { suffix += 1 }
        let change = EditHistory.Change(location: low + prefix,
                                        removed: Array(old[prefix..<(old.count - suffix)]),
                                        inserted: Array(local[prefix..<(local.count - suffix)]))
        characters.replaceSubrange(low..<high, with: local)
        return (change, cursor)
    }

    /// Scalar-for-scalar equality (`==` on `Character` treats "é" and "e\u{301}" as equal; undo must restore the exact text).
    private static func same(_ a: Character, _ b: Character) -> Bool {
        a.unicodeScalars.elementsEqual(b.unicodeScalars)
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

    /// Nil when `insertion` fits within `maxLength` characters next to `currentCount`, else the refusal:
    /// an insertion that does not fit is refused whole, never cut.
    static func refusal(_ insertion: String, currentCount: Int, maxLength: Int?, isPaste: Bool) -> LengthRefusal? {
        guard let maxLength else { return nil }
        let count = insertion.count
        guard currentCount + count > maxLength else { return nil }
        return LengthRefusal(inserted: count, current: currentCount, limit: maxLength, isPaste: isPaste)
    }

    /// Whether `key` changes an editor's text (typing, pasting, deleting, Enter in a multi-line
    /// editor, and undo and redo where the editor takes them): what a read-only editor refuses.
    static func changesText(_ key: Key, undoKeys: Bool, multiline: Bool) -> Bool {
        switch key {
        case .character, .paste, .backspace, .delete, .control("d"), .control("w"), .control("u"), .control("k"): true
        case .enter: multiline
        case .control("z"), .control("y"): undoKeys
        default: false
        }
    }
}
