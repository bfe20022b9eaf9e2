import LetterDomain
import TerminalUI

/// The status overlay (the status key, F2 by default): moves the letter along its lifecycle. The workflow decides
/// what is allowed; a refused change says why and changes nothing.
struct StatusChange {
    enum Row: Int, CaseIterable, Hashable, Sendable {
        case status, signer, words, date, note, party
    }

    /// The statuses the program manager may move to from here (reviews decide approval).
    let targets: [LetterStatus]
    var choice = 0 { didSet { relayout() } }
    var row: Row = .status { didSet { relayout() } }
    var date: TextField
    var note = TextField(placeholder: "a note for the history (the reason, for a termination)", maxLength: 500, visibleWidth: 50)
    var party: Party = .district
    /// Countersigning here (to `active`): KDE's designee types their name and the words of
    /// intent (`SigningWords`); left empty, the move records a countersignature made on paper.
    var signer = TextField(placeholder: "your full name, to countersign here", maxLength: 80, visibleWidth: 40)
    var words = TextField(placeholder: "", maxLength: 200, visibleWidth: 50)
    /// The words of intent for this letter.
    let intent: String
    var error: String?
    /// The dates a move starts from: the one typed on the letter's signature line, else today.
    private let typedDistrictDate: CalendarDate?
    private let typedKDEDate: CalendarDate?
    private let today: CalendarDate
    /// Whether the person changed the date here (then it stays as typed when the target changes).
    private var dateEdited = false
    /// The screen the dialog is centred on.
    private(set) var size: Size
    /// The dialog's box and its rows, laid out when the size, the focus or the target changes.
    private(set) var box = Rect(x: 0, y: 0, width: 0, height: 0)
    private(set) var layout = FormPageLayout<Row>(rows: [], in: Rect(x: 0, y: 0, width: 0, height: 0), labelWidth: 14,
                                                  focused: nil, messages: { _ in [] })

    init(letter: Letter, today: CalendarDate, size: Size) {
        self.size = size
        targets = letter.status.nextStatuses.filter { $0 != .approved && $0 != .changesRequested }
        intent = SigningWords.intent(for: letter)
        words = TextField(placeholder: "type: " + intent, maxLength: 200, visibleWidth: 50)
        typedDistrictDate = letter.signatures.district.date
        typedKDEDate = letter.signatures.kde.date
        self.today = today
        date = TextField(text: today.description, maxLength: 20, visibleWidth: 12)
        resetDate()
        relayout()
    }

    /// Lays the dialog out for a new terminal size.
    mutating func fit(to size: Size) {
        self.size = size
        relayout()
    }

    /// The rows the chosen change asks for, in focus order.
    var rows: [Row] {
        var rows: [Row] = [.status]
        if target == .active { rows += [.signer, .words] }
        if takesDate { rows.append(.date) }
        rows.append(.note)
        if target == .terminated { rows.append(.party) }
        return rows
    }

    private mutating func relayout() {
        box = Rect(origin: .zero, size: size).centered(Size(columns: min(76, size.columns - 4), rows: target == .active ? 15 : 12))
        let inner = box.inset(by: 1)
        let labels: [Row: String] = [.status: "Move to", .signer: "Your name", .words: "Words", .date: "Date", .note: "Note", .party: "Notice from"]
        let formRows = target == nil ? [] : rows.map { FormRow.line(label: labels[$0] ?? "", id: $0, hint: $0 == .date ? "YYYY-MM-DD" : nil) }
        layout = FormPageLayout(rows: formRows, in: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2)),
                                labelWidth: 14, focused: row, messages: { _ in [] })
    }

    /// Signing starts from the district date typed in the Agreement step, countersigning from
    /// KDE's: what someone typed next to a signature is never replaced by today.
    private mutating func resetDate() {
        guard !dateEdited else { return }
        let typed: CalendarDate?
        switch target {
        case .signed: typed = typedDistrictDate
        case .active: typed = typedKDEDate
        default: typed = nil
        }
        date = TextField(text: (typed ?? today).description, maxLength: 20, visibleWidth: 12)
    }

    var target: LetterStatus? { targets.isEmpty ? nil : targets[choice] }

    /// Whether the chosen change takes a date (signatures and notices).
    var takesDate: Bool { target.map { [.signed, .active, .terminated].contains($0) } ?? false }

    enum Outcome {
        case pending
        case cancelled
        case apply(LetterStatus, date: CalendarDate?, note: String?, party: Party?)
        /// Countersign in kyiln with the name and words typed (`LetterService.countersign`).
        case countersign(name: String, words: String)
    }

    mutating func update(_ press: KeyPress) -> Outcome {
        switch press.action {
        case .back?: return .cancelled
        case .nextField?: moveRow(1); return .pending
        case .previousField?: moveRow(-1); return .pending
        default: break
        }
        let key = press.key
        switch key {
        case .down: moveRow(1); return .pending
        case .up: moveRow(-1); return .pending
        case .enter:
            guard let target else { return .cancelled }
            if target == .active, !(signer.text.trimmed.isEmpty && words.text.trimmed.isEmpty) {
                // Signing here happens today: another date typed is not dropped in silence.
                guard date.text.trimmed == today.description else {
                    error = "A countersignature made here is dated today (\(today)); to record one made on paper on \(date.text.trimmed), leave Your name and Words empty."
                    return .pending
                }
                return .countersign(name: signer.text, words: words.text)
            }
            var parsed: CalendarDate?
            if takesDate {
                do { parsed = try CalendarDate(parsing: date.text) } catch {
                    self.error = error.description.capitalizedFirst
                    row = .date
                    return .pending
                }
            }
            return .apply(target, date: parsed, note: note.text, party: target == .terminated ? party : nil)
        default: break
        }
        error = nil
        switch row {
        case .status:
            if key == .right || key == .space { choice = (choice + 1) % max(1, targets.count) }
            if key == .left { choice = (choice + max(1, targets.count) - 1) % max(1, targets.count) }
            resetDate()
        case .signer:
            _ = signer.handle(key)
        case .words:
            _ = words.handle(key)
        case .date:
            if date.handle(key) { dateEdited = true }
            error = date.lastRefusal?.message(field: "Date")
        case .note:
            _ = note.handle(key)
            // A note that does not fit is not pasted: say so rather than drop the rest.
            error = note.lastRefusal?.message(field: "Note")
        case .party:
            if key == .left || key == .right || key == .space { party = party == .district ? .kde : .district }
        }
        return .pending
    }

    private mutating func moveRow(_ delta: Int) {
        row = FocusOrder.moved(row, by: delta, in: rows) ?? .status
    }

    /// The status bar's hints, with the keys `keymap` has.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        [KeyHint("Left/Right", "Choose"), keymap.hint(for: .nextField, "Next", short: true), KeyHint("Enter", "Apply"),
         keymap.hint(for: .back, "Cancel", short: true)]
    }

    /// Draws the dialog as laid out: it reads the layout, never changes it.
    func draw(on surface: any DrawingSurface, current: LetterStatus) {
        let inner = Box().draw(on: surface, in: box, title: "Change the status")
        surface.put("Now: \(current.label)", at: inner.origin, role: .muted, width: inner.width)
        guard let target else {
            surface.put("A \(current.label) letter cannot change status any more.", at: Point(x: inner.x, y: inner.y + 2), role: .warning, width: inner.width)
            return
        }
        layout.draw(on: surface) { row, cells, focused, hint in
            drawRow(row, target: target, in: cells, focused: focused, hint: hint, on: surface)
        }
        if let error { drawError(error, in: inner, below: (layout.targets.last?.rect.maxY ?? inner.y + 2), on: surface) }
    }

    private func drawRow(_ row: Row, target: LetterStatus, in cells: Rect, focused: Bool, hint: String?, on surface: any DrawingSurface) {
        switch row {
        case .status, .party:
            let text = row == .status ? "◀ \(target.verb) (\(target.label)) ▶" : "◀ \(party == .district ? "the district" : "KDE") ▶"
            surface.put(text, at: cells.origin, role: focused ? .focusedField : .field, width: row == .status ? cells.width : 20)
            if focused { surface.setCursor(cells.origin) }
        case .date:
            date.draw(on: surface, in: Rect(x: cells.x, y: cells.y, width: 12, height: 1), focused: focused)
            if let hint { surface.put(hint, at: Point(x: cells.x + 13, y: cells.y), role: .muted, width: 12) }
        case .note, .signer, .words:
            var copy = row == .note ? note : row == .signer ? signer : words
            copy.visibleWidth = cells.width
            copy.draw(on: surface, in: cells, focused: focused)
        }
    }

    /// Wrapped over the free rows at the bottom, so the reason is read whole; only a reason
    /// longer than the dialog ends in an ellipsis.
    private func drawError(_ error: String, in inner: Rect, below y: Int, on surface: any DrawingSurface) {
        let free = max(1, inner.maxY - (y + 1))
        let lines = TextWrapper.wrap("! " + error, width: inner.width)
        let shown = Array(lines.prefix(free))
        for (i, line) in shown.enumerated() {
            let point = Point(x: inner.x, y: inner.maxY - shown.count + i)
            if i == shown.count - 1, lines.count > free {
                surface.putTruncated(line + " " + lines[free...].joined(separator: " "), at: point, role: .error, width: inner.width)
            } else {
                surface.put(line, at: point, role: .error, width: inner.width)
            }
        }
    }
}
