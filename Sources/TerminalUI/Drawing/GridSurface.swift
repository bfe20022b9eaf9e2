/// An in-memory drawing surface for tests and snapshots.
///
/// It clips and sanitises exactly like the terminal surface, records the role
/// of every cell and the cursor, and can print itself as text.
public final class GridSurface: DrawingSurface {
    /// Current size.
    public private(set) var size: Size
    /// Rows of cells, `cells[y][x]`.
    public private(set) var cells: [[GridCell]]
    /// Where the cursor is, or nil when hidden.
    public private(set) var cursor: Point?

    /// Creates a blank grid of `columns` x `rows`.
    public init(columns: Int, rows: Int) {
        size = Size(columns: columns, rows: rows)
        cells = Array(repeating: Array(repeating: .blank, count: size.columns), count: size.rows)
    }

    /// Resizes the grid, blanking it (as a terminal resize does).
    public func resize(columns: Int, rows: Int) {
        size = Size(columns: columns, rows: rows)
        cells = Array(repeating: Array(repeating: .blank, count: size.columns), count: size.rows)
        cursor = nil
    }

    /// Draws sanitised, clipped text.
    public func put(_ text: String, at point: Point, role: Role) {
        guard point.y >= 0, point.y < size.rows else { return }
        for placement in CellLayout.place(text, column: point.x, columns: size.columns) {
            setCell(x: placement.column, y: point.y, GridCell(character: String(placement.character), role: role))
            if placement.width == 2 {
                setCell(x: placement.column + 1, y: point.y, GridCell(character: "", role: role))
            }
        }
    }

    /// Fills `rect` (clipped to the grid) with spaces.
    public func fill(_ rect: Rect, role: Role) {
        let area = rect.intersection(Rect(origin: .zero, size: size))
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                setCell(x: x, y: y, GridCell(character: " ", role: role))
            }
        }
    }

    /// Records the cursor position.
    public func setCursor(_ point: Point?) {
        cursor = point
    }

    /// Rows joined by "\n", trailing spaces trimmed on each row.
    public func text() -> String {
        (0..<size.rows).map { row($0) }.joined(separator: "\n")
    }

    /// One row as text with trailing spaces trimmed.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < size.rows else { return "" }
        var line = cells[y].map(\.character).joined()
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The cell at `point`, or nil outside the grid.
    public func cell(at point: Point) -> GridCell? {
        guard point.y >= 0, point.y < size.rows, point.x >= 0, point.x < size.columns else { return nil }
        return cells[point.y][point.x]
    }

    /// The role at `point`, or nil outside the grid.
    public func role(at point: Point) -> Role? {
        cell(at: point)?.role
    }

    /// The position of the first cell of `needle` in the grid text, searching row by row.
    public func find(_ needle: String) -> Point? {
        for y in 0..<size.rows {
            var columnOfOffset: [Int] = []
            var rowText = ""
            for (x, cell) in cells[y].enumerated() where !cell.isContinuation {
                for _ in cell.character { columnOfOffset.append(x) }
                rowText += cell.character
            }
            if let range = rowText.firstRange(of: needle) {
                let offset = rowText.distance(from: rowText.startIndex, to: range.lowerBound)
                return Point(x: columnOfOffset[offset], y: y)
            }
        }
        return nil
    }

    /// The roles used on row `y` between `from` and `to` (exclusive).
    public func roles(row y: Int, from: Int, to: Int) -> Set<Role> {
        Set((max(0, from)..<min(to, size.columns)).compactMap { role(at: Point(x: $0, y: y)) })
    }

    private func setCell(x: Int, y: Int, _ cell: GridCell) {
        guard x >= 0, x < size.columns, y >= 0, y < size.rows else { return }
        // Overwriting half of a wide character blanks its other half, as terminals do.
        if cells[y][x].isContinuation, x > 0, !cell.isContinuation {
            cells[y][x - 1] = GridCell(character: " ", role: cells[y][x - 1].role)
        }
        if !cell.isContinuation, x + 1 < size.columns, cells[y][x + 1].isContinuation {
            cells[y][x + 1] = GridCell(character: " ", role: cells[y][x + 1].role)
        }
        cells[y][x] = cell
    }
}
