/// A boxed, scrollable list of key bindings shown over the screen (F1 / ?).
/// Up/Down/PgUp/PgDn/Home/End scroll; Esc, q, F1 or ? close it.
public struct HelpOverlay: Sendable {
    /// Title in the frame.
    public var title: String
    /// The bindings: key name and what it does.
    public var bindings: [KeyHint]
    /// First binding shown.
    public private(set) var scrollOffset = 0
    /// Visible rows of bindings in the last layout; set by the owner for correct paging.
    public var visibleRows: Int
    /// Glyphs for frame and scroll bar.
    public var glyphs: Glyphs = .unicode

    /// Creates an overlay.
    public init(title: String = "Keys", bindings: [KeyHint], visibleRows: Int = 15) {
        self.title = title
        self.bindings = bindings
        self.visibleRows = visibleRows
    }

    /// Hints for the status bar.
    public var keyHints: [KeyHint] { [KeyHint("Esc", "Close"), KeyHint("Up/Down", "Scroll")] }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> OverlayOutcome {
        let page = max(1, visibleRows - 1)
        switch key {
        case .escape, .character("q"), .character("?"), .function(1), .enter: return .closed
        case .up, .mouse(.wheelUp): scrollOffset -= 1
        case .down, .mouse(.wheelDown): scrollOffset += 1
        case .pageUp: scrollOffset -= page
        case .pageDown, .character(" "): scrollOffset += page
        case .home: scrollOffset = 0
        case .end: scrollOffset = bindings.count
        default: return .open
        }
        scrollOffset = max(0, min(scrollOffset, bindings.count - visibleRows))
        return .open
    }

    /// Draws the box centred in `rect`.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool = true) {
        let keyWidth = bindings.map { DisplayWidth.of(Sanitizer.displayable($0.key)) }.max() ?? 0
        let actionWidth = bindings.map { DisplayWidth.of(Sanitizer.displayable($0.action)) }.max() ?? 0
        let inner = min(max(keyWidth + 2 + actionWidth + 1, DisplayWidth.of(title) + 4), max(10, rect.width - 6))
        let rows = min(bindings.count, max(1, rect.height - 4))
        let box = rect.centered(Size(columns: inner + 4, rows: rows + 2))
        let content = Box(style: glyphs.box).draw(on: surface, in: box, title: title).inset(left: 1, right: 1)
        let offset = max(0, min(scrollOffset, bindings.count - content.height))
        for row in 0..<content.height where offset + row < bindings.count {
            let binding = bindings[offset + row]
            let y = content.y + row
            surface.put(binding.key, at: Point(x: content.x, y: y), role: .statusKey, width: keyWidth)
            surface.put(binding.action, at: Point(x: content.x + keyWidth + 2, y: y), role: .text,
                        width: content.width - keyWidth - 3)
        }
        ScrollIndicator.draw(on: surface, column: content.maxX, top: content.y, rows: content.height,
                             total: bindings.count, visible: content.height, offset: offset, glyphs: glyphs)
    }
}
