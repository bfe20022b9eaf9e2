import LetterDomain
import LetterStore
import TerminalUI

/// The small form `c` opens on the editions screen: the new edition's id and school
/// year, by default the year after the newest edition (and that year as the id).
struct EditionCopyForm: Sendable {
    enum Outcome: Equatable {
        case pending
        case cancel
        /// Enter with an id and a year that parse; the store still checks the id is free.
        case submit(id: String, year: SchoolYear)
    }

    /// The form's fields, in focus order.
    enum Field: CaseIterable, Hashable, Sendable {
        case id, year
    }

    let source: Edition
    var id: TextField
    var year: TextField
    var focus = Field.id { didSet { relayout() } }
    /// Why the last Enter did not copy; the typed text stays.
    var error: String? { didSet { relayout() } }
    /// The screen the box is centred on.
    private(set) var size = Size(columns: 80, rows: 24)
    /// The box and its rows, laid out when the size, the focus or the error changes.
    private(set) var box = Rect(x: 0, y: 0, width: 0, height: 0)
    private(set) var layout = FormPageLayout<Field>(rows: [], in: Rect(x: 0, y: 0, width: 0, height: 0), labelWidth: 15,
                                                    focused: nil, messages: { _ in [] })

    init(source: Edition, catalog: EditionCatalog, size: Size) {
        self.source = source
        let newest = catalog.editions.map(\.schoolYear).max() ?? source.schoolYear
        let year = newest.next
        var id = year.description
        var number = 2
        while catalog.editions.contains(where: { $0.id == id }) {
            id = "\(year)-\(number)"
            number += 1
        }
        self.id = TextField(text: id, placeholder: "lowercase letters, digits, hyphens", maxLength: 64, visibleWidth: 30)
        self.year = TextField(text: year.description, placeholder: "2023-2024", maxLength: 20, visibleWidth: 30)
        self.focus = .id
        self.size = size
        relayout()
    }

    /// Lays the box out for a new terminal size.
    mutating func fit(to size: Size) {
        self.size = size
        relayout()
    }

    /// The box centred on the screen, the two fields under the note, then the error.
    private mutating func relayout() {
        let bounds = Rect(origin: .zero, size: size)
        let width = min(70, bounds.width - 4)
        let errorLines = error.map { TextWrapper.wrap("! " + $0, width: width - 4) } ?? []
        box = bounds.centered(Size(columns: width, rows: 8 + errorLines.count))
        let inner = box.inset(by: 1).inset(left: 1, right: 1)
        var rows: [FormRow<Field>] = [.line(label: "New id", id: .id, hint: nil), .line(label: "School year", id: .year, hint: nil), .gap]
        if let error { rows.append(.text("! " + error, .error)) }
        let rect = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 3))
        layout = FormPageLayout(rows: rows, in: rect, labelWidth: 15, focused: focus, messages: { _ in [] })
    }

    mutating func update(_ press: KeyPress) -> Outcome {
        switch press.action {
        case .back?: return .cancel
        case .nextField?, .previousField?:
            focus = FocusOrder.moved(focus, by: press.is(.nextField) ? 1 : -1, in: Field.allCases) ?? focus
            return .pending
        case .save?: return submit()
        default: break
        }
        let key = press.key
        switch key {
        case .down, .up:
            focus = FocusOrder.moved(focus, by: key == .down ? 1 : -1, in: Field.allCases) ?? focus
            return .pending
        case .enter:
            // Both fields start filled in, so Enter copies from either one (Tab moves between them).
            return submit()
        default:
            if focus == .id { _ = id.handle(key) } else {
                let before = year.text
                _ = year.handle(key)
                // Typing another year moves an id that was the old year along with it.
                if id.text == before, let parsed = try? SchoolYear(year.text) { id.text = parsed.description }
            }
            return .pending
        }
    }

    private mutating func submit() -> Outcome {
        let idText = id.text.trimmed
        do { try EditionValidator.checkID(idText) } catch {
            self.error = error.description
            focus = .id
            return .pending
        }
        do {
            return .submit(id: idText, year: try SchoolYear(year.text))
        } catch {
            self.error = error.description
            focus = .year
            return .pending
        }
    }

    /// Draws the box as laid out: it reads the layout, never changes it.
    func draw(on surface: any DrawingSurface, keymap: Keymap) {
        surface.fill(box, role: .text)
        let inner = Box().draw(on: surface, in: box, title: "Copy edition \(source.id)").inset(left: 1, right: 1)
        surface.put("A new stored edition with every word of \(source.id); edit it next.",
                    at: Point(x: inner.x, y: inner.y), role: .muted, width: inner.width)
        layout.draw(on: surface) { field, cells, isFocused, _ in
            drawField(field, in: cells, focused: isFocused, on: surface)
        }
        surface.put("Enter: copy and edit · \(keymap.spoken(.nextField)): next field · \(keymap.spoken(.back)): cancel",
                    at: Point(x: inner.x, y: inner.maxY - 1), role: .muted, width: inner.width)
        // The cursor belongs to the focused field, drawn last.
        if let cells = layout.targets.first(where: { $0.id == focus })?.rect {
            drawField(focus, in: cells, focused: true, on: surface)
        }
    }

    private func drawField(_ field: Field, in cells: Rect, focused: Bool, on surface: any DrawingSurface) {
        var editor = field == .id ? id : year
        editor.visibleWidth = max(10, cells.width)
        editor.draw(on: surface, in: Rect(x: cells.x, y: cells.y, width: max(10, cells.width), height: 1), focused: focused)
    }
}
