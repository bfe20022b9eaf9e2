/// A list of labelled checkboxes: Up/Down (and the mouse wheel) move, Space toggles, a click toggles the row clicked.
public struct CheckboxList: Sendable {
    /// One checkbox.
    public struct Item: Equatable, Sendable {
        /// Label shown after the box.
        public var label: String
        /// Whether it is ticked.
        public var isChecked: Bool

        /// Creates an item.
        public init(_ label: String, isChecked: Bool = false) {
            self.label = label
            self.isChecked = isChecked
        }
    }

    /// The checkboxes.
    public var items: [Item] {
        didSet { selectedRow = max(0, min(selectedRow, items.count - 1)) }
    }
    /// The highlighted row.
    public private(set) var selectedRow = 0
    /// First row shown.
    public private(set) var scrollTop = 0
    /// Size of the box it is drawn in.
    public var viewport: Size {
        didSet { scrollTop = visibleTop(rows: viewport.rows) }
    }
    /// Glyphs for boxes and the scroll bar.
    public var glyphs: Glyphs = .unicode

    /// Creates a list.
    public init(items: [Item], viewport: Size = Size(columns: 40, rows: 10)) {
        self.items = items
        self.viewport = viewport
    }

    /// Indexes of the ticked items.
    public var checkedIndices: [Int] { items.indices.filter { items[$0].isChecked } }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] { [KeyHint("Space", "Toggle")] }

    /// Applies a key; returns true when used.
    public mutating func handle(_ key: Key) -> Bool {
        guard !items.isEmpty else { return false }
        switch key {
        case .up, .mouse(.wheelUp): selectedRow = max(0, selectedRow - 1)
        case .down, .mouse(.wheelDown): selectedRow = min(items.count - 1, selectedRow + 1)
        case .home: selectedRow = 0
        case .end: selectedRow = items.count - 1
        case .character(" "): items[selectedRow].isChecked.toggle()
        default: return false
        }
        scrollTop = visibleTop(rows: viewport.rows)
        return true
    }

    /// The index of the item under `point`, with the list drawn in `rect` (the same layout as `draw`);
    /// nil outside `rect`, on the scroll bar column, or below the last item.
    public func row(at point: Point, in rect: Rect) -> Int? {
        guard rect.width > 1, rect.contains(point), point.x < rect.maxX - 1 else { return nil }
        let index = visibleTop(rows: rect.height) + point.y - rect.y
        return items.indices.contains(index) ? index : nil
    }

    /// A click at `point` on the list drawn in `rect`: highlights the item under it and toggles it;
    /// returns false (and changes nothing) when no item is there.
    public mutating func click(at point: Point, in rect: Rect) -> Bool {
        guard let index = row(at: point, in: rect) else { return false }
        selectedRow = index
        items[index].isChecked.toggle()
        scrollTop = visibleTop(rows: viewport.rows)
        return true
    }

    /// Draws the boxes; the highlighted row uses the selection role when focused.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool) {
        guard rect.width > 1, rect.height > 0 else { return }
        surface.fill(rect, role: .text)
        let top = visibleTop(rows: rect.height)
        for row in 0..<rect.height where top + row < items.count {
            let item = items[top + row]
            let selected = top + row == selectedRow && focused
            let role: Role = selected ? .selection : .text
            let point = Point(x: rect.x, y: rect.y + row)
            if selected { surface.fill(Rect(x: rect.x, y: point.y, width: rect.width - 1, height: 1), role: role) }
            surface.putTruncated((item.isChecked ? glyphs.checked : glyphs.unchecked) + " " + item.label,
                                 at: point, role: role, width: rect.width - 1)
        }
        ScrollIndicator.draw(on: surface, column: rect.maxX - 1, top: rect.y, rows: rect.height,
                             total: items.count, visible: rect.height, offset: top, glyphs: glyphs)
        if focused, selectedRow >= top, selectedRow < top + rect.height {
            surface.setCursor(Point(x: rect.x + 1, y: rect.y + selectedRow - top))
        }
    }

    private func visibleTop(rows: Int) -> Int {
        guard rows > 0 else { return 0 }
        var top = min(scrollTop, max(0, items.count - rows))
        if selectedRow < top { top = selectedRow }
        if selectedRow >= top + rows { top = selectedRow - rows + 1 }
        return max(0, top)
    }
}
