import LetterDomain
import TerminalUI

/// The wizard's form pages (Contacts, Reflections, Agreement) on the form engine: their rows,
/// the messages under each field, and how each control is drawn. The layout is made by
/// `layoutForm()` whenever the size, the page, the focus or what the rows show changes, and
/// kept in `form`; drawing and clicks only read it.
extension WizardState {
    /// The rows and label width of the current page, when it is a form page.
    private var formRows: (rows: [FormRow<WizardControl>], labelWidth: Int)? {
        switch page {
        case .step(.contacts): (ContactsPage.rows(self), 24)
        case .step(.reflections): (ReflectionsPage.rows(self, height: currentPageRect.height), 20)
        case .step(.agreement): (AgreementPage.rows(self), 22)
        default: nil
        }
    }

    /// Lays the current form page out again (nil on the other pages).
    mutating func layoutForm() {
        formIsStale = false
        guard let layout = freshLayout() else {
            if form != nil { form = nil }
            return
        }
        form = layout
        // One width per field, the one it is drawn at: editing scrolls the text exactly as it shows.
        for item in layout.placed {
            guard case .line(_, .field(let path), let hint) = item.row else { continue }
            let width = Self.fieldWidth(cells: layout.rect.width - layout.labelWidth, hint: hint)
            fieldWidths[path] = width
            if let editor = fields[path], editor.visibleWidth != width { fields[path]?.visibleWidth = width }
        }
    }

    /// The current page laid out now, from what it shows (nil on the pages that are not forms).
    func freshLayout() -> FormPageLayout<WizardControl>? {
        guard let spec = formRows else { return nil }
        let state = self
        return FormPageLayout(rows: spec.rows, in: currentPageRect, labelWidth: spec.labelWidth, focused: focused,
                              messages: { state.messages(for: $0) })
    }

    /// The layout to draw: the one kept, or (after a change made outside the entry points that
    /// lay out, as a test may make) a fresh one, so drawing never shows a stale page.
    var currentForm: FormPageLayout<WizardControl>? { formIsStale ? freshLayout() : form }

    /// The width of a one-line field in cells `cells` wide, less its hint and a space.
    static func fieldWidth(cells: Int, hint: String?) -> Int {
        max(10, cells - (hint.map { DisplayWidth.of($0) + 1 } ?? 0))
    }

    /// The inline messages of a field the person has left (or of every field after a save).
    func messages(for control: WizardControl) -> [String] {
        guard let path = control.field else { return [] }
        var messages: [String] = []
        if let problem = inputProblem(for: path) { messages.append(problem) }
        if touched.contains(path) { messages += findings(for: path).map(\.message) }
        // The message about the points as a whole shows once, under the last point, once any was left.
        if case .action(let i) = path, i == points.count - 1,
           touched.contains(where: { if case .action = $0 { true } else { false } }) {
            messages += findings(for: .actions).map(\.message)
        }
        return messages
    }

    /// Draws one control of a form page in the cells the layout gave it.
    func drawFormControl(_ control: WizardControl, in rect: Rect, focused: Bool, hint: String?, on surface: any DrawingSurface) {
        switch control {
        case .field(let path):
            // Laid out at this width (`layoutForm`): drawn as it is, without changing it.
            let editor = field(path)
            let fieldWidth = editor.visibleWidth
            editor.draw(on: surface, in: Rect(x: rect.x, y: rect.y, width: fieldWidth, height: 1), focused: focused)
            if let hint, rect.width - fieldWidth > 1 {
                surface.put(hint, at: Point(x: rect.x + fieldWidth + 1, y: rect.y), role: .muted, width: rect.width - fieldWidth - 1)
            }
        case .area(let path):
            var editor = area(path)
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
