/// A size in terminal cells.
public struct Size: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Number of columns.
    public var columns: Int
    /// Number of rows.
    public var rows: Int

    /// Creates a size; negative values are clamped to 0 so arithmetic on small windows never produces negative sizes.
    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    /// The empty size.
    public static let zero = Size(columns: 0, rows: 0)

    /// `columns x rows`.
    public var description: String { "\(columns)x\(rows)" }
}
