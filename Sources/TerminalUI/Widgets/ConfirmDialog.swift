/// A modal question in a centred box, e.g. "Save changes?" with Save / Discard / Cancel.
///
/// Keys: each button's shortcut letters (case-insensitive; by default `y` for the
/// first button and `n` for the second), Left/Right/Tab to move, Enter/Space to
/// choose, Esc to cancel.
public struct ConfirmDialog: Sendable {
    /// One button.
    public struct Button: Equatable, Sendable {
        /// Label, e.g. "Save".
        public var label: String
        /// Letters that choose it directly (lowercase).
        public var shortcuts: [Character]
        /// True when choosing it means "cancel" (reported as `.cancelled`).
        public var isCancel: Bool

        /// Creates a button.
        public init(_ label: String, shortcuts: [Character] = [], isCancel: Bool = false) {
            self.label = label
            self.shortcuts = shortcuts.map { Character($0.lowercased()) }
            self.isCancel = isCancel
        }
    }

    /// Title in the frame.
    public var title: String
    /// The question; wrapped to the box.
    public var message: String
    /// The buttons.
    public var buttons: [Button]
    /// Focus among the buttons.
    public var row: ButtonRow
    /// Glyphs for the frame.
    public var glyphs: Glyphs = .unicode
    /// Role of the message (e.g. `.warning` for destructive questions).
    public var messageRole: Role = .text

    /// Creates a dialog.
    public init(title: String, message: String, buttons: [Button], focusedIndex: Int = 0) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.row = ButtonRow(buttons.map(\.label), focusedIndex: focusedIndex)
    }

    /// Save (y/s) / Discard (n/d) / Cancel (c, Esc).
    public static func saveDiscardCancel(title: String = "Unsaved changes", message: String) -> ConfirmDialog {
        ConfirmDialog(title: title, message: message, buttons: [
            Button("Save", shortcuts: ["y", "s"]),
            Button("Discard", shortcuts: ["n", "d"]),
            Button("Cancel", shortcuts: ["c"], isCancel: true),
        ])
    }

    /// Yes (y) / No (n, Esc).
    public static func yesNo(title: String, message: String) -> ConfirmDialog {
        ConfirmDialog(title: title, message: message, buttons: [
            Button("Yes", shortcuts: ["y"]),
            Button("No", shortcuts: ["n"], isCancel: true),
        ], focusedIndex: 1)
    }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] {
        var hints: [KeyHint] = []
        for button in buttons {
            if let shortcut = button.shortcuts.first { hints.append(KeyHint(String(shortcut), button.label)) }
        }
        hints.append(KeyHint("Esc", "Cancel"))
        return hints
    }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> DialogOutcome {
        switch key {
        case .escape, .control("c"):
            return .cancelled
        case .character(let character) where character != " ":
            let lower = Character(character.lowercased())
            if let index = buttons.firstIndex(where: { $0.shortcuts.contains(lower) }) {
                return outcome(for: index)
            }
            return .pending
        case .tab where row.focusedIndex == buttons.count - 1:
            row.focusedIndex = 0  // Tab cycles: focus cannot leave a modal dialog
            return .pending
        case .backTab where row.focusedIndex == 0:
            row.focusedIndex = max(0, buttons.count - 1)
            return .pending
        default:
            if case .activated(let index) = row.handle(key) { return outcome(for: index) }
            return .pending
        }
    }

    /// Draws the dialog centred in `rect` (usually the whole screen) over whatever is there.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool = true) {
        let layout = layout(in: rect)
        let content = Box(style: glyphs.box).draw(on: surface, in: layout.box, title: title).inset(left: 1, right: 1)
        for (index, line) in layout.lines.enumerated() where index < content.height - 2 {
            surface.put(line, at: Point(x: content.x, y: content.y + 1 + index), role: messageRole, width: content.width)
        }
        row.draw(on: surface, in: layout.buttons, focused: focused)
    }

    /// What a click at `point` does to the dialog drawn in `rect`: a click on a button chooses it
    /// (as Enter would), anywhere else nothing (`.pending`; a modal dialog ignores clicks outside it).
    public mutating func click(at point: Point, in rect: Rect) -> DialogOutcome {
        let buttons = layout(in: rect).buttons
        guard point.y == buttons.y, point.x >= buttons.x, case .activated(let index) = row.click(atColumn: point.x - buttons.x) else {
            return .pending
        }
        return outcome(for: index)
    }

    /// The frame, the wrapped message and the button row's rectangle for a dialog centred in `rect`.
    private func layout(in rect: Rect) -> (box: Rect, lines: [String], buttons: Rect) {
        let maxInner = max(10, min(60, rect.width - 6))
        let titleWidth = DisplayWidth.of(Sanitizer.displayable(title)) + 4
        let messageWidth = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { DisplayWidth.of(Sanitizer.displayable(String($0))) }.max() ?? 0
        let inner = min(maxInner, max(row.width, titleWidth, messageWidth, 20))
        let lines = TextWrapper.wrap(message, width: inner)
        let box = rect.centered(Size(columns: inner + 4, rows: lines.count + 5))
        let content = box.width >= 2 && box.height >= 2 ? box.inset(by: 1).inset(left: 1, right: 1) : Rect(origin: box.origin, size: .zero)
        let buttonsX = content.x + max(0, (content.width - row.width) / 2)
        return (box, lines, Rect(x: buttonsX, y: content.maxY - 1, width: content.maxX - buttonsX, height: 1))
    }

    private func outcome(for index: Int) -> DialogOutcome {
        buttons[index].isCancel ? .cancelled : .chosen(index)
    }
}
