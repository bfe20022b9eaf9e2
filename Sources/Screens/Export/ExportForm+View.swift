import TerminalUI

extension ExportForm {
    /// Draws the box as laid out (it reads the layout, never changes it), and "Replace?" over it.
    func draw(on surface: any DrawingSurface, keymap: Keymap) {
        surface.fill(box, role: .text)
        let inner = Box().draw(on: surface, in: box, title: "Export and print").inset(left: 1, right: 1)
        if let note {
            for (i, line) in TextWrapper.wrap(note, width: inner.width).enumerated() {
                surface.put(line, at: Point(x: inner.x, y: inner.y + i), role: .warning, width: inner.width)
            }
        }
        layout.draw(on: surface) { field, cells, isFocused, _ in
            drawField(field, in: cells, focused: isFocused, on: surface)
        }
        let hints = "Enter: export · ←/→: what · \(keymap.spoken(.nextField)) in the path: complete · \(keymap.spoken(.back)): cancel"
        surface.put(hints, at: Point(x: inner.x, y: inner.maxY - 1), role: .muted, width: inner.width)
        if let cells = layout.targets.first(where: { $0.id == focus })?.rect {
            drawField(focus, in: cells, focused: true, on: surface)  // the cursor belongs to the focused field, drawn last
        }
        if let confirm {
            surface.setCursor(nil)
            confirm.dialog.draw(on: surface, in: surface.bounds)
        }
    }

    private func drawField(_ field: Field, in cells: Rect, focused: Bool, on surface: any DrawingSurface) {
        switch field {
        case .choice:
            let text = "‹ \(choice.title) ›" + (choices.count > 1 ? "  (\(chosen + 1) of \(choices.count))" : "")
            surface.put(text, at: cells.origin, role: focused ? .focusedField : .field, width: cells.width)
        case .path:
            var editor = path
            editor.visibleWidth = max(10, cells.width)
            editor.draw(on: surface, in: Rect(x: cells.x, y: cells.y, width: max(10, cells.width), height: 1), focused: focused)
        }
    }

    /// The status bar's hints while the box is open.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        if let confirm { return confirm.dialog.keyHints }
        return [KeyHint("Enter", "Export"), KeyHint("←/→", "What"), keymap.hint(for: .nextField, "Complete", short: true),
                keymap.hint(for: .back, "Cancel", short: true)]
    }
}
