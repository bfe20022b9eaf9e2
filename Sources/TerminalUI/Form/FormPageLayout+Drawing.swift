extension FormPageLayout {
    /// Draws the visible rows: text, labels (the focused one accented), messages, the scroll
    /// marks; `control` draws each control in its cells (the id, its rect, whether it has the
    /// focus, the row's hint). `showingFocus` false draws nothing as focused (a dialog is over the form).
    public func draw(on surface: any DrawingSurface, showingFocus: Bool = true, control: (ID, Rect, Bool, String?) -> Void) {
        for item in placed {
            let y = rect.y + item.y - offset
            switch scrolling {
            case .wholeRows: guard y >= rect.y, y + item.height <= rect.maxY else { continue }
            case .clippedAtBottom: guard y >= rect.y, y < rect.maxY else { continue }
            }
            drawRow(item, at: y, focused: showingFocus ? focused : nil, on: surface, control: control)
        }
        if hasMoreAbove {
            surface.put("▲ more above", at: Point(x: rect.maxX - 12, y: rect.y), role: .scrollIndicator, width: 12)
        }
        if hasMoreBelow {
            surface.put("▼ more below", at: Point(x: rect.maxX - 12, y: rect.maxY - 1), role: .scrollIndicator, width: 12)
        }
    }

    private func drawRow(_ item: Placed, at y: Int, focused: ID?, on surface: any DrawingSurface, control: (ID, Rect, Bool, String?) -> Void) {
        switch item.row {
        case .text(_, let role):
            for (i, line) in item.lines.enumerated() where y + i < rect.maxY {
                surface.put(line, at: Point(x: rect.x, y: y + i), role: role, width: rect.width)
            }
        case .line(let label, let id, let hint):
            let isFocused = id == focused
            surface.put(label, at: Point(x: rect.x, y: y), role: isFocused ? .accent : .text, width: labelWidth - 1)
            control(id, Rect(x: rect.x + labelWidth, y: y, width: rect.width - labelWidth, height: 1), isFocused, hint)
            drawMessages(item.lines, x: rect.x + labelWidth, y: y + 1, width: rect.width - labelWidth, on: surface)
        case .block(let id, let height):
            let shown = min(height, rect.maxY - y)
            guard shown > 0 else { return }
            control(id, Rect(x: rect.x, y: y, width: rect.width, height: shown), id == focused, nil)
            drawMessages(item.lines, x: rect.x, y: y + height, width: rect.width, on: surface)
        case .note(let text, let role):
            surface.put(text, at: Point(x: rect.x + labelWidth, y: y), role: role, width: max(0, rect.width - labelWidth))
        case .gap:
            break
        }
    }

    private func drawMessages(_ lines: [String], x: Int, y: Int, width: Int, on surface: any DrawingSurface) {
        for (i, line) in lines.enumerated() where y + i < rect.maxY {
            surface.put(line, at: Point(x: x, y: y + i), role: .error, width: width)
        }
    }
}
