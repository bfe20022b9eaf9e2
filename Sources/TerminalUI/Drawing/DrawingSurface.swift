/// Somewhere widgets draw: the real terminal (`NcursesSurface`) or an in-memory grid for tests (`GridSurface`).
///
/// Implementations must run every string given to `put` through
/// `Sanitizer.displayable` and clip it at the right edge by display width, so
/// callers can pass user and file text straight in.
public protocol DrawingSurface: AnyObject {
    /// Current size in cells.
    var size: Size { get }
    /// Draws `text` starting at `point` in `role`; the text is sanitised, never wraps, and is clipped at the right edge.
    func put(_ text: String, at point: Point, role: Role)
    /// Paints every cell of `rect` with spaces in `role`.
    func fill(_ rect: Rect, role: Role)
    /// Places the visible cursor at `point`, or hides it when nil.
    func setCursor(_ point: Point?)
    /// Says that `rect` shows a longer text from its line `firstLine` this frame. When the same
    /// rect showed it from another line in the last frame, the terminal surface scrolls those
    /// rows on the terminal instead of rewriting them (fewer bytes over SSH). The frame must
    /// still be drawn in full: this never changes what ends up on the screen.
    func scrolled(_ rect: Rect, firstLine: Int)
}

extension DrawingSurface {
    /// Surfaces that cannot scroll (test grids) ignore the hint.
    public func scrolled(_ rect: Rect, firstLine: Int) {}

    /// The whole surface as a rectangle.
    public var bounds: Rect { Rect(origin: .zero, size: size) }

    /// Paints `rect` with spaces in `role` (same as `fill`; reads better when wiping).
    public func clear(_ rect: Rect, role: Role = .text) {
        fill(rect, role: role)
    }

    /// Draws `text` at `point`, clipped to `width` columns (after sanitising, so placeholders count).
    public func put(_ text: String, at point: Point, role: Role, width: Int) {
        guard width > 0 else { return }
        put(DisplayWidth.prefix(Sanitizer.displayable(text), fitting: width), at: point, role: role)
    }

    /// Draws `text` at `point` cut to `width` columns with "…" when cut.
    public func putTruncated(_ text: String, at point: Point, role: Role, width: Int) {
        guard width > 0 else { return }
        put(DisplayWidth.truncate(Sanitizer.displayable(text), to: width), at: point, role: role)
    }
}
