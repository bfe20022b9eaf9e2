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
        var lines: [VisualLine] = []
        var produced = 0
        appendLines(characters, from: 0, width: max(1, width), into: &lines, produced: &produced, stop: { _ in false })
        return lines
    }

    /// The visual lines of `characters` after an edit, from `old` (the lines of the text before
    /// it): the `removed` characters at `location` were replaced by `inserted` characters. Only
    /// the rows around the edit are wrapped again, from two rows before it until the rows meet
    /// the old ones (which are then only shifted), so a key in a long text wraps a few rows.
    /// `produced` is how many rows were wrapped (a seam for the tests and the benchmark).
    public static func rewrap(_ characters: [Character], width: Int, old: [VisualLine], location: Int,
                              removed: Int, inserted: Int, produced: inout Int) -> [VisualLine] {
        let width = max(1, width)
        guard !old.isEmpty else {
            var lines: [VisualLine] = []
            appendLines(characters, from: 0, width: width, into: &lines, produced: &produced, stop: { _ in false })
            return lines
        }
        let delta = inserted - removed
        let editEnd = location + inserted
        // The row holding the edit, and two rows back within its paragraph: a shorter first word
        // may move up a row (and a long word broken across rows may move with it).
        var first = 0
        while first + 1 < old.count && old[first + 1].start <= location { first += 1 }
        for _ in 0..<2 where first > 0 && !old[first - 1].endsParagraph { first -= 1 }
        var lines = Array(old[0..<first])
        lines.reserveCapacity(old.count + 4)
        var next = first
        var resumed = false
        appendLines(characters, from: old[first].start, width: width, into: &lines, produced: &produced) { start in
            // Rows from a start past the edit are the old rows shifted: the text after it is unchanged.
            guard start >= editEnd else { return false }
            while next < old.count && old[next].start < start - delta { next += 1 }
            guard next < old.count, old[next].start == start - delta, old[next].start >= location + removed else { return false }
            resumed = true
            return true
        }
        if resumed {
            for line in old[next...] {
                lines.append(VisualLine(start: line.start + delta, end: line.end + delta, endsParagraph: line.endsParagraph))
            }
        }
        return lines
    }

    /// Appends the rows from `start` (a row start) to the end of the text, or until `stop` says
    /// yes to the start of the next row.
    private static func appendLines(_ characters: [Character], from start: Int, width: Int, into lines: inout [VisualLine],
                                    produced: inout Int, stop: (Int) -> Bool) {
        var position = start
        while true {
            let line = nextLine(characters, from: position, width: width)
            lines.append(line)
            produced += 1
            if line.endsParagraph && line.end >= characters.count { return }
            position = line.endsParagraph ? line.end + 1 : line.end
            if stop(position) { return }
        }
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

    /// The row starting at `lineStart`: it ends at a newline (or the end of the text), after the
    /// spaces following the last word that fits, or inside a word longer than the row.
    private static func nextLine(_ characters: [Character], from lineStart: Int, width: Int) -> VisualLine {
        let count = characters.count
        func isEnd(_ index: Int) -> Bool { index >= count || characters[index] == "\n" }
        if isEnd(lineStart) { return VisualLine(start: lineStart, end: lineStart, endsParagraph: true) }
        var used = 0
        var cursor = lineStart
        var breakAfter: Int? = nil
        while !isEnd(cursor) {
            let w = columns(characters[cursor])
            if used + w > width { break }
            if characters[cursor] == " " { breakAfter = cursor + 1 }
            used += w
            cursor += 1
        }
        if isEnd(cursor) { return VisualLine(start: lineStart, end: cursor, endsParagraph: true) }
        var lineEnd: Int
        if characters[cursor] == " " {
            lineEnd = cursor
            while lineEnd < count && characters[lineEnd] == " " { lineEnd += 1 }
        } else if let breakAfter, breakAfter > lineStart {
            lineEnd = breakAfter
        } else {
            lineEnd = max(cursor, lineStart + 1)
        }
        if isEnd(lineEnd) { return VisualLine(start: lineStart, end: lineEnd, endsParagraph: true) }
        return VisualLine(start: lineStart, end: lineEnd, endsParagraph: false)
    }
}
