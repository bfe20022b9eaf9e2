import LetterDomain
import TerminalUI

extension WizardState {
    /// A mouse event on the wizard: a click on a step goes there, a click on a field
    /// focuses it (and puts the cursor where it was clicked), the wheel scrolls what is
    /// under the pointer. The mouse is never required: every one of these has a key.
    mutating func mouse(_ event: MouseEvent) -> WizardOutcome {
        layOutIfStale()
        defer { layOutIfStale() }
        let page = currentPageRect
        notice = nil
        switch event {
        case .wheelUp, .wheelDown:
            scroll(event, page: page)
            return .handled
        case .click(let point):
            // Row 0 is the title, row 1 the step line (see `draw`).
            if point.y == 1 {
                clickStepLine(atColumn: point.x)
                return .handled
            }
            guard page.contains(point) else { return .ignored }
            return click(point, page: page)
        }
    }

    /// A step's label goes to that step, "Review" to the review; moving is never blocked by findings.
    private mutating func clickStepLine(atColumn x: Int) {
        let (indicator, width) = stepIndicator
        var target: WizardPage?
        if let index = indicator.step(atColumn: x, width: width) {
            target = .step(Step.allCases[index])
        } else if reviewLabelColumns.contains(x) {
            target = .review
        }
        // A click on the page already shown keeps its focus and its undo history.
        if let target, target != page { go(to: target) }
    }

    /// The wheel scrolls the text under the pointer: the read-only text, the checkboxes,
    /// the findings, or a text area. Over the fields of a form it walks the fields (the page
    /// scrolls to follow the focus), stopping at the first and the last.
    private mutating func scroll(_ event: MouseEvent, page rect: Rect) {
        let key = Key.mouse(event)
        let point = event.point
        switch page {
        case .step(.purpose):
            _ = reading.handle(key)
        case .step(.commitments):
            if acknowledgementsRect(in: rect).contains(point) { _ = acknowledgements.handle(key) } else { _ = reading.handle(key) }
        case .review:
            if findingsRect(in: rect).contains(point) { _ = findingsList.handle(key) } else { _ = reading.handle(key) }
        case .step:
            let under = form?.control(at: point)
            if case .area(let path) = under ?? focused {
                if areas[path] == nil { areas[path] = area(path) }
                _ = areas[path]!.handle(key)
                return
            }
            let delta = if case .wheelUp = event { -1 } else { 1 }
            if controls.indices.contains(focus + delta) { moveFocus(delta) }
        }
    }

    private mutating func click(_ point: Point, page rect: Rect) -> WizardOutcome {
        switch page {
        case .step(.purpose):
            return .handled
        case .step(.commitments):
            if isLocked, acknowledgementsRect(in: rect).contains(point) {
                // A click would tick a box of a signed letter: say why nothing changes.
                focusControl(.acknowledgements)
                refuseLockedEdit()
            } else if acknowledgements.click(at: point, in: acknowledgementsRect(in: rect)) {
                focusControl(.acknowledgements)
                setAcknowledgements()
            } else if readingRect(in: rect).contains(point) {
                focusControl(.reading)
            }
            return .handled
        case .review:
            switch findingsList.click(at: point, in: findingsRect(in: rect)) {
            case .chosen(let index): jump(to: findings[index])
            case .handled: focusControl(.findings)
            case .ignored: if readingRect(in: rect).contains(point) { focusControl(.reading) }
            }
            return .handled
        case .step:
            break
        }
        // A click on a field, or on its label, focuses the field.
        guard let target = form?.target(at: point) else { return .ignored }
        // Leaving a field shows its messages and ends its undo group; a click within it does neither.
        if target.id != focused { leaveFocusedField() }
        focusControl(target.id)
        switch target.id {
        case .field(let path):
            // The editor has the width it is drawn at (`layoutForm`), so the cursor lands on the character clicked.
            var editor = field(path)
            _ = editor.click(at: point, in: Rect(x: target.rect.x, y: target.rect.y, width: editor.visibleWidth, height: 1))
            fields[path] = editor
        case .area(let path):
            var editor = area(path)
            _ = editor.click(at: point, in: target.rect)
            areas[path] = editor
        case .addContact, .removeContact, .addPoint, .removePoint:
            _ = update(KeyPress(.enter))
        default:
            break
        }
        return .handled
    }
}
