import LetterDomain
import LetterStore
import TerminalUI

/// Drawing the edition editor: the title line, the scrolling form, the status bar.
extension EditionEditorState {
    /// The status bar's hints, with the keys `keymap` has.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        if let confirm { return confirm.keyHints.dropLast() + [keymap.hint(for: .back, "Cancel", short: true)] }
        var hints: [KeyHint] = []
        switch focused.kind {
        case .field: hints.append(KeyHint("Enter", "Next"))
        case .area: hints += [KeyHint("Enter", "New line"), keymap.hint(for: .nextField, "Next", short: true)]
        case .choice: hints.append(KeyHint("Left/Right", "Change"))
        }
        hints += [keymap.hint(for: .save, short: true), keymap.hint(for: .help, short: true),
                  KeyHint(keymap.stepKeys(avoidingPageKeys: focused.kind == .area), "Page"), keymap.hint(for: .back, short: true)]
        return hints
    }

    /// Draws the editor over the whole surface, with `status`'s message (or the editor's own).
    public func draw(on surface: any DrawingSurface, status: StatusBar, keymap: Keymap = .defaults) {
        let bounds = surface.bounds
        let (top, rest) = bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        surface.fill(top, role: .title)
        let dirty = readOnlyReason != nil ? " · read-only" : isDirty ? " · unsaved changes" : ""
        surface.put(" kyiln · Edition \(original.id) · \(working.network.abbreviation)\(dirty)", at: top.origin, role: .title, width: top.width)
        var bar = status
        bar.hints = keyHints(keymap)
        if bar.message == nil, let message { bar.show(message.text, kind: message.kind, ticks: nil) }
        bar.draw(on: surface, in: bottom)
        var page = body.inset(top: 1, left: 1, bottom: 0, right: 1)
        if let readOnlyReason {
            // Said at the first look, above the form, wrapped whole.
            let lines = TextWrapper.wrap(readOnlyReason, width: page.width)
            for (i, line) in lines.enumerated() {
                surface.put(line, at: Point(x: page.x, y: page.y + i), role: .warning, width: page.width)
            }
            page = page.inset(top: lines.count + 1)
        }
        drawForm(on: surface, in: page)
        if let confirm {
            surface.setCursor(nil)
            confirm.draw(on: surface, in: bounds)
        }
    }

    func drawForm(on surface: any DrawingSurface, in rect: Rect) {
        let placed = layout(width: rect.width)
        var offset = 0
        if let target = placed.lastIndex(where: { $0.control == focused }) {
            // Show the focused control with the line above it (its caption).
            let top = placed[max(0, target - 1)].y
            let bottom = placed[target].y + placed[target].height
            if bottom > rect.height { offset = min(top, bottom - rect.height) }
            if placed[target].height > rect.height { offset = placed[target].y }
            // Start the page on a whole row, so nothing is cut off at the top.
            if let start = placed.first(where: { $0.y >= offset })?.y, start <= placed[target].y { offset = start }
        }
        for item in placed {
            let y = rect.y + item.y - offset
            guard y >= rect.y, y < rect.maxY else { continue }
            switch item.row {
            case .text(_, let role):
                for (i, line) in item.lines.enumerated() where y + i < rect.maxY {
                    surface.put(line, at: Point(x: rect.x, y: y + i), role: role, width: rect.width)
                }
            case .labelled(let label, let control):
                let isFocused = control == focused && confirm == nil
                surface.put(label, at: Point(x: rect.x, y: y), role: isFocused ? .accent : .text, width: Self.labelWidth - 1)
                let fieldRect = Rect(x: rect.x + Self.labelWidth, y: y, width: rect.width - Self.labelWidth, height: 1)
                drawControl(control, in: fieldRect, focused: isFocused, on: surface)
                drawProblems(item.problems, x: fieldRect.x, y: y + 1, width: fieldRect.width, limit: rect.maxY, on: surface)
            case .tall(let control):
                let height = min(areaHeight(control), rect.maxY - y)
                guard height > 0 else { continue }
                drawControl(control, in: Rect(x: rect.x, y: y, width: rect.width, height: height), focused: control == focused && confirm == nil, on: surface)
                drawProblems(item.problems, x: rect.x, y: y + areaHeight(control), width: rect.width, limit: rect.maxY, on: surface)
            case .gap:
                break
            }
        }
        if offset > 0 {
            surface.put("▲ more above", at: Point(x: rect.maxX - 12, y: rect.y), role: .scrollIndicator, width: 12)
        }
        if let last = placed.last, last.y + last.height - offset > rect.height {
            surface.put("▼ more below", at: Point(x: rect.maxX - 12, y: rect.maxY - 1), role: .scrollIndicator, width: 12)
        }
    }

    func drawProblems(_ lines: [String], x: Int, y: Int, width: Int, limit: Int, on surface: any DrawingSurface) {
        for (i, line) in lines.enumerated() where y + i < limit {
            surface.put(line, at: Point(x: x, y: y + i), role: .error, width: width)
        }
    }

    func drawControl(_ control: EditionEditorControl, in rect: Rect, focused: Bool, on surface: any DrawingSurface) {
        switch control.kind {
        case .field:
            guard var editor = fields[control] else { return }
            editor.visibleWidth = rect.width
            editor.draw(on: surface, in: rect, focused: focused)
        case .area:
            guard var editor = areas[control] else { return }
            editor.viewport = rect.size
            editor.draw(on: surface, in: rect, focused: focused)
        case .choice:
            let value: String
            switch control {
            case .effectivePeriod: value = working.effectivePeriod.rawValue
            case .promptAnswer(let s, let b):
                value = answer(section: s, block: b) == .points ? "points of action (2 to 3 entries)" : "free text"
            default: value = ""
            }
            surface.fill(rect, role: focused ? .focusedField : .field)
            surface.put("◀ \(value) ▶", at: rect.origin, role: focused ? .focusedField : .field, width: rect.width)
            if focused { surface.setCursor(nil) }
        }
    }
}
