extension TextArea {
    /// The cursor offset for a click at `point` on the area drawn in `rect`, or nil when the point is
    /// outside `rect`. A click past the end of a line (or on the scroll bar column) goes to the end
    /// of that line; below the last line, to the end of the text.
    public func cursorIndex(at point: Point, in rect: Rect) -> Int? {
        guard rect.contains(point), rect.width > 1 else { return nil }
        let lines = visualLines(columns: rect.width)
        let row = visibleTop(for: rect.size, lines: lines) + point.y - rect.y
        guard row < lines.count else { return characters.count }
        let line = lines[row]
        let target = point.x - rect.x
        var offset = line.start
        var used = 0
        while offset < line.lastCursorOffset {
            let cells = DisplayWidth.of(characters[offset])
            if target < used + cells { return target - used < (cells + 1) / 2 ? offset : offset + 1 }
            used += cells
            offset += 1
        }
        return line.lastCursorOffset
    }
}
