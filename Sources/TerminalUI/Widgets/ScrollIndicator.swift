/// Draws a one-column scroll bar: arrows when there is more above/below, and a thumb for the position.
public enum ScrollIndicator {
    /// Draws the bar in `column` over `rows` rows from `top`, for `total` lines of which `visible` show from `offset`.
    /// Draws nothing when everything fits.
    public static func draw(on surface: any DrawingSurface, column: Int, top: Int, rows: Int,
                            total: Int, visible: Int, offset: Int, glyphs: Glyphs = .unicode) {
        guard rows > 0, total > visible else { return }
        if rows >= 3 {
            let track = rows - 2
            let maxOffset = max(1, total - visible)
            let thumb = min(track - 1, (offset * (track - 1) + maxOffset / 2) / maxOffset)
            surface.put(glyphs.scrollThumb, at: Point(x: column, y: top + 1 + thumb), role: .scrollIndicator)
        }
        if offset > 0 {
            surface.put(glyphs.scrollUp, at: Point(x: column, y: top), role: .scrollIndicator)
        }
        if offset + visible < total {
            surface.put(glyphs.scrollDown, at: Point(x: column, y: top + rows - 1), role: .scrollIndicator)
        }
    }
}
