/// A selectable, scrolling list with type-to-filter.
///
/// Typing printable characters narrows the list to items containing the typed
/// text (case-insensitive); Backspace removes a filter character, Esc clears the
/// filter; Up/Down/PgUp/PgDn/Home/End move; Enter chooses.
public struct ListView: Sendable {
    /// All items.
    public var items: [String] {
        didSet { refilter(keeping: selectedIndex) }
    }
    /// The filter typed so far.
    public private(set) var filter = ""
    /// Indexes in `items` of the rows shown, in order.
    public private(set) var visibleIndices: [Int] = []
    /// Row (in `visibleIndices`) of the selection.
    public private(set) var selectedRow = 0
    /// First row shown.
    public private(set) var scrollTop = 0
    /// Size of the box it is drawn in; set it when the layout changes.
    public var viewport: Size {
        didSet { scrollTop = visibleTop(rows: listRows(for: viewport.rows)) }
    }
    /// Whether typing filters (turn off when letters are used as commands).
    public var isFilterable: Bool
    /// Shown when nothing matches.
    public var emptyMessage: String
    /// Glyphs for the scroll bar.
    public var glyphs: Glyphs = .unicode

    /// Creates a list.
    public init(items: [String], isFilterable: Bool = true, emptyMessage: String = "No matches",
                viewport: Size = Size(columns: 40, rows: 10)) {
        self.items = items
        self.isFilterable = isFilterable
        self.emptyMessage = emptyMessage
        self.viewport = viewport
        refilter(keeping: nil)
    }

    /// Index in `items` of the selected item, or nil when the filter matches nothing.
    public var selectedIndex: Int? {
        visibleIndices.indices.contains(selectedRow) ? visibleIndices[selectedRow] : nil
    }

    /// The selected item's text.
    public var selectedItem: String? { selectedIndex.map { items[$0] } }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] {
        var hints = [KeyHint("Enter", "Choose")]
        if isFilterable { hints.append(KeyHint("Type", "Filter")) }
        if !filter.isEmpty { hints.append(KeyHint("Esc", "Clear filter")) }
        return hints
    }

    /// Selects the item at `index` in `items` if it is shown.
    public mutating func select(index: Int) {
        if let row = visibleIndices.firstIndex(of: index) {
            selectedRow = row
            scrollTop = visibleTop(rows: listRows(for: viewport.rows))
        }
    }

    /// Replaces the filter text.
    public mutating func setFilter(_ text: String) {
        filter = TextEditing.normalized(text, keepNewlines: false)
        refilter(keeping: selectedIndex)
    }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> ListOutcome {
        let page = max(1, listRows(for: viewport.rows) - 1)
        switch key {
        case .up, .mouse(.wheelUp): selectedRow -= 1
        case .down, .mouse(.wheelDown): selectedRow += 1
        case .pageUp: selectedRow -= page
        case .pageDown: selectedRow += page
        case .home: selectedRow = 0
        case .end: selectedRow = visibleIndices.count - 1
        case .enter:
            return selectedIndex.map { .chosen($0) } ?? .handled
        case .character(let character) where isFilterable:
            setFilter(filter + String(character))
            return .handled
        case .paste(let text) where isFilterable:
            setFilter(filter + text)
            return .handled
        case .backspace where isFilterable && !filter.isEmpty:
            setFilter(String(filter.dropLast()))
            return .handled
        case .escape where !filter.isEmpty:
            setFilter("")
            return .handled
        default:
            return .ignored
        }
        selectedRow = max(0, min(selectedRow, visibleIndices.count - 1))
        scrollTop = visibleTop(rows: listRows(for: viewport.rows))
        return .handled
    }

    /// The index in `items` of the row under `point`, with the list drawn in `rect` (the same layout as
    /// `draw`); nil outside the rows, on the filter line, on the scroll bar column, or below the last item.
    public func row(at point: Point, in rect: Rect) -> Int? {
        guard rect.width > 2, rect.contains(point), point.x < rect.maxX - 1 else { return nil }
        let rows = listRows(for: rect.height)
        let offset = point.y - rect.y
        guard offset < rows else { return nil }
        let row = visibleTop(rows: rows) + offset
        return visibleIndices.indices.contains(row) ? visibleIndices[row] : nil
    }

    /// A click at `point` on the list drawn in `rect`: selects the item under it (`.handled`), or
    /// chooses it when it was already selected (`.chosen`, as Enter would); `.ignored` elsewhere.
    public mutating func click(at point: Point, in rect: Rect) -> ListOutcome {
        guard let index = row(at: point, in: rect) else { return .ignored }
        if index == selectedIndex { return .chosen(index) }
        select(index: index)
        return .handled
    }

    /// Draws the rows, the selection, the scroll bar, and the filter line when filtering.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool) {
        guard rect.width > 2, rect.height > 0 else { return }
        surface.fill(rect, role: .text)
        let rows = listRows(for: rect.height)
        if !filter.isEmpty {
            let line = Point(x: rect.x, y: rect.maxY - 1)
            surface.put("Filter: ", at: line, role: .muted, width: rect.width)
            surface.put(filter, at: Point(x: line.x + 8, y: line.y), role: .accent, width: rect.width - 8)
        }
        if visibleIndices.isEmpty {
            surface.put(emptyMessage, at: rect.origin, role: .muted, width: rect.width)
            return
        }
        let top = visibleTop(rows: rows)
        for row in 0..<rows where top + row < visibleIndices.count {
            let selected = top + row == selectedRow
            let point = Point(x: rect.x, y: rect.y + row)
            let role: Role = selected ? (focused ? .selection : .accent) : .text
            if selected { surface.fill(Rect(x: rect.x, y: point.y, width: rect.width - 1, height: 1), role: role) }
            let marker = selected ? glyphs.pointer + " " : "  "
            surface.putTruncated(marker + items[visibleIndices[top + row]], at: point, role: role, width: rect.width - 1)
        }
        ScrollIndicator.draw(on: surface, column: rect.maxX - 1, top: rect.y, rows: rows,
                             total: visibleIndices.count, visible: rows, offset: top, glyphs: glyphs)
    }

    private func listRows(for height: Int) -> Int {
        max(1, filter.isEmpty ? height : height - 1)
    }

    private func visibleTop(rows: Int) -> Int {
        var top = min(scrollTop, max(0, visibleIndices.count - rows))
        if selectedRow < top { top = selectedRow }
        if selectedRow >= top + rows { top = selectedRow - rows + 1 }
        return max(0, top)
    }

    private mutating func refilter(keeping index: Int?) {
        let needle = filter.lowercased()
        visibleIndices = items.indices.filter { needle.isEmpty || items[$0].lowercased().contains(needle) }
        if let index, let row = visibleIndices.firstIndex(of: index) {
            selectedRow = row
        } else {
            selectedRow = 0
        }
        scrollTop = visibleTop(rows: listRows(for: viewport.rows))
    }
}
