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
        let page = body.inset(top: 1, left: 1, bottom: 0, right: 1)
        if let readOnlyReason {
            // Said at the first look, above the form, wrapped whole (`formRect` starts below it).
            for (i, line) in TextWrapper.wrap(readOnlyReason, width: page.width).enumerated() {
                surface.put(line, at: Point(x: page.x, y: page.y + i), role: .warning, width: page.width)
            }
        }
        drawForm(on: surface)
        if let confirm {
            surface.setCursor(nil)
            confirm.draw(on: surface, in: bounds)
        }
    }

    /// Draws the form as laid out (`form`): it reads the layout, never changes it.
    func drawForm(on surface: any DrawingSurface) {
        form.draw(on: surface, showingFocus: confirm == nil) { control, cells, isFocused, _ in
            drawControl(control, in: cells, focused: isFocused, on: surface)
        }
    }

    func drawControl(_ control: EditionEditorControl, in rect: Rect, focused: Bool, on surface: any DrawingSurface) {
        switch control.kind {
        case .field:
            fields[control]?.draw(on: surface, in: rect, focused: focused)  // sized by `layoutForm`
        case .area:
            guard var editor = areas[control] else { return }
            // Only an area cut at the bottom of the page is drawn in fewer rows than it has.
            if editor.viewport != rect.size { editor.viewport = rect.size }
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
