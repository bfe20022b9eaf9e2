/// A cell position on a drawing surface: `x` is the column, `y` the row, both from 0 at the top left.
public struct Point: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Column, 0 at the left edge.
    public var x: Int
    /// Row, 0 at the top edge.
    public var y: Int

    /// Creates a point at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// The top-left cell.
    public static let zero = Point(x: 0, y: 0)

    /// `(x, y)`, for test failure messages.
    public var description: String { "(\(x), \(y))" }
}
