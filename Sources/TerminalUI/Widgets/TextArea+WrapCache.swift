/// The wrapped lines (see `TextArea.visualLines`) and the string of one version of a text
/// area's text. Each
/// change to the text makes a new box, so a box only ever describes one text; it is filled in
/// from non-mutating methods (drawing), hence a class. Text areas live on the UI thread.
final class WrapCache: @unchecked Sendable {
    /// `characters` as a string, once asked for.
    var text: String?
    /// Lines by width, the two widths asked for last: an owner may key the area at one width
    /// (its viewport) and draw it at another, and neither must wrap the whole text again.
    private var entries: [(width: Int, lines: [VisualLine])] = []

    func lines(width: Int) -> [VisualLine]? { entries.first { $0.width == width }?.lines }

    func store(_ lines: [VisualLine], width: Int) {
        entries.removeAll { $0.width == width }
        if entries.count >= 2 { entries.removeFirst() }
        entries.append((width, lines))
    }

    /// A new box for `characters`, the text after `removed` characters at `location` were
    /// replaced by `inserted` ones: the lines wrapped again only around the edit, and the
    /// string spliced (its UTF-8 offset counted from the nearer end), never rebuilt whole.
    func carried(to characters: [Character], location: Int, removed: Int, removedBytes: Int,
                 inserted: Int, counter: WrapCounter) -> WrapCache {
        let next = WrapCache()
        for entry in entries {
            var produced = 0
            next.store(TextWrapper.rewrap(characters, width: entry.width, old: entry.lines, location: location,
                                          removed: removed, inserted: inserted, produced: &produced), width: entry.width)
            counter.rows += produced
        }
        if var string = text {
            // The unchanged clusters before and after the edit are the same in the string.
            let tail = location + inserted
            let start: String.Index
            let end: String.Index
            if location <= characters.count - tail {
                let bytes = characters[..<location].reduce(0) { $0 + $1.utf8.count }
                start = string.utf8.index(string.utf8.startIndex, offsetBy: bytes)
                end = string.utf8.index(start, offsetBy: removedBytes)
            } else {
                let bytes = characters[tail...].reduce(0) { $0 + $1.utf8.count }
                end = string.utf8.index(string.utf8.endIndex, offsetBy: -bytes)
                start = string.utf8.index(end, offsetBy: -removedBytes)
            }
            string.replaceSubrange(start..<end, with: String(characters[location..<tail]))
            next.text = string
        }
        return next
    }
}

/// How many visual lines a text area has wrapped (see `TextArea.wrappedRows`).
final class WrapCounter: @unchecked Sendable {
    var rows = 0
}
