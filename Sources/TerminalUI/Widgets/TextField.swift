/// A one-line text input.
///
/// Keys: Left/Right, Home/End and Ctrl-A/Ctrl-E move; Backspace/Delete delete one
/// grapheme; Ctrl-W deletes the word before the cursor, Ctrl-U to the start, Ctrl-K
/// to the end; a paste is inserted with its newlines turned into spaces; Ctrl-Z undoes
/// and Ctrl-Y redoes, by word (see `undo()`). A click positions the cursor
/// (`click(at:in:)`). Widths
/// are display widths, and the cursor only ever sits between grapheme clusters.
/// When the text is wider than the box, the view jumps by half a box so typing
/// does not redraw the whole field on every key (this matters over SSH).
public struct TextField: Sendable {
    /// The text as grapheme clusters.
    public private(set) var characters: [Character]
    /// Cursor offset in `characters` (0 … count).
    public internal(set) var cursor: Int
    /// Shown in the muted role when the field is empty.
    public var placeholder: String
    /// Maximum number of characters, or nil for no limit: an insertion that would go over it is refused
    /// whole (`lastRefusal`); text already longer (set or given at creation) is kept and shown whole.
    public var maxLength: Int?
    /// Width of the box the field is drawn in; set it when the layout changes so scrolling matches the drawing.
    public var visibleWidth: Int {
        didSet { scrollColumn = scroll(for: visibleWidth) }
    }
    /// First display column shown.
    public internal(set) var scrollColumn = 0
    /// Goes up by one with every change to the text (typing, deleting, undo, redo, setting `text`),
    /// so an owner can tell whether a key changed the text without comparing strings.
    public private(set) var revision = 0
    /// Whether `handle` takes Ctrl-Z / Ctrl-Y as undo / redo. Screens that resolve undo and redo
    /// through a `Keymap` (and call `undo()` / `redo()` themselves) may turn this off.
    public var handlesUndoKeys = true
    private var history = EditHistory()
    /// The insertion the last `handle` refused because it would go over `maxLength`, or nil.
    public internal(set) var lastRefusal: LengthRefusal?
    /// A read-only editor moves, scrolls and shows its text (in the muted role), and refuses every
    /// key that would change it (`refusedEdit`); `undo()` and `redo()` do nothing.
    public var isReadOnly = false
    /// Whether the last `handle` refused a key because the editor is read-only.
    public internal(set) var refusedEdit = false

    /// Creates a field.
    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil, visibleWidth: Int = 40) {
        let clean = TextEditing.normalized(text, keepNewlines: false)
        // Text longer than `maxLength` is kept whole: the limit refuses insertions, it never cuts.
        self.characters = Array(clean)
        self.cursor = characters.count
        self.placeholder = placeholder
        self.maxLength = maxLength
        self.visibleWidth = visibleWidth
        self.scrollColumn = scroll(for: visibleWidth)
    }

    /// The field's text; setting it moves the cursor to the end and clears the undo history.
    public var text: String {
        get { String(characters) }
        set {
            let clean = TextEditing.normalized(newValue, keepNewlines: false)
            characters = Array(clean)
            cursor = characters.count
            scrollColumn = scroll(for: visibleWidth)
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

    /// Reverts the last group of edits: a typed word with the space before it, a run of
    /// Backspaces or Deletes, one paste, one Ctrl-W/Ctrl-U/Ctrl-K. Returns false when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard !isReadOnly else { return false }
        guard let restored = history.undo(&characters) else { return false }
        cursor = min(restored, characters.count)
        revision += 1
        scrollColumn = scroll(for: visibleWidth)
        return true
    }

    /// Re-applies the last undone group. Returns false when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Bool {
        guard !isReadOnly else { return false }
        guard let restored = history.redo(&characters) else { return false }
        cursor = min(restored, characters.count)
        revision += 1
        scrollColumn = scroll(for: visibleWidth)
        return true
    }

    /// Ends the current undo group, so the next edit is undone separately (call it when focus leaves the field).
    public mutating func endUndoGroup() {
        history.endGroup()
    }

    /// The cursor offset for a click `column` cells from the field's left edge, with the field drawn
    /// `width` columns wide (default `visibleWidth`): the cluster under the click, or the end when
    /// the click is past the text. The right half of a wide character counts as after it.
    public func cursorIndex(forColumn column: Int, width: Int? = nil) -> Int {
        let target = max(0, column) + scroll(for: width ?? visibleWidth)
        var used = 0
        for (index, character) in characters.enumerated() {
            let cells = DisplayWidth.of(character)
            if target < used + cells {
                return target - used < (cells + 1) / 2 ? index : index + 1
            }
            used += cells
        }
        return characters.count
    }

    /// Moves the cursor to a click at `point` when it falls inside `rect` (where the field is drawn);
    /// returns false for a click outside. Ends the undo group.
    public mutating func click(at point: Point, in rect: Rect) -> Bool {
        guard rect.contains(point) else { return false }
        setCursor(cursorIndex(forColumn: point.x - rect.x, width: rect.width))
        return true
    }

    /// Moves the cursor to `offset`, counted in grapheme clusters from the start (so it can never
    /// land inside one), clamped to the text; ends the undo group. A restore puts the cursor back
    /// with it (`Recovery.cursors`).
    public mutating func setCursor(_ offset: Int) {
        cursor = max(0, min(offset, characters.count))
        history.endGroup()
        scrollColumn = scroll(for: visibleWidth)
    }

    /// Display column of the cursor from the start of the text.
    public var cursorColumn: Int { DisplayWidth.of(characters: characters[..<cursor]) }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] {
        [KeyHint("Ctrl-W", "Del word"), KeyHint("Ctrl-U", "Del to start"), KeyHint("Ctrl-K", "Del to end")]
    }

    /// Applies a key; returns true when the field used it (Tab, Enter, Up/Down are left to the owner).
    public mutating func handle(_ key: Key) -> Bool {
        lastRefusal = nil
        refusedEdit = isReadOnly && TextEditing.changesText(key, undoKeys: handlesUndoKeys, multiline: false)
        if refusedEdit { return true }
        switch key {
        case .character(let character):
            insert(String(character), kind: .typing, typedSpace: character.isWhitespace)
        case .paste(let text):
            insert(text, kind: .single)
        case .left:
            if cursor > 0 { cursor -= 1 }
            history.endGroup()
        case .right:
            if cursor < characters.count { cursor += 1 }
            history.endGroup()
        case .home, .control("a"):
            cursor = 0
            history.endGroup()
        case .end, .control("e"):
            cursor = characters.count
            history.endGroup()
        case .backspace:
            if cursor > 0 { edit(cursor - 1..<cursor, with: "", kind: .deleteBackward) }
        case .delete, .control("d"):
            if cursor < characters.count {
                edit(cursor..<cursor + 1, with: "", kind: .deleteForward)
                cursor = min(cursor, characters.count)
            }
        case .control("w"):
            edit(TextEditing.wordStart(before: cursor, in: characters)..<cursor, with: "", kind: .single)
        case .control("u"):
            edit(0..<cursor, with: "", kind: .single)
        case .control("k"):
            edit(cursor..<characters.count, with: "", kind: .single)
        case .control("z") where handlesUndoKeys:
            return undo()
        case .control("y") where handlesUndoKeys:
            return redo()
        default:
            return false
        }
        scrollColumn = scroll(for: visibleWidth)
        return true
    }

    /// Draws the field on the first row of `rect`; places the cursor when focused.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        // A read-only field is plain muted text, without the box an editable field has.
        if !isReadOnly { surface.fill(row, role: focused ? .focusedField : .field) }
        if characters.isEmpty {
            if !placeholder.isEmpty {
                surface.put(placeholder, at: row.origin, role: .muted, width: row.width)
            }
        } else {
            let start = scroll(for: row.width)
            var column = 0
            var visible = ""
            var lead = 0
            for character in characters {
                let width = DisplayWidth.of(character)
                defer { column += width }
                if column < start {
                    if column + width > start { lead = column + width - start }  // wide char cut at the left edge
                    continue
                }
                if column - start + width > row.width { break }
                visible.append(character)
            }
            // Typed text uses the plain `input` role: each keystroke then costs one byte over SSH,
            // where a coloured field would resend colour codes with every character.
            surface.put(visible, at: Point(x: row.x + lead, y: row.y), role: isReadOnly ? .muted : focused ? .input : .field)
        }
        if focused {
            let x = min(row.x + cursorColumn - scroll(for: row.width), row.maxX - 1)
            surface.setCursor(Point(x: x, y: row.y))
        }
    }

    /// The first visible column for a box `width` wide, moving by half a box when the cursor leaves it.
    func scroll(for width: Int) -> Int {
        let width = max(1, width)
        let column = cursorColumn
        let total = DisplayWidth.of(characters: characters)
        if total < width { return 0 }
        var start = scrollColumn
        if column < start {
            start = max(0, column - width / 2)
        } else if column >= start + width {
            start = column - width + 1 + width / 2
        }
        // After deletions, do not leave more than half a box blank while text is hidden at the left.
        return max(0, min(start, total + 1 - width + width / 2))
    }

    /// Inserts at the cursor, or refuses the whole insertion (setting `lastRefusal`) when it would
    /// take the text over `maxLength`: nothing is ever cut.
    mutating func insert(_ text: String, kind: EditHistory.Kind, typedSpace: Bool = false) {
        let clean = TextEditing.normalized(text, keepNewlines: false)
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
        let result = TextEditing.apply(&characters, range: range, with: insertion)
        cursor = result.cursor
        revision += 1
        history.record(result.change, kind: kind, typedSpace: typedSpace, cursorBefore: before, cursorAfter: cursor)
    }

}
