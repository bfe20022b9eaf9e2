/// Read-only wrapped text with scrolling (Up/Down, PgUp/PgDn, Home/End, mouse wheel) and a scroll bar.
public struct TextView: Sendable {
    /// The text; newlines start new paragraphs.
    public var text: String {
        didSet { scrollOffset = clampedOffset(scrollOffset, for: viewport) }
    }
    /// First visual line shown.
    public private(set) var scrollOffset = 0
    /// Size of the box it is drawn in; set it when the layout changes so paging matches the drawing.
    public var viewport: Size {
        didSet { scrollOffset = clampedOffset(scrollOffset, for: viewport) }
    }
    /// Role the text is drawn in.
    public var role: Role
    /// Glyphs for the scroll bar.
    public var glyphs: Glyphs = .unicode

    /// Creates a view.
    public init(text: String = "", role: Role = .text, viewport: Size = Size(columns: 80, rows: 20)) {
        self.text = text
        self.role = role
        self.viewport = viewport
    }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] { [KeyHint("Up/Down", "Scroll"), KeyHint("PgUp/PgDn", "Page")] }

    /// Display rows for a box `columns` wide (one column is kept for the scroll bar).
    public func lines(columns: Int) -> [String] {
        TextWrapper.wrap(text, width: max(1, columns - 1))
    }

    /// Applies a scrolling key; returns true when it was one.
    public mutating func handle(_ key: Key) -> Bool {
        let page = max(1, viewport.rows - 1)
        switch key {
        case .up, .mouse(.wheelUp): scrollOffset -= key == .up ? 1 : 3
        case .down, .mouse(.wheelDown): scrollOffset += key == .down ? 1 : 3
        case .pageUp: scrollOffset -= page
        case .pageDown, .character(" "): scrollOffset += page
        case .home: scrollOffset = 0
        case .end: scrollOffset = Int.max / 2
        default: return false
        }
        scrollOffset = clampedOffset(scrollOffset, for: viewport)
        return true
    }

    /// Draws the visible rows and the scroll bar.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool) {
        guard rect.width > 1, rect.height > 0 else { return }
        surface.fill(rect, role: role)
        let rows = lines(columns: rect.width)
        let offset = clampedOffset(scrollOffset, for: rect.size)
        for row in 0..<rect.height where offset + row < rows.count {
            surface.put(rows[offset + row], at: Point(x: rect.x, y: rect.y + row), role: role, width: rect.width - 1)
        }
        ScrollIndicator.draw(on: surface, column: rect.maxX - 1, top: rect.y, rows: rect.height,
                             total: rows.count, visible: rect.height, offset: offset, glyphs: glyphs)
    }

    private func clampedOffset(_ offset: Int, for size: Size) -> Int {
        let total = lines(columns: size.columns).count
        return max(0, min(offset, total - size.rows))
    }
}
