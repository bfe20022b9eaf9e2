import TerminalUI

extension ImportState {
    /// Draws the screen as laid out: the prompt, then the preview, the progress line or the summary.
    func draw(on surface: any DrawingSurface, status: StatusBar, keymap: Keymap) {
        let frame = Rect(x: 0, y: 0, width: size.columns, height: max(0, size.rows - 1))
        _ = Box().draw(on: surface, in: frame, title: title)
        let rect = viewRect
        if isPrompt {
            layout.draw(on: surface) { field, cells, isFocused, _ in
                drawField(field, in: cells, focused: isFocused, on: surface)
            }
        } else if let error {
            for (i, line) in TextWrapper.wrap("! " + error, width: max(10, inner.width - 2)).enumerated() {
                surface.put(line, at: Point(x: inner.x, y: inner.y + i), role: .error, width: inner.width)
            }
        }
        switch phase {
        case .prompt:
            let lines = ["Enter reads the file and shows what was found, field by field, before anything is stored.",
                         "A folder imports each of its .docx, .odt and .txt files as a draft and names every file it skipped.",
                         "\(keymap.spoken(.nextField)) in the path completes it, as in a shell.",
                         "School year: empty takes it from the file's own lines; type it for a form that prints none (2019-2020)."]
            // Wrapped, never cut: at 80 columns each sentence takes two rows.
            let rows = lines.flatMap { TextWrapper.wrap($0, width: max(10, rect.width)) }
            for (i, line) in rows.enumerated() where i < rect.height {
                surface.put(line, at: Point(x: rect.x, y: rect.y + i), role: .muted, width: rect.width)
            }
            if let cells = layout.targets.first(where: { $0.id == focus })?.rect {
                drawField(focus, in: cells, focused: true, on: surface)  // the cursor is the focused field's, drawn last
            }
        case .preview, .folder:
            surface.setCursor(nil)
            if case .folder(let run) = phase, !run.isFinished {
                surface.put(run.progress, at: rect.origin, role: .warning, width: rect.width)
            } else {
                var copy = view
                copy.viewport = rect.size
                copy.draw(on: surface, in: rect, focused: true)
            }
        }
        var bar = status
        bar.hints = keyHints(keymap)
        bar.draw(on: surface, in: Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1))
        if let confirm {
            surface.setCursor(nil)
            confirm.draw(on: surface, in: surface.bounds)
        }
    }

    private var title: String {
        switch phase {
        case .prompt: "Import letters"
        case .preview(let report): "Import: " + ImportPreview.safe(report.sourceName)
        case .folder(let run): "Import: folder " + ImportPreview.safe(run.folder)
        }
    }

    private func drawField(_ field: Field, in cells: Rect, focused: Bool, on surface: any DrawingSurface) {
        var editor = field == .path ? path : year
        let width = field == .path ? max(10, cells.width) : min(12, max(10, cells.width))
        editor.visibleWidth = width
        editor.draw(on: surface, in: Rect(x: cells.x, y: cells.y, width: width, height: 1), focused: focused && isPrompt)
    }

    /// The status bar's hints for the phase.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        if let confirm { return confirm.keyHints }
        let back = { (label: String) in keymap.hint(for: .back, label, short: true) }
        switch phase {
        case .prompt:
            return [KeyHint("Enter", "Read"), keymap.hint(for: .nextField, "Complete", short: true), back("Home"),
                    keymap.hint(for: .help, short: true)]
        case .preview:
            return [KeyHint("Enter/s", "Store"), KeyHint("c", "Cancel"), back("Cancel"), KeyHint("↑/↓ PgUp/PgDn", "Scroll")]
        case .folder(let run):
            if !run.isFinished { return [back("Stop after this file")] }
            return [KeyHint("Enter", "Home"), back("Home"), KeyHint("↑/↓ PgUp/PgDn", "Scroll")]
        }
    }
}
