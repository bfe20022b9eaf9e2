/// A multi-line text input with word wrap.
///
/// Enter inserts a newline; Up/Down move by visual (wrapped) line keeping the
/// column; Home/End (and Ctrl-A/Ctrl-E) go to the start/end of the visual line;
/// PgUp/PgDn move a screenful; Backspace/Delete, Ctrl-W (word), Ctrl-U (to line
/// start), Ctrl-K (to line end) delete; a paste arrives whole with its newlines.
/// Ctrl-Z undoes and Ctrl-Y redoes, by word (see `undo()`); a click positions the cursor
/// (`click(at:in:)`) and the wheel moves it three lines.
/// Tab is not used, so it can move focus. The last column is kept for the scroll bar.
public struct TextArea: Sendable {
    /// The text as grapheme clusters ("\n" separates paragraphs).
    /// Every change makes a new `wrapCache` (a new box, not a cleared one: a copy of the area made
    /// before the edit keeps its own lines); an edit carries the lines and the string over, changed
    /// only around the edit (`TextWrapper.rewrap`), so a key costs the same in a text of any length.
    public private(set) var characters: [Character]
    /// The visual lines of `characters` for the last width asked for, and its string.
    private var wrapCache = WrapCache()
    /// Counts the rows wrapped, for the tests and the benchmark (shared by copies of the area).
    private let wrapCounter = WrapCounter()
    /// How many visual lines this area (and its copies) has wrapped so far: a seam that shows
    /// the work a key does, which must not grow with the length of the text.
    public var wrappedRows: Int { wrapCounter.rows }
    /// Cursor offset in `characters`.
    public private(set) var cursor: Int
    /// First visual line shown.
    public internal(set) var scrollTop = 0
    /// Size of the box the area is drawn in; set it when the layout changes so keys and scrolling match the drawing.
    public var viewport: Size {
        didSet { scrollTop = visibleTop(for: viewport) }
    }
    /// Shown in the muted role when the area is empty.
    public var placeholder: String
    /// Maximum number of characters (newlines included), or nil: an insertion that would go over it is
    /// refused whole (`lastRefusal`); text already longer is kept and shown whole.
    public var maxLength: Int?
    /// Glyphs for the scroll bar.
    public var glyphs: Glyphs = .unicode
    var preferredColumn: Int?
    /// Goes up by one with every change to the text (typing, deleting, undo, redo, setting `text`),
    /// so an owner can tell whether a key changed the text without comparing strings.
    public private(set) var revision = 0
    /// Whether `handle` takes Ctrl-Z / Ctrl-Y as undo / redo (see `TextField.handlesUndoKeys`).
    public var handlesUndoKeys = true
    private var history = EditHistory()
    /// The insertion the last `handle` refused because it would go over `maxLength`, or nil.
    public internal(set) var lastRefusal: LengthRefusal?
    /// A read-only editor moves, scrolls and shows its text (in the muted role), and refuses every
    /// key that would change it (`refusedEdit`); `undo()` and `redo()` do nothing.
    public var isReadOnly = false
    /// Whether the last `handle` refused a key because the editor is read-only.
    public internal(set) var refusedEdit = false

    /// Creates an area.
    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil,
                viewport: Size = Size(columns: 60, rows: 8)) {
        let clean = TextEditing.normalized(text, keepNewlines: true)
        // Text longer than `maxLength` is kept whole: the limit refuses insertions, it never cuts.
        self.characters = Array(clean)
        self.cursor = 0
        self.placeholder = placeholder
        self.maxLength = maxLength
        self.viewport = viewport
    }

    /// The text; setting it puts the cursor at the start and clears the undo history.
    public var text: String {
        get {
            if let text = wrapCache.text { return text }
            // Joined as UTF-8 bytes: appending Character by Character is several times slower,
            // and the wizard reads the whole answer on every key.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(characters.count)
            for character in characters { bytes.append(contentsOf: character.utf8) }
            let text = String(decoding: bytes, as: UTF8.self)
            wrapCache.text = text
            return text
        }
        set {
            let clean = TextEditing.normalized(newValue, keepNewlines: true)
            characters = Array(clean)
            wrapCache = WrapCache()
            cursor = 0
            scrollTop = 0
            preferredColumn = nil
            history.clear()
            revision += 1
        }
    }

    /// Most undo groups kept (oldest are dropped); 200 by default.
    public var undoLimit: Int {
        get { history.limit }
        set { history.limit = max(1, newValue) }
    }

    /// How many undo groups edits have opened so far; it never goes down (undo and redo leave it).
    /// An owner that routes Ctrl-Z across several widgets compares it before and after `handle`:
    /// when it went up, this widget's next undo is this newest edit, so push the widget on the
    /// owner's undo stack (once per group, so the stack stays in time order).
    public var undoGroupsOpened: Int { history.groupsOpened }

    /// True when there is an edit to undo.
    public var canUndo: Bool { history.canUndo }
    /// True when there is an undone edit to redo (a new edit clears it).
    public var canRedo: Bool { history.canRedo }

    /// Reverts the last group of edits: a typed word with the space or newline before it, a run of
    /// Backspaces or Deletes, one paste, one Ctrl-W/Ctrl-U/Ctrl-K. Returns false when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard !isReadOnly else { return false }
        var text = characters
        guard let restored = history.undo(&text) else { return false }
        characters = text
        wrapCache = WrapCache()
        afterHistoryStep(cursor: restored)
        return true
    }

    /// Re-applies the last undone group. Returns false when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Bool {
        guard !isReadOnly else { return false }
        var text = characters
        guard let restored = history.redo(&text) else { return false }
        characters = text
        wrapCache = WrapCache()
        afterHistoryStep(cursor: restored)
        return true
    }

    /// Ends the current undo group, so the next edit is undone separately (call it when focus leaves the area).
    public mutating func endUndoGroup() {
        history.endGroup()
    }

    private mutating func afterHistoryStep(cursor restored: Int) {
        cursor = min(restored, characters.count)
        revision += 1
        preferredColumn = nil
        scrollTop = visibleTop(for: viewport)
    }

    /// Moves the cursor to a click at `point` when it falls inside `rect` (where the area is drawn);
    /// returns false for a click outside. Ends the undo group.
    public mutating func click(at point: Point, in rect: Rect) -> Bool {
        guard let offset = cursorIndex(at: point, in: rect) else { return false }
        setCursor(offset)
        return true
    }

    /// Moves the cursor to `offset`, counted in grapheme clusters from the start (so it can never
    /// land inside one), clamped to the text; ends the undo group. A restore puts the cursor back
    /// with it (`Recovery.cursors`).
    public mutating func setCursor(_ offset: Int) {
        cursor = max(0, min(offset, characters.count))
        preferredColumn = nil
        history.endGroup()
        scrollTop = visibleTop(for: viewport)
    }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] {
        [KeyHint("Enter", "New line"), KeyHint("Ctrl-W", "Del word"), KeyHint("Ctrl-K", "Del to end")]
    }

    /// Visual lines for a box `columns` wide (one column is kept for the scroll bar).
    public func visualLines(columns: Int) -> [VisualLine] {
        let width = max(1, columns - 1)
        if let lines = wrapCache.lines(width: width) { return lines }
        let lines = TextWrapper.wrap(characters, width: width)
        wrapCounter.rows += lines.count
        wrapCache.store(lines, width: width)
        return lines
    }

    /// The (visual row, column) of the cursor for a box `columns` wide.
    public func cursorPosition(columns: Int) -> Point {
        cursorPosition(in: visualLines(columns: columns))
    }

    private func cursorPosition(in lines: [VisualLine]) -> Point {
        let row = TextArea.lineIndex(of: cursor, in: lines)
        return Point(x: DisplayWidth.of(characters: characters[lines[row].start..<cursor]), y: row)
    }

    /// Applies a key; returns true when the area used it.
    public mutating func handle(_ key: Key) -> Bool {
        lastRefusal = nil
        refusedEdit = isReadOnly && TextEditing.changesText(key, undoKeys: handlesUndoKeys, multiline: true)
        if refusedEdit { return true }
        if handlesUndoKeys && key == .control("z") { return undo() }
        if handlesUndoKeys && key == .control("y") { return redo() }
        if applyEdit(key) {
            preferredColumn = nil
        } else if let keepColumn = applyMove(key) {
            // A move ends the undo group: typing after it is a new step to undo.
            history.endGroup()
            if !keepColumn { preferredColumn = nil }
        } else {
            return false
        }
        scrollTop = visibleTop(for: viewport)
        return true
    }

    /// Applies a key that changes the text; false for any other key.
    private mutating func applyEdit(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character), kind: .typing, typedSpace: character.isWhitespace)
        case .paste(let text):
            insert(text, kind: .single)
        case .enter:
            insert("\n", kind: .typing, typedSpace: true)
        case .backspace:
            if cursor > 0 { edit(cursor - 1..<cursor, with: "", kind: .deleteBackward) }
        case .delete, .control("d"):
            if cursor < characters.count { edit(cursor..<cursor + 1, with: "", kind: .deleteForward) }
        case .control("w"):
            edit(TextEditing.wordStart(before: cursor, in: characters)..<cursor, with: "", kind: .single)
        case .control("u"):
            edit(paragraphStart()..<cursor, with: "", kind: .single)
        case .control("k"):
            let end = paragraphEnd()
            // At the end of a line, Ctrl-K joins the next line, as in Emacs and readline.
            edit(cursor..<(end == cursor && end < characters.count ? end + 1 : end), with: "", kind: .single)
        default:
            return false
        }
        return true
    }

    /// Applies a key that moves the cursor; nil for any other key, else whether the column
    /// the cursor tries to keep on Up and Down is kept.
    private mutating func applyMove(_ key: Key) -> Bool? {
        switch key {
        case .left: if cursor > 0 { cursor -= 1 }
        case .right: if cursor < characters.count { cursor += 1 }
        case .home, .control("a"): cursor = currentLine().start
        case .end, .control("e"): cursor = currentLine().lastCursorOffset
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case .pageUp: moveVertically(by: -max(1, viewport.rows - 1))
        case .pageDown: moveVertically(by: max(1, viewport.rows - 1))
        // The cursor must stay visible, so the wheel moves it.
        case .mouse(.wheelUp): moveVertically(by: -3)
        case .mouse(.wheelDown): moveVertically(by: 3)
        default: return nil
        }
        switch key {
        case .up, .down, .pageUp, .pageDown, .mouse: return true
        default: return false
        }
    }

    /// Draws the wrapped text, the scroll bar, and (when focused) the cursor.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool) {
        guard rect.width > 1, rect.height > 0 else { return }
        // A read-only area is plain muted text, without the box an editable area has.
        let role: Role = isReadOnly ? .muted : focused ? .focusedField : .field
        if !isReadOnly { surface.fill(rect, role: role) }
        // Wrapped once per frame: a 20,000-character answer re-wraps in about a millisecond.
        let lines = visualLines(columns: rect.width)
        let top = visibleTop(for: rect.size, lines: lines)
        if characters.isEmpty && !placeholder.isEmpty {
            surface.put(placeholder, at: rect.origin, role: .muted, width: rect.width - 1)
        }
        for row in 0..<rect.height {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index]
            let text = String(characters[line.start..<line.end])
            // Plain `input` role for the text being edited: see TextField.
            surface.put(text, at: Point(x: rect.x, y: rect.y + row), role: focused && !isReadOnly ? .input : role, width: rect.width - 1)
        }
        surface.scrolled(rect, firstLine: top)
        ScrollIndicator.draw(on: surface, column: rect.maxX - 1, top: rect.y, rows: rect.height,
                             total: lines.count, visible: rect.height, offset: top, glyphs: glyphs)
        if focused {
            let position = cursorPosition(in: lines)
            surface.setCursor(Point(x: rect.x + min(position.x, rect.width - 1), y: rect.y + position.y - top))
        }
    }

    /// The index of the visual line holding `offset`.
    static func lineIndex(of offset: Int, in lines: [VisualLine]) -> Int {
        for (index, line) in lines.enumerated()
        where offset >= line.start && (offset < line.end || (offset == line.end && line.endsParagraph)) {
            return index
        }
        return max(0, lines.count - 1)
    }

    private func currentLine() -> VisualLine {
        let lines = visualLines(columns: viewport.columns)
        return lines[TextArea.lineIndex(of: cursor, in: lines)]
    }

    private func paragraphStart() -> Int {
        var index = cursor
        while index > 0 && characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private func paragraphEnd() -> Int {
        var index = cursor
        while index < characters.count && characters[index] != "\n" { index += 1 }
        return index
    }

    /// Moves by `delta` visual lines, aiming for the remembered column.
    private mutating func moveVertically(by delta: Int) {
        let lines = visualLines(columns: viewport.columns)
        let current = TextArea.lineIndex(of: cursor, in: lines)
        let column = preferredColumn ?? DisplayWidth.of(characters: characters[lines[current].start..<cursor])
        preferredColumn = column
        let target = min(max(0, current + delta), lines.count - 1)
        if target == current {
            // Already on the first/last line: go to its start/end, as most editors do.
            cursor = delta < 0 ? lines[current].start : lines[current].lastCursorOffset
            return
        }
        let line = lines[target]
        var offset = line.start
        var used = 0
        while offset < line.lastCursorOffset {
            let width = DisplayWidth.of(characters[offset])
            if used + width > column { break }
            used += width
            offset += 1
        }
        cursor = offset
    }

    /// The first visual line to show in a box of `size` so the cursor stays visible.
    ///
    /// When the cursor leaves the box, the box jumps to put the cursor's line in its middle
    /// (as nano does) rather than creeping one line at a time: typing at the bottom of an
    /// answer then scrolls once every half box instead of at every wrapped word, and over SSH
    /// each scroll costs a repaint of the scroll bar. So the last lines may stand in the upper
    /// half with blank rows below them, never higher.
    func visibleTop(for size: Size, lines known: [VisualLine]? = nil) -> Int {
        guard size.rows > 0 else { return 0 }
        let lines = known ?? visualLines(columns: size.columns)
        let row = TextArea.lineIndex(of: cursor, in: lines)
        let middle = (size.rows - 1) / 2
        var top = min(scrollTop, max(0, lines.count - 1 - middle))
        if row < top { top = row - middle }
        if row >= top + size.rows { top = row - middle }
        return min(max(0, top), max(0, lines.count - 1 - middle))
    }

    /// Inserts at the cursor, or refuses the whole insertion (setting `lastRefusal`) when it would
    /// take the text over `maxLength`: nothing is ever cut.
    mutating func insert(_ text: String, kind: EditHistory.Kind, typedSpace: Bool = false) {
        let clean = TextEditing.normalized(text, keepNewlines: true)
        guard !clean.isEmpty else { return }
        if let refusal = TextEditing.refusal(clean, currentCount: characters.count, maxLength: maxLength, isPaste: kind == .single) {
            lastRefusal = refusal
            return
        }
        edit(cursor..<cursor, with: clean, kind: kind, typedSpace: typedSpace)
    }

    private mutating func edit(_ range: Range<Int>, with insertion: String, kind: EditHistory.Kind, typedSpace: Bool = false) {
        guard range.lowerBound >= 0, range.upperBound <= characters.count, !(range.isEmpty && insertion.isEmpty) else { return }
        let before = cursor
        let oldCount = characters.count
        let previous = wrapCache
        // The clusters re-formed around the edit: from one before the range to one after it.
        let location = max(0, range.lowerBound - 1)
        let removed = min(oldCount, range.upperBound + 1) - location
        let removedBytes = characters[location..<(location + removed)].reduce(0) { $0 + $1.utf8.count }
        let result = TextEditing.apply(&characters, range: range, with: insertion)
        wrapCache = previous.carried(to: characters, location: location, removed: removed, removedBytes: removedBytes,
                                     inserted: removed + characters.count - oldCount, counter: wrapCounter)
        cursor = result.cursor
        revision += 1
        history.record(result.change, kind: kind, typedSpace: typedSpace, cursorBefore: before, cursorAfter: cursor)
    }
}
