/// A row of buttons: Left/Right (and Tab/Shift-Tab inside the row) move, Enter or Space activates.
/// Tab past the last button and Shift-Tab before the first are `.ignored` so focus can leave the row.
public struct ButtonRow: Sendable {
    /// Button labels.
    public var labels: [String]
    /// The focused button.
    public var focusedIndex: Int

    /// Creates a row.
    public init(_ labels: [String], focusedIndex: Int = 0) {
        self.labels = labels
        self.focusedIndex = max(0, min(focusedIndex, labels.count - 1))
    }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] { [KeyHint("Left/Right", "Choose"), KeyHint("Enter", "Activate")] }

    /// Display width of the row.
    public var width: Int {
        labels.map { DisplayWidth.of(Sanitizer.displayable($0)) + 4 }.reduce(0, +) + max(0, labels.count - 1) * 2
    }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> ButtonOutcome {
        guard !labels.isEmpty else { return .ignored }
        switch key {
        case .left:
            focusedIndex = max(0, focusedIndex - 1)
        case .right:
            focusedIndex = min(labels.count - 1, focusedIndex + 1)
        case .tab:
            guard focusedIndex < labels.count - 1 else { return .ignored }
            focusedIndex += 1
        case .backTab:
            guard focusedIndex > 0 else { return .ignored }
            focusedIndex -= 1
        case .enter, .character(" "):
            return .activated(focusedIndex)
        default:
            return .ignored
        }
        return .handled
    }

    /// The button under a click `column` cells from the row's left edge (where `draw` starts), or nil
    /// for the gaps between buttons and past the last one.
    public func button(atColumn column: Int) -> Int? {
        var x = 0
        for (index, label) in labels.enumerated() {
            let width = DisplayWidth.of("[ " + Sanitizer.displayable(label) + " ]")
            if column >= x && column < x + width { return index }
            x += width + 2
        }
        return nil
    }

    /// A click `column` cells from the row's left edge: focuses the button under it and activates it
    /// (as Enter would); `.ignored` when no button is there.
    public mutating func click(atColumn column: Int) -> ButtonOutcome {
        guard let index = button(atColumn: column) else { return .ignored }
        focusedIndex = index
        return .activated(index)
    }

    /// Draws `[ Label ]` buttons left to right from the rect's origin; the focused one in the selection role when `focused`.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool) {
        guard rect.height > 0 else { return }
        var x = rect.x
        for (index, label) in labels.enumerated() {
            let text = "[ " + Sanitizer.displayable(label) + " ]"
            let role: Role = index == focusedIndex && focused ? .selection : .button
            let room = rect.maxX - x
            if room <= 0 { break }
            surface.put(text, at: Point(x: x, y: rect.y), role: role, width: room)
            if index == focusedIndex && focused { surface.setCursor(Point(x: x + 2, y: rect.y)) }
            x += DisplayWidth.of(text) + 2
        }
    }
}
