import LetterDomain
import TerminalUI

/// `k` on Home: record that the selected letter's district decided by e-mail, phone or on
/// paper. The rules service decides whether it may be recorded; the form only collects it.
struct DecisionForm: Sendable {
    enum Outcome: Equatable {
        case pending
        case cancel
        case record(RecordedDecision)
    }

    /// The form's controls, in focus order.
    enum Field: CaseIterable, Hashable, Sendable {
        case decision, channel, person, date, note
    }

    let letter: LetterSummary
    var decision = Review.Decision.approve
    var channel = RecordedDecision.Channel.email
    var person = TextField(text: "", placeholder: "who decided at the district", maxLength: 200, visibleWidth: 40)
    var date: TextField
    var note = TextField(text: "", placeholder: "what they said (needed for changes)", maxLength: Review.commentLimit, visibleWidth: 40)
    var focus = Field.decision { didSet { relayout() } }
    /// Why the last Enter did not record; every typed value stays.
    var error: String? { didSet { relayout() } }
    private(set) var size: Size
    private(set) var box = Rect(x: 0, y: 0, width: 0, height: 0)
    private(set) var layout = FormPageLayout<Field>(rows: [], in: Rect(x: 0, y: 0, width: 0, height: 0), labelWidth: 12,
                                                    focused: nil, messages: { _ in [] })

    init(letter: LetterSummary, today: CalendarDate, size: Size) {
        self.letter = letter
        self.size = size
        self.date = TextField(text: today.description, placeholder: "2026-11-20", maxLength: 20, visibleWidth: 12)
        relayout()
    }

    mutating func fit(to size: Size) {
        self.size = size
        relayout()
    }

    private mutating func relayout() {
        let bounds = Rect(origin: .zero, size: size)
        let width = min(80, bounds.width - 4)
        var rows: [FormRow<Field>] = Field.allCases.map { .line(label: Self.label($0), id: $0, hint: nil) }
        rows.append(.gap)
        if let error { rows.append(.text("! " + error, .error)) }
        let errorLines = error.map { TextWrapper.wrap("! " + $0, width: width - 4).count } ?? 0
        box = bounds.centered(Size(columns: width, rows: 11 + errorLines))
        let inner = box.inset(by: 1).inset(left: 1, right: 1)
        let rect = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 3))
        layout = FormPageLayout(rows: rows, in: rect, labelWidth: 12, focused: focus, messages: { _ in [] })
    }

    static func label(_ field: Field) -> String {
        switch field {
        case .decision: "Decision"
        case .channel: "Came"
        case .person: "Who"
        case .date: "On"
        case .note: "Note"
        }
    }

    mutating func update(_ press: KeyPress) -> Outcome {
        switch press.action {
        case .back?: return .cancel
        case .save?: return submit()
        case .nextField?, .previousField?:
            focus = FocusOrder.moved(focus, by: press.is(.nextField) ? 1 : -1, in: Field.allCases) ?? focus
            return .pending
        default: break
        }
        let key = press.key
        switch (key, focus) {
        case (.enter, _): return submit()
        case (.down, _), (.up, _):
            focus = FocusOrder.moved(focus, by: key == .down ? 1 : -1, in: Field.allCases) ?? focus
        case (.left, .decision), (.right, .decision), (.space, .decision):
            decision = decision == .approve ? .requestChanges : .approve
        case (.left, .channel), (.right, .channel), (.space, .channel):
            let all = RecordedDecision.Channel.allCases
            let index = all.firstIndex(of: channel)! + (key == .left ? all.count - 1 : 1)
            channel = all[index % all.count]
        case (_, .person): _ = person.handle(key)
        case (_, .date): _ = date.handle(key)
        case (_, .note): _ = note.handle(key)
        default: break
        }
        return .pending
    }

    private mutating func submit() -> Outcome {
        do {
            let day = try CalendarDate(parsing: date.text.trimmed)
            return .record(RecordedDecision(decision: decision, channel: channel, person: person.text, date: day, note: note.text))
        } catch {
            self.error = "The date: \(error.description)"
            focus = .date
            return .pending
        }
    }

    /// Draws the box as laid out.
    func draw(on surface: any DrawingSurface, keymap: Keymap) {
        surface.fill(box, role: .text)
        let inner = Box().draw(on: surface, in: box, title: "Record a decision that came another way").inset(left: 1, right: 1)
        surface.put("\(letter.districtName) \(letter.schoolYear): the district's decision, recorded by KDE (not an SSH review).",
                    at: Point(x: inner.x, y: inner.y), role: .muted, width: inner.width)
        layout.draw(on: surface) { field, cells, isFocused, _ in drawField(field, in: cells, focused: isFocused, on: surface) }
        surface.put("Enter: record · ←/→: choose · \(keymap.spoken(.nextField)): next · \(keymap.spoken(.back)): cancel",
                    at: Point(x: inner.x, y: inner.maxY - 1), role: .muted, width: inner.width)
        if let cells = layout.targets.first(where: { $0.id == focus })?.rect {
            drawField(focus, in: cells, focused: true, on: surface)
        }
    }

    private func drawField(_ field: Field, in cells: Rect, focused: Bool, on surface: any DrawingSurface) {
        let role: Role = focused ? .focusedField : .field
        switch field {
        case .decision:
            surface.put("‹ \(decision == .approve ? "approved" : "asked for changes") ›", at: cells.origin, role: role, width: cells.width)
        case .channel:
            surface.put("‹ \(channel.phrase) ›", at: cells.origin, role: role, width: cells.width)
        case .person, .date, .note:
            var editor = field == .person ? person : field == .date ? date : note
            editor.visibleWidth = max(10, cells.width)
            editor.draw(on: surface, in: Rect(x: cells.x, y: cells.y, width: max(10, cells.width), height: 1), focused: focused)
        }
    }
}
