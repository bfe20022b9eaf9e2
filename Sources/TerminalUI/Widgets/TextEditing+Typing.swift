/// A run of typed characters handled as a few edits: what a fast typist, or a paste into a
/// terminal without bracketed paste, sends faster than the screen is drawn.
extension TextEditing {
    /// The run cut where each key would open a new undo group: each stretch of non-space
    /// characters whole, each white-space character alone. Typed piece by piece, the text, the
    /// cursor and the undo groups are what typing the characters one at a time gives.
    static func typedPieces(_ run: String) -> [String] {
        var pieces: [String] = []
        var word = ""
        for character in run {
            if character.isWhitespace {
                if !word.isEmpty { pieces.append(word) }
                word = ""
                pieces.append(String(character))
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { pieces.append(word) }
        return pieces
    }

    /// Whether `run` can be typed in pieces with the same outcome as key by key: plain text that
    /// normalising leaves as it is (no newline, tab or control character), and room for all of
    /// it under `maxLength` (key by key, the keys past the limit would be refused one by one).
    static func canTypeAsRun(_ run: String, count: Int, maxLength: Int?) -> Bool {
        guard !run.isEmpty, normalized(run, keepNewlines: false) == run else { return false }
        if let maxLength, count + run.count > maxLength { return false }
        return true
    }
}

extension TextArea {
    /// Types `run` as if each character were pressed in turn (same text, cursor, undo groups), in
    /// one edit per word rather than per character. Returns false, changing nothing, when the run
    /// cannot be typed that way (read-only, not plain text, over the limit): press its keys then.
    public mutating func type(_ run: String) -> Bool {
        guard !isReadOnly, TextEditing.canTypeAsRun(run, count: characters.count, maxLength: maxLength) else { return false }
        lastRefusal = nil
        refusedEdit = false
        for piece in TextEditing.typedPieces(run) {
            insert(piece, kind: .typing, typedSpace: piece.first?.isWhitespace == true)
        }
        preferredColumn = nil
        scrollTop = visibleTop(for: viewport)
        return true
    }
}

extension TextField {
    /// Types `run` as if each character were pressed in turn (see `TextArea.type(_:)`).
    public mutating func type(_ run: String) -> Bool {
        guard !isReadOnly, TextEditing.canTypeAsRun(run, count: characters.count, maxLength: maxLength) else { return false }
        lastRefusal = nil
        refusedEdit = false
        for piece in TextEditing.typedPieces(run) {
            let start = cursor
            insert(piece, kind: .typing, typedSpace: piece.first?.isWhitespace == true)
            // The view jumps by half a box as the cursor leaves it, so where it ends depends on the
            // way there: follow the cursor one character at a time, as the keys would have.
            let end = cursor
            for step in (start + 1)...max(start + 1, end) where step <= end {
                cursor = step
                scrollColumn = scroll(for: visibleWidth)
            }
        }
        return true
    }
}
