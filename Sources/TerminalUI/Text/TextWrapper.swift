import Synchronization

/// Word wrapping by display width.
///
/// Lines break after spaces; a word longer than the width is broken inside the
/// word, but never inside a grapheme cluster. Newlines (`\n`) start a new
/// paragraph. Spaces at a soft break stay on the upper row, so offsets map
/// one-to-one and a text area can place its cursor on them.
///
/// Widths are those of the text as drawn: a control character counts as its
/// placeholder (`^[` is two columns, `<U+202E>` eight), so a placeholder never
/// pushes words past the right edge. `wrap(_:width:)` on a string makes the text
/// safe first (`Sanitizer.displayable`, paragraph by paragraph) and then wraps it.
public enum TextWrapper {
    /// Wraps `characters` into rows of at most `width` columns (trailing spaces may overhang and are clipped when drawn).
    public static func wrap(_ characters: [Character], width: Int) -> [VisualLine] {
        let width = max(1, width)
        var lines: [VisualLine] = []
        var paragraphStart = 0
        var index = 0
        while index <= characters.count {
            if index == characters.count || characters[index] == "\n" {
                wrapParagraph(characters, from: paragraphStart, to: index, width: width, into: &lines)
                paragraphStart = index + 1
            }
            index += 1
        }
        return lines
    }

    /// Wraps a string into display rows (newlines and soft breaks removed, trailing spaces trimmed).
    /// Screens wrap the same prompts and notes on every frame, so recent results are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let key = WrapKey(text: text, width: width)
        if let rows = recent.withLock({ $0[key] }) { return rows }
        let rows = wrapUncached(text, width: width)
        recent.withLock { cache in
            if cache.count >= 512 { cache.removeAll(keepingCapacity: true) }
            cache[key] = rows
        }
        return rows
    }

    private struct WrapKey: Hashable {
        var text: String
        var width: Int
    }

    private static let recent = Mutex<[WrapKey: [String]]>([:])

    private static func wrapUncached(_ text: String, width: Int) -> [String] {
        // Safe first, then wrapped: each paragraph on its own, so its line breaks stay breaks.
        let safe = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Sanitizer.displayable(String($0)) }.joined(separator: "\n")
        let characters = Array(safe)
        return wrap(characters, width: width).map { line in
            var row = String(characters[line.start..<line.end])
            while row.last == " " { row.removeLast() }
            return row
        }
    }

    /// Columns `character` takes as drawn: the width of its placeholder when it has one.
    static func columns(_ character: Character) -> Int {
        if let byte = character.asciiValue, byte >= 0x20, byte < 0x7F { return 1 }
        return DisplayWidth.of(Sanitizer.displayable(String(character)))
    }

    private static func wrapParagraph(_ characters: [Character], from start: Int, to end: Int,
                                      width: Int, into lines: inout [VisualLine]) {
        if start == end {
            lines.append(VisualLine(start: start, end: end, endsParagraph: true))
            return
        }
        var lineStart = start
        while lineStart < end {
            var used = 0
            var cursor = lineStart
            var breakAfter: Int? = nil
            while cursor < end {
                let w = columns(characters[cursor])
                if used + w > width { break }
                if characters[cursor] == " " { breakAfter = cursor + 1 }
                used += w
                cursor += 1
            }
            if cursor == end {
                lines.append(VisualLine(start: lineStart, end: end, endsParagraph: true))
                return
            }
            var lineEnd: Int
            if characters[cursor] == " " {
                lineEnd = cursor
                while lineEnd < end && characters[lineEnd] == " " { lineEnd += 1 }
            } else if let breakAfter, breakAfter > lineStart {
                lineEnd = breakAfter
            } else {
                lineEnd = max(cursor, lineStart + 1)
            }
            if lineEnd >= end {
                lines.append(VisualLine(start: lineStart, end: end, endsParagraph: true))
                return
            }
            lines.append(VisualLine(start: lineStart, end: lineEnd, endsParagraph: false))
            lineStart = lineEnd
        }
    }
}
