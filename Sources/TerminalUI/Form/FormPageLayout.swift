/// A form page laid out once for a size, a focus and the messages of its fields: every row's
/// place, how far the page scrolls so the focused control (and the line above it) shows, and
/// where each visible control is. Screens keep it in their state and recompute it when the
/// size, the focus or the rows change; drawing and clicks only read it, so a click lands on
/// exactly what was drawn.
public struct FormPageLayout<ID: Hashable & Sendable>: Sendable {
    /// How rows at the edges of the page show.
    public enum Scrolling: Sendable {
        /// Only whole rows are drawn; the page scrolls just enough for the focused control and
        /// the line above it (the wizard's pages).
        case wholeRows
        /// The page starts on a whole row and the last row is cut at the bottom edge; a control
        /// taller than the page starts at its top (long forms such as the edition editor).
        case clippedAtBottom
    }

    /// A row after wrapping: where it starts (from the top of the page, unscrolled), its
    /// height, and its lines (the text of a text row, the messages of a control).
    public struct Placed: Sendable {
        public let y: Int
        public let height: Int
        public let row: FormRow<ID>
        public let lines: [String]
    }

    /// The page's cells.
    public let rect: Rect
    /// Width of the label column of line rows.
    public let labelWidth: Int
    /// The focused control when laid out.
    public let focused: ID?
    public let placed: [Placed]
    /// Rows scrolled off the top.
    public let offset: Int
    /// The fully visible controls, top to bottom.
    public let targets: [FormTarget<ID>]
    public let scrolling: Scrolling

    /// Lays `rows` out in `rect`. `messages` gives a control's messages (each wrapped, with
    /// "! " in front, under the control).
    public init(rows: [FormRow<ID>], in rect: Rect, labelWidth: Int, focused: ID?, scrolling: Scrolling = .wholeRows,
                messages: (ID) -> [String]) {
        self.rect = rect
        self.scrolling = scrolling
        self.labelWidth = labelWidth
        self.focused = focused
        var y = 0
        var placed: [Placed] = []
        for row in rows {
            let item = Self.place(row, at: y, width: rect.width, labelWidth: labelWidth, messages: messages)
            placed.append(item)
            y += item.height
        }
        self.placed = placed
        let offset = Self.offset(placed, focused: focused, height: rect.height, scrolling: scrolling)
        self.offset = offset
        self.targets = placed.compactMap { item in
            let top = rect.y + item.y - offset
            guard top >= rect.y, top + item.height <= rect.maxY else { return nil }
            switch item.row {
            case .line(_, let id, _): return FormTarget(id: id, rect: Rect(x: rect.x + labelWidth, y: top, width: rect.width - labelWidth, height: 1))
            case .block(let id, let height): return FormTarget(id: id, rect: Rect(x: rect.x, y: top, width: rect.width, height: height))
            case .text, .note, .gap: return nil
            }
        }
    }

    private static func place(_ row: FormRow<ID>, at y: Int, width: Int, labelWidth: Int, messages: (ID) -> [String]) -> Placed {
        func wrapped(_ id: ID, _ width: Int) -> [String] {
            messages(id).flatMap { TextWrapper.wrap("! " + $0, width: max(10, width)) }
        }
        switch row {
        case .text(let text, _):
            let lines = TextWrapper.wrap(text, width: width)
            return Placed(y: y, height: lines.count, row: row, lines: lines)
        case .line(_, let id, _):
            let lines = wrapped(id, width - labelWidth)
            return Placed(y: y, height: 1 + lines.count, row: row, lines: lines)
        case .block(let id, let height):
            let lines = wrapped(id, width)
            return Placed(y: y, height: height + lines.count, row: row, lines: lines)
        case .note(let text, _):
            return Placed(y: y, height: 1, row: row, lines: [text])
        case .gap:
            return Placed(y: y, height: 1, row: row, lines: [])
        }
    }

    /// How far the page scrolls so the focused control and the line above it show.
    private static func offset(_ placed: [Placed], focused: ID?, height: Int, scrolling: Scrolling) -> Int {
        guard let focused, let target = placed.lastIndex(where: { $0.row.id == focused }) else { return 0 }
        let top = placed[max(0, target - 1)].y
        let bottom = placed[target].y + placed[target].height
        var offset = bottom > height ? min(top, bottom - height) : 0
        guard scrolling == .clippedAtBottom else { return offset }
        if placed[target].height > height { offset = placed[target].y }
        // Start the page on a whole row, so nothing is cut off at the top.
        if let start = placed.first(where: { $0.y >= offset })?.y, start <= placed[target].y { offset = start }
        return offset
    }

    /// Whether rows are scrolled off the top ("▲ more above").
    public var hasMoreAbove: Bool { offset > 0 }

    /// Whether rows go past the bottom ("▼ more below").
    public var hasMoreBelow: Bool {
        guard let last = placed.last else { return false }
        return last.y + last.height - offset > rect.height
    }

    /// The visible control under `point`, or on its row left of it (a click on a label).
    public func target(at point: Point) -> FormTarget<ID>? {
        targets.first { $0.rect.contains(point) || ($0.rect.y == point.y && point.x >= rect.x) }
    }

    /// The visible control whose cells hold `point`.
    public func control(at point: Point) -> ID? {
        targets.first { $0.rect.contains(point) }?.id
    }
}
