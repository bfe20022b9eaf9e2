/// Draws frames, optionally with a title in the top edge.
public struct Box: Sendable {
    /// The frame characters.
    public var style: BoxStyle
    /// Role of the frame.
    public var role: Role
    /// Role of the title.
    public var titleRole: Role

    /// Creates a box drawer; pass `ascii: true` for terminals without Unicode line drawing.
    public init(ascii: Bool = false, role: Role = .border, titleRole: Role = .title) {
        self.style = .standard(ascii: ascii)
        self.role = role
        self.titleRole = titleRole
    }

    /// Creates a box drawer with an explicit style.
    public init(style: BoxStyle, role: Role = .border, titleRole: Role = .title) {
        self.style = style
        self.role = role
        self.titleRole = titleRole
    }

    /// Clears `rect`, draws the frame around its edge and the title, and returns the inner area.
    @discardableResult
    public func draw(on surface: any DrawingSurface, in rect: Rect, title: String? = nil,
                     fillRole: Role = .text) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(origin: rect.origin, size: .zero) }
        surface.fill(rect, role: fillRole)
        let inner = String(repeating: style.horizontal, count: rect.width - 2)
        surface.put(style.topLeft + inner + style.topRight, at: rect.origin, role: role)
        surface.put(style.bottomLeft + inner + style.bottomRight, at: Point(x: rect.x, y: rect.maxY - 1), role: role)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            surface.put(style.vertical, at: Point(x: rect.x, y: y), role: role)
            surface.put(style.vertical, at: Point(x: rect.maxX - 1, y: y), role: role)
        }
        if let title, rect.width > 6 {
            surface.putTruncated(" " + title + " ", at: Point(x: rect.x + 2, y: rect.y), role: titleRole,
                                 width: rect.width - 4)
        }
        return rect.inset(by: 1)
    }
}
