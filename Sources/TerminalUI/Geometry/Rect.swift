/// A rectangle of cells, used to lay widgets out on a surface.
public struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Top-left cell.
    public var origin: Point
    /// Width and height in cells.
    public var size: Size

    /// Creates a rectangle from its origin and size.
    public init(origin: Point, size: Size) {
        self.origin = origin
        self.size = size
    }

    /// Creates a rectangle from coordinates; negative sizes become 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.init(origin: Point(x: x, y: y), size: Size(columns: width, rows: height))
    }

    /// Left column.
    public var x: Int { origin.x }
    /// Top row.
    public var y: Int { origin.y }
    /// Width in columns.
    public var width: Int { size.columns }
    /// Height in rows.
    public var height: Int { size.rows }
    /// The column just past the right edge.
    public var maxX: Int { origin.x + size.columns }
    /// The row just past the bottom edge.
    public var maxY: Int { origin.y + size.rows }
    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { size.columns == 0 || size.rows == 0 }

    /// `x,y widthxheight`.
    public var description: String { "\(x),\(y) \(size)" }

    /// True when `point` lies inside.
    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by the given number of cells on each side.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The overlap of two rectangles (empty when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Splits off `rows` rows from the top: returns (top part, rest).
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// Splits off `rows` rows from the bottom: returns (rest, bottom part).
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - taken),
                Rect(x: x, y: maxY - taken, width: width, height: taken))
    }

    /// Splits off `columns` columns from the left: returns (left part, rest).
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let taken = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: taken, height: height),
                Rect(x: x + taken, y: y, width: width - taken, height: height))
    }

    /// A rectangle of at most `size`, centred inside this one.
    public func centered(_ size: Size) -> Rect {
        let w = min(size.columns, width)
        let h = min(size.rows, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// Rows of this rectangle, one single-row rectangle each, top to bottom.
    public var rowRects: [Rect] {
        (0..<height).map { Rect(x: x, y: y + $0, width: width, height: 1) }
    }
}
