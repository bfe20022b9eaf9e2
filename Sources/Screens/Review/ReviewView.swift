import LetterDomain
import TerminalUI

extension ReviewState {
    /// Draws `state` on `surface` (the view of state/update/view).
    public static func view(_ state: ReviewState, _ surface: any DrawingSurface) {
        state.draw(on: surface)
    }

    /// Draws the screen: title, sections, the letter, the status bar, and any dialog.
    public func draw(on surface: any DrawingSurface) {
        let bounds = surface.bounds
        surface.setCursor(nil)
        if isTooSmall {
            surface.clear(bounds)
            surface.put("Please make the terminal at least \(Self.minimumSize.columns)x\(Self.minimumSize.rows)"
                        + " (it is \(bounds.width)x\(bounds.height)).", at: Point(x: 0, y: 0), role: .warning, width: bounds.width)
            return
        }
        drawTitle(on: surface, in: ReviewLayout.titleRect(in: bounds))
        if letter != nil { drawSteps(on: surface, in: ReviewLayout.stepsRect(in: bounds)) }
        var view = reader
        let readerRect = ReviewLayout.readerRect(in: bounds)
        view.viewport = readerRect.size
        view.draw(on: surface, in: readerRect, focused: !isDialogOpen)
        var bar = status
        bar.hints = keyHints
        bar.draw(on: surface, in: ReviewLayout.statusRect(in: bounds))
        drawDialog(on: surface, in: bounds)
    }

    private func drawSteps(on surface: any DrawingSurface, in rect: Rect) {
        let indicator = stepIndicator
        let stepsRect = Rect(x: rect.x, y: rect.y, width: Self.stepsWidth(rect.width), height: 1)
        indicator.draw(on: surface, in: stepsRect)
        let x = stepsRect.x + DisplayWidth.of(indicator.text(width: stepsRect.width))
        let title = ReviewSection.decision.title
        surface.put(" · ", at: Point(x: x, y: rect.y), role: .muted, width: 3)
        surface.put(title, at: Point(x: x + 3, y: rect.y), role: section == .decision ? .stepCurrent : .stepTodo, width: DisplayWidth.of(title))
    }

    private func drawTitle(on surface: any DrawingSurface, in rect: Rect) {
        surface.fill(rect, role: .title)
        var left = " Review"
        if let letter, let shown = shownStatus {
            left += " · \(letter.district.name) · \(letter.schoolYear) · \(shown.label) · revision \(letter.revision)"
        } else {
            left += " · \(session.district)"
        }
        let right = "read only "
        let rightWidth = DisplayWidth.of(right)
        surface.put(left, at: rect.origin, role: .title, width: max(0, rect.width - rightWidth - 1))
        surface.put(right, at: Point(x: rect.maxX - rightWidth, y: rect.y), role: .title, width: rightWidth)
    }

    /// The hints in the status bar for the current mode.
    var keyHints: [KeyHint] {
        let keymap = session.keymap
        switch mode {
        case .reading:
            var hints = [keymap.hint(for: .nextStep, "Section", short: true)]
            if letter?.status == .inReview { hints += [KeyHint("A", "Approve"), KeyHint("C", "Request changes")] }
            if document.signingBlocker == nil { hints += [KeyHint("S", "Sign"), KeyHint("C", "Refuse to sign")] }
            if years.count > 1 { hints.append(KeyHint("Y", "Year")) }
            return hints + [keymap.hint(for: .help, short: true), KeyHint("q", "Quit")]
        case .approving:
            return [KeyHint("Enter", "Approve"), keymap.hint(for: .back, "Cancel", short: true)]
        case .requesting:
            return [keymap.hint(for: .save, "Send", short: true), keymap.hint(for: .nextField, "Comment/Name", short: true),
                    keymap.hint(for: .back, "Cancel", short: true)]
        case .signing:
            return [keymap.hint(for: .save, "Sign", short: true), keymap.hint(for: .nextField, "Field", short: true),
                    KeyHint("PgUp/PgDn", "Text"), keymap.hint(for: .back, "Cancel", short: true)]
        case .choosingYear:
            return [KeyHint("Up/Down", "Choose"), KeyHint("Enter", "Open"), keymap.hint(for: .back, "Cancel", short: true)]
        case .help(let overlay):
            return overlay.keyHints
        case .notice:
            return [KeyHint("Enter", "OK"), keymap.hint(for: .back, "Cancel", short: true)]
        }
    }

    private func drawDialog(on surface: any DrawingSurface, in bounds: Rect) {
        switch mode {
        case .reading:
            break
        case .approving(let field):
            let box = ReviewLayout.approveRect(in: bounds)
            let inner = Box().draw(on: surface, in: box, title: "Approve").inset(left: 1, right: 1)
            let revision = letter.map { "revision \($0.revision) of the \($0.district.name) letter for \($0.schoolYear)" } ?? "this letter"
            let lines = TextWrapper.wrap("You approve \(revision), as you read it. Type your full name to confirm, then press Enter.", width: inner.width)
            for (i, line) in lines.prefix(3).enumerated() {
                surface.put(line, at: Point(x: inner.x, y: inner.y + i), role: .text, width: inner.width)
            }
            surface.put("Name:", at: Point(x: inner.x, y: inner.y + 4), role: .accent, width: 6)
            var copy = field
            copy.visibleWidth = inner.width - 7
            copy.draw(on: surface, in: Rect(x: inner.x + 7, y: inner.y + 4, width: inner.width - 7, height: 1), focused: true)
            surface.put("Enter approves · \(session.keymap.spoken(.back)) cancels", at: Point(x: inner.x, y: inner.y + 6), role: .muted, width: inner.width)
        case .requesting(let form):
            let box = ReviewLayout.requestRect(in: bounds)
            let inner = Box().draw(on: surface, in: box, title: form.refusesSigning ? "Refuse to sign" : "Request changes").inset(left: 1, right: 1)
            surface.put("What should change? (required)", at: inner.origin, role: .accent, width: inner.width)
            let areaRect = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(3, inner.height - 5))
            let nameY = areaRect.maxY + 1
            var area = form.comment
            area.viewport = areaRect.size
            var name = form.name
            name.visibleWidth = inner.width - 7
            area.draw(on: surface, in: areaRect, focused: !form.nameFocused)
            surface.put("Name:", at: Point(x: inner.x, y: nameY), role: .accent, width: 6)
            name.draw(on: surface, in: Rect(x: inner.x + 7, y: nameY, width: inner.width - 7, height: 1), focused: form.nameFocused)
            surface.put("\(session.keymap.spoken(.save)) sends · \(session.keymap.spoken(.nextField)): comment / name · \(session.keymap.spoken(.back)) cancels", at: Point(x: inner.x, y: nameY + 2), role: .muted, width: inner.width)
        case .signing(let form):
            form.draw(on: surface, in: bounds.inset(top: 1, left: 2, bottom: 1, right: 2), keymap: session.keymap)
        case .choosingYear(let list, _):
            let box = bounds.centered(Size(columns: 40, rows: min(bounds.height - 4, list.items.count + 4)))
            let inner = Box().draw(on: surface, in: box, title: "School year").inset(top: 1, left: 1, bottom: 0, right: 1)
            var copy = list
            copy.viewport = inner.size
            copy.draw(on: surface, in: inner, focused: true)
        case .help(let overlay):
            overlay.draw(on: surface, in: bounds.inset(top: 2, left: 4, bottom: 2, right: 4))
        case .notice(let dialog):
            dialog.draw(on: surface, in: bounds)
        }
    }
}
