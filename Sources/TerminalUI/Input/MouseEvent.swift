/// A mouse action reported by the terminal, with the cell it happened over.
public enum MouseEvent: Equatable, Hashable, Sendable {
    /// Left button pressed at a cell.
    case click(Point)
    /// Wheel scrolled up over a cell.
    case wheelUp(Point)
    /// Wheel scrolled down over a cell.
    case wheelDown(Point)

    /// The cell the event happened over.
    public var point: Point {
        switch self {
        case .click(let point), .wheelUp(let point), .wheelDown(let point): return point
        }
    }
}
