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

    let source: Edition
    var id: TextField
    var year: TextField
    /// 0: id, 1: school year.
    var focus = 1
    /// Why the last Enter did not copy; the typed text stays.
    var error: String?

    init(source: Edition, catalog: EditionCatalog) {
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
        self.focus = 0
    }

    mutating func update(_ press: KeyPress) -> Outcome {
        switch press.action {
        case .back?: return .cancel
        case .nextField?, .previousField?:
            focus = 1 - focus
            return .pending
        case .save?: return submit()
        default: break
        }
        let key = press.key
        switch key {
        case .down, .up:
            focus = 1 - focus
            return .pending
        case .enter:
            if focus == 0 {
                focus = 1
                return .pending
            }
            return submit()
        default:
            if focus == 0 { _ = id.handle(key) } else {
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
            focus = 0
            return .pending
        }
        do {
            return .submit(id: idText, year: try SchoolYear(year.text))
        } catch {
            self.error = error.description
            focus = 1
            return .pending
        }
    }

    func draw(on surface: any DrawingSurface, in bounds: Rect, keymap: Keymap) {
        let width = min(70, bounds.width - 4)
        let errorLines = error.map { TextWrapper.wrap("! " + $0, width: width - 4) } ?? []
        let box = bounds.centered(Size(columns: width, rows: 8 + errorLines.count))
        surface.fill(box, role: .text)
        let inner = Box().draw(on: surface, in: box, title: "Copy edition \(source.id)").inset(left: 1, right: 1)
        surface.put("A new stored edition with every word of \(source.id); edit it next.",
                    at: Point(x: inner.x, y: inner.y), role: .muted, width: inner.width)
        let labels = ["New id", "School year"]
        for (index, label) in labels.enumerated() {
            let y = inner.y + 2 + index
            surface.put(label, at: Point(x: inner.x, y: y), role: focus == index ? .accent : .text, width: 14)
            var field = index == 0 ? id : year
            let fieldWidth = max(10, inner.width - 15)
            field.visibleWidth = fieldWidth
            field.draw(on: surface, in: Rect(x: inner.x + 15, y: y, width: fieldWidth, height: 1), focused: focus == index)
        }
        for (i, line) in errorLines.enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + 5 + i), role: .error, width: inner.width)
        }
        surface.put("Enter: copy and edit · \(keymap.spoken(.nextField)): next field · \(keymap.spoken(.back)): cancel", at: Point(x: inner.x, y: inner.maxY - 1), role: .muted, width: inner.width)
        // The cursor belongs to the focused field, drawn last.
        var focused = focus == 0 ? id : year
        focused.visibleWidth = max(10, inner.width - 15)
        focused.draw(on: surface, in: Rect(x: inner.x + 15, y: inner.y + 2 + focus, width: max(10, inner.width - 15), height: 1), focused: true)
    }
}
