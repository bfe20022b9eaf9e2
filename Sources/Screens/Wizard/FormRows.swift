import LetterDomain
import TerminalUI

/// One line or control of a scrolling form page.
enum FormRow {
    /// Text that wraps to the page width (prompts, headings, notes).
    case text(String, Role)
    /// A labelled control on one line (field or button).
    case labelled(label: String, control: WizardControl, hint: String?)
    /// A control with its own height (a text area).
    case tall(WizardControl, height: Int)
    case gap
}

/// Lays out rows top to bottom, scrolls so the focused control shows, and draws.
struct FormRowsView {
    let rows: [FormRow]
    let state: WizardState
    /// Width of the label column of labelled rows.
    let labelWidth: Int

    /// A row after wrapping: its height and what it draws.
    private struct Placed {
        var y: Int
        var height: Int
        var row: FormRow
        var lines: [String]
    }

    private func place(width: Int) -> [Placed] {
        var y = 0
        var out: [Placed] = []
        for row in rows {
            switch row {
            case .text(let text, _):
                let lines = TextWrapper.wrap(text, width: width)
                out.append(Placed(y: y, height: lines.count, row: row, lines: lines))
                y += lines.count
            case .labelled(_, let control, _):
                let messages = messageLines(control, width: width - labelWidth)
                out.append(Placed(y: y, height: 1 + messages.count, row: row, lines: messages))
                y += 1 + messages.count
            case .tall(let control, let height):
                let messages = messageLines(control, width: width)
                out.append(Placed(y: y, height: height + messages.count, row: row, lines: messages))
                y += height + messages.count
            case .gap:
                out.append(Placed(y: y, height: 1, row: row, lines: []))
                y += 1
            }
        }
        return out
    }

    /// The inline messages of a field the person has left (or of every field after a save).
    private func messageLines(_ control: WizardControl, width: Int) -> [String] {
        guard let path = control.field else { return [] }
        var messages: [String] = []
        if let problem = state.inputProblem(for: path) { messages.append(problem) }
        if state.touched.contains(path) { messages += state.findings(for: path).map(\.message) }
        // The message about the points as a whole shows once, under the last point, once any was left.
        if case .action(let i) = path, i == state.points.count - 1,
           state.touched.contains(where: { if case .action = $0 { true } else { false } }) {
            messages += state.findings(for: .actions).map(\.message)
        }
        return messages.flatMap { TextWrapper.wrap("! " + $0, width: max(10, width)) }
    }

    /// How far the page is scrolled so the focused control and the line above it show.
    private func offset(_ placed: [Placed], height: Int) -> Int {
        guard let target = placed.lastIndex(where: { item in
            switch item.row {
            case .labelled(_, let c, _), .tall(let c, _): return c == state.focused
            default: return false
            }
        }) else { return 0 }
        let top = placed[max(0, target - 1)].y
        let bottom = placed[target].y + placed[target].height
        return bottom > height ? min(top, bottom - height) : 0
    }

    /// Where each fully visible control is drawn, for mouse clicks.
    func targets(in rect: Rect) -> [(control: WizardControl, rect: Rect)] {
        let placed = place(width: rect.width)
        let offset = offset(placed, height: rect.height)
        return placed.compactMap { item in
            let y = rect.y + item.y - offset
            guard y >= rect.y, y + item.height <= rect.maxY else { return nil }
            switch item.row {
            case .labelled(_, let control, _):
                return (control, Rect(x: rect.x + labelWidth, y: y, width: rect.width - labelWidth, height: 1))
            case .tall(let control, let height):
                return (control, Rect(x: rect.x, y: y, width: rect.width, height: height))
            default:
                return nil
            }
        }
    }

    func draw(on surface: any DrawingSurface, in rect: Rect) {
        let placed = place(width: rect.width)
        let offset = offset(placed, height: rect.height)
        for item in placed {
            let y = rect.y + item.y - offset
            guard y >= rect.y, y + item.height <= rect.maxY else { continue }
            switch item.row {
            case .text(_, let role):
                for (i, line) in item.lines.enumerated() {
                    surface.put(line, at: Point(x: rect.x, y: y + i), role: role, width: rect.width)
                }
            case .labelled(let label, let control, let hint):
                let focused = control == state.focused
                surface.put(label, at: Point(x: rect.x, y: y), role: focused ? .accent : .text, width: labelWidth - 1)
                let fieldRect = Rect(x: rect.x + labelWidth, y: y, width: rect.width - labelWidth, height: 1)
                drawControl(control, in: fieldRect, focused: focused, hint: hint, on: surface)
                drawMessages(item.lines, x: rect.x + labelWidth, y: y + 1, width: rect.width - labelWidth, on: surface)
            case .tall(let control, let height):
                let areaRect = Rect(x: rect.x, y: y, width: rect.width, height: height)
                drawControl(control, in: areaRect, focused: control == state.focused, hint: nil, on: surface)
                drawMessages(item.lines, x: rect.x, y: y + height, width: rect.width, on: surface)
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

    private func drawMessages(_ lines: [String], x: Int, y: Int, width: Int, on surface: any DrawingSurface) {
        for (i, line) in lines.enumerated() {
            surface.put(line, at: Point(x: x, y: y + i), role: .error, width: width)
        }
    }

    private func drawControl(_ control: WizardControl, in rect: Rect, focused: Bool, hint: String?, on surface: any DrawingSurface) {
        switch control {
        case .field(let path):
            var editor = state.field(path)
            let hintWidth = hint.map { DisplayWidth.of($0) + 1 } ?? 0
            let fieldWidth = max(10, rect.width - hintWidth)
            editor.visibleWidth = fieldWidth
            editor.draw(on: surface, in: Rect(x: rect.x, y: rect.y, width: fieldWidth, height: 1), focused: focused)
            if let hint, rect.width - fieldWidth > 1 {
                surface.put(hint, at: Point(x: rect.x + fieldWidth + 1, y: rect.y), role: .muted, width: rect.width - fieldWidth - 1)
            }
        case .area(let path):
            var editor = state.area(path)
            editor.viewport = rect.size
            editor.draw(on: surface, in: rect, focused: focused)
        case .addContact, .removeContact, .addPoint, .removePoint:
            surface.put("[ \(buttonLabel(control)) ]", at: rect.origin, role: focused ? .selection : .button, width: rect.width)
            if focused { surface.setCursor(nil) }
        case .reading, .acknowledgements, .findings:
            break
        }
    }

    private func buttonLabel(_ control: WizardControl) -> String {
        switch control {
        case .addContact: "Add a point of contact"
        case .removeContact(let i): "Remove point of contact \(i + 1)"
        case .addPoint: "Add a point of action"
        case .removePoint(let i): "Remove point of action \(i + 1)"
        default: ""
        }
    }
}
