import LetterDomain
import TerminalUI

/// The status overlay (the status key, F2 by default): moves the letter along its lifecycle. The workflow decides
/// what is allowed; a refused change says why and changes nothing.
struct StatusChange {
    enum Row: Int, CaseIterable {
        case status, date, note, party
    }

    /// The statuses the program manager may move to from here (reviews decide approval).
    let targets: [LetterStatus]
    var choice = 0
    var row: Row = .status
    var date: TextField
    var note = TextField(placeholder: "a note for the history (the reason, for a termination)", maxLength: 500, visibleWidth: 50)
    var party: Party = .district
    var error: String?
    /// The dates a move starts from: the one typed on the letter's signature line, else today.
    private let typedDistrictDate: CalendarDate?
    private let typedKDEDate: CalendarDate?
    private let today: CalendarDate
    /// Whether the person changed the date here (then it stays as typed when the target changes).
    private var dateEdited = false

    init(letter: Letter, today: CalendarDate) {
        targets = letter.status.nextStatuses.filter { $0 != .approved && $0 != .changesRequested }
        typedDistrictDate = letter.signatures.district.date
        typedKDEDate = letter.signatures.kde.date
        self.today = today
        date = TextField(text: today.description, maxLength: 20, visibleWidth: 12)
        resetDate()
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
        var rows: [Row] = [.status]
        if takesDate { rows.append(.date) }
        rows.append(.note)
        if target == .terminated { rows.append(.party) }
        row = FocusOrder.moved(row, by: delta, in: rows) ?? .status
    }

    /// The status bar's hints, with the keys `keymap` has.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        [KeyHint("Left/Right", "Choose"), keymap.hint(for: .nextField, "Next", short: true), KeyHint("Enter", "Apply"),
         keymap.hint(for: .back, "Cancel", short: true)]
    }

    func draw(on surface: any DrawingSurface, current: LetterStatus) {
        let rect = surface.bounds.centered(Size(columns: min(76, surface.size.columns - 4), rows: 12))
        let inner = Box().draw(on: surface, in: rect, title: "Change the status")
        surface.put("Now: \(current.label)", at: inner.origin, role: .muted, width: inner.width)
        guard let target else {
            surface.put("A \(current.label) letter cannot change status any more.", at: Point(x: inner.x, y: inner.y + 2), role: .warning, width: inner.width)
            return
        }
        let labelWidth = 14
        func label(_ text: String, _ r: Row, _ y: Int) {
            surface.put(text, at: Point(x: inner.x, y: y), role: row == r ? .accent : .text, width: labelWidth)
        }
        label("Move to", .status, inner.y + 2)
        surface.put("◀ \(target.verb) (\(target.label)) ▶", at: Point(x: inner.x + labelWidth, y: inner.y + 2),
                    role: row == .status ? .focusedField : .field, width: inner.width - labelWidth)
        if row == .status { surface.setCursor(Point(x: inner.x + labelWidth, y: inner.y + 2)) }
        var y = inner.y + 3
        if takesDate {
            label("Date", .date, y)
            var copy = date
            copy.draw(on: surface, in: Rect(x: inner.x + labelWidth, y: y, width: 12, height: 1), focused: row == .date)
            surface.put("YYYY-MM-DD", at: Point(x: inner.x + labelWidth + 13, y: y), role: .muted, width: 12)
            y += 1
        }
        label("Note", .note, y)
        var noteCopy = note
        noteCopy.visibleWidth = inner.width - labelWidth
        noteCopy.draw(on: surface, in: Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1), focused: row == .note)
        y += 1
        if target == .terminated {
            label("Notice from", .party, y)
            surface.put("◀ \(party == .district ? "the district" : "KDE") ▶", at: Point(x: inner.x + labelWidth, y: y),
                        role: row == .party ? .focusedField : .field, width: 20)
            if row == .party { surface.setCursor(Point(x: inner.x + labelWidth, y: y)) }
            y += 1
        }
        if let error {
            // Wrapped over the free rows at the bottom, so the reason is read whole; only a reason
            // longer than the dialog ends in an ellipsis.
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
}
