import LetterDomain
import TerminalUI

extension WizardState {
    /// A mouse event on the wizard: a click on a step goes there, a click on a field
    /// focuses it (and puts the cursor where it was clicked), the wheel scrolls.
    /// The mouse is never required: every one of these has a key.
    mutating func mouse(_ event: MouseEvent) -> WizardOutcome {
        let bounds = Rect(origin: .zero, size: screenSize)
        let page = Self.pageRect(in: bounds)
        switch event {
        case .wheelUp, .wheelDown:
            switch focused {
            case .reading: _ = reading.handle(.mouse(event))
            case .area(let path):
                var editor = area(path)
                _ = editor.handle(event == .wheelUp(event.point) ? .up : .down)
                areas[path] = editor
            default: moveFocus(event == .wheelUp(event.point) ? -1 : 1)
            }
            return .handled
        case .click(let point):
            if point.y == 1 {
                let (indicator, width) = stepIndicator
                if let index = indicator.step(atColumn: point.x, width: width) {
                    go(to: .step(Step.allCases[index]))
                } else if point.x >= width {
                    go(to: .review)
                }
                return .handled
            }
            guard page.contains(point) else { return .ignored }
            return click(point, page: page)
        }
    }

    private mutating func click(_ point: Point, page rect: Rect) -> WizardOutcome {
        let rows: [FormRow]
        switch page {
        case .step(.contacts): rows = ContactsPage.rows(self)
        case .step(.reflections): rows = ReflectionsPage.rows(self, height: rect.height)
        case .step(.agreement): rows = AgreementPage.rows(self)
        case .step(.commitments):
            let boxes = min(acknowledgements.items.count, max(3, rect.height / 3))
            let boxRect = Rect(x: rect.x, y: rect.maxY - boxes, width: rect.width, height: boxes)
            if acknowledgements.click(at: point, in: boxRect) {
                leaveFocusedField()
                focusControl(.acknowledgements)
                setAcknowledgements()
            } else {
                focusControl(.reading)
            }
            return .handled
        case .step(.purpose):
            return .handled
        case .review:
            let count = findings.count
            let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: count == 0 ? 0 : min(count, max(3, rect.height / 3)))
            var list = findingsList
            list.viewport = listRect.size
            switch list.click(at: point, in: listRect) {
            case .chosen(let index): jump(to: findings[index])
            case .handled:
                findingsList = list
                focusControl(.findings)
            case .ignored: focusControl(.reading)
            }
            return .handled
        }
        let labelWidth = [WizardPage.step(.contacts): 24, .step(.reflections): 20, .step(.agreement): 22][page] ?? 20
        guard let target = FormRowsView(rows: rows, state: self, labelWidth: labelWidth).targets(in: rect)
            .first(where: { $0.rect.contains(point) || ($0.rect.y == point.y && point.x >= rect.x) }) else { return .ignored }
        leaveFocusedField()
        focusControl(target.control)
        switch target.control {
        case .field(let path):
            var editor = field(path)
            editor.visibleWidth = max(10, target.rect.width - (path.isDateField ? 11 : 0))
            _ = editor.click(at: point, in: Rect(x: target.rect.x, y: target.rect.y, width: editor.visibleWidth, height: 1))
            fields[path] = editor
        case .area(let path):
            var editor = area(path)
            _ = editor.click(at: point, in: target.rect)
            areas[path] = editor
        case .addContact, .removeContact, .addPoint, .removePoint:
            _ = update(.enter)
        default:
            break
        }
        return .handled
    }
}

extension FieldPath {
    var isDateField: Bool { self == .districtSignatureDate || self == .kdeSignatureDate }
}
