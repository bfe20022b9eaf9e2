/// A one-line text input.
///
/// Keys: Left/Right, Home/End and Ctrl-A/Ctrl-E move; Backspace/Delete delete one
/// grapheme; Ctrl-W deletes the word before the cursor, Ctrl-U to the start, Ctrl-K
/// to the end; a paste is inserted with its newlines turned into spaces. Widths
/// are display widths, and the cursor only ever sits between grapheme clusters.
/// When the text is wider than the box, the view jumps by half a box so typing
/// does not redraw the whole field on every key (this matters over SSH).
public struct TextField: Sendable {
    /// The text as grapheme clusters.
    public private(set) var characters: [Character]
    /// Cursor offset in `characters` (0 … count).
    public private(set) var cursor: Int
    /// Shown in the muted role when the field is empty.
    public var placeholder: String
    /// Maximum number of characters, or nil for no limit.
    public var maxLength: Int?
    /// Width of the box the field is drawn in; set it when the layout changes so scrolling matches the drawing.
    public var visibleWidth: Int {
        didSet { scrollColumn = scroll(for: visibleWidth) }
    }
    /// First display column shown.
    public private(set) var scrollColumn = 0

    /// Creates a field.
    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil, visibleWidth: Int = 40) {
        let clean = TextEditing.normalized(text, keepNewlines: false)
        self.characters = Array(maxLength.map { String(clean.prefix($0)) } ?? clean)
        self.cursor = characters.count
        self.placeholder = placeholder
        self.maxLength = maxLength
        self.visibleWidth = visibleWidth
        self.scrollColumn = scroll(for: visibleWidth)
    }

    /// The field's text; setting it moves the cursor to the end.
    public var text: String {
        get { String(characters) }
        set {
            let clean = TextEditing.normalized(newValue, keepNewlines: false)
            characters = Array(maxLength.map { String(clean.prefix($0)) } ?? clean)
            cursor = characters.count
            scrollColumn = scroll(for: visibleWidth)
        }
    }

    /// Display column of the cursor from the start of the text.
    public var cursorColumn: Int { DisplayWidth.of(characters: characters[..<cursor]) }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] {
        [KeyHint("Ctrl-W", "Del word"), KeyHint("Ctrl-U", "Del to start"), KeyHint("Ctrl-K", "Del to end")]
    }

    /// Applies a key; returns true when the field used it (Tab, Enter, Up/Down are left to the owner).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character))
        case .paste(let text):
            insert(text)
        case .left:
            if cursor > 0 { cursor -= 1 }
        case .right:
            if cursor < characters.count { cursor += 1 }
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        case .backspace:
            if cursor > 0 { edit(cursor - 1..<cursor, with: "") }
        case .delete, .control("d"):
            if cursor < characters.count {
                edit(cursor..<cursor + 1, with: "")
                cursor = min(cursor, characters.count)
            }
        case .control("w"):
            edit(TextEditing.wordStart(before: cursor, in: characters)..<cursor, with: "")
        case .control("u"):
            edit(0..<cursor, with: "")
        case .control("k"):
            edit(cursor..<characters.count, with: "")
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
        surface.fill(row, role: focused ? .focusedField : .field)
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
            surface.put(visible, at: Point(x: row.x + lead, y: row.y), role: focused ? .input : .field)
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

    private mutating func insert(_ text: String) {
        let clean = TextEditing.limited(TextEditing.normalized(text, keepNewlines: false),
                                        currentCount: characters.count, removing: 0, maxLength: maxLength)
        guard !clean.isEmpty else { return }
        edit(cursor..<cursor, with: clean)
    }

    private mutating func edit(_ range: Range<Int>, with insertion: String) {
        guard range.lowerBound >= 0, range.upperBound <= characters.count else { return }
        let result = TextEditing.replace(characters, range: range, with: insertion)
        characters = result.characters
        cursor = result.cursor
    }
}
