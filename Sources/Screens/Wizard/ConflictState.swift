import LetterDomain
import TerminalUI

/// Someone else saved the letter while it was being edited: for each field that
/// differs, keep mine or take theirs, one by one or all at once. Never a silent overwrite.
struct ConflictState {
    let mine: Letter
    let theirs: Letter
    let fields: [FieldPath]
    /// Per field: true keeps mine, false takes theirs. By default mine where I changed the
    /// field since `base` (what I typed), theirs where only they changed it: Enter alone
    /// then never undoes someone else's change to a field I did not touch.
    var keepMine: [Bool]
    var selected = 0

    init(mine: Letter, theirs: Letter, base: Letter? = nil) {
        self.mine = mine
        self.theirs = theirs
        let fields = mine.differingFields(from: theirs)
        self.fields = fields
        self.keepMine = fields.map { path in base.map { mine.value(at: path) != $0.value(at: path) } ?? true }
    }

    enum Outcome {
        case pending
        case cancelled
        /// The merged letter, based on theirs (so it saves at their revision).
        case resolved(Letter)
    }

    mutating func update(_ press: KeyPress, edition: Edition) -> Outcome {
        if press.is(.back) { return .cancelled }
        if press.is(.nextField) { selected = min(fields.count - 1, selected + 1); return .pending }
        switch press.key {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(fields.count - 1, selected + 1)
        case .left, .character("m"): if !fields.isEmpty { keepMine[selected] = true }
        case .right, .character("t"): if !fields.isEmpty { keepMine[selected] = false }
        case .space: if !fields.isEmpty { keepMine[selected].toggle() }
        case .character("M"): keepMine = keepMine.map { _ in true }
        case .character("T"): keepMine = keepMine.map { _ in false }
        case .enter: return .resolved(merged(edition: edition))
        default: break
        }
        return .pending
    }

    /// Theirs, with my value put back in every field where I keep mine.
    func merged(edition: Edition) -> Letter {
        var out = theirs
        for (path, mine) in zip(fields, keepMine) where mine {
            try? out.set(path, to: self.mine.value(at: path), edition: edition)
        }
        return out
    }

    /// The status bar's hints, with the cancel key `keymap` has.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        [KeyHint("Left/m", "Mine"), KeyHint("Right/t", "Theirs"), KeyHint("M/T", "All"), KeyHint("Enter", "Apply"),
         keymap.hint(for: .back, "Cancel", short: true)]
    }

    func draw(on surface: any DrawingSurface) {
        let width = min(surface.size.columns - 4, 96)
        let height = min(surface.size.rows - 4, 6 + max(1, fields.count) * 3)
        let rect = surface.bounds.centered(Size(columns: width, rows: height))
        let inner = Box(role: .warning).draw(on: surface, in: rect, title: "Saved by someone else")
        surface.putTruncated("\(theirs.updatedBy) saved this letter (revision \(theirs.revision)) while you were editing it.",
                    at: inner.origin, role: .warning, width: inner.width)
        surface.put("Choose for each field: keep mine or take theirs.", at: Point(x: inner.x, y: inner.y + 1), role: .muted, width: inner.width)
        let column = (inner.width - 4) / 2
        var y = inner.y + 3
        let visible = max(1, (inner.maxY - y) / 3)
        let first = max(0, min(selected - visible + 1, fields.count - visible))
        for index in fields.indices.dropFirst(first).prefix(visible) {
            let path = fields[index]
            let isSelected = index == selected
            surface.putTruncated((isSelected ? "▸ " : "  ") + path.label, at: Point(x: inner.x, y: y), role: isSelected ? .accent : .text, width: inner.width)
            let mineRole: Role = keepMine[index] ? .selection : .muted
            let theirsRole: Role = keepMine[index] ? .muted : .selection
            // A value cut to its column ends in "…", so nobody takes a shortened value for the whole.
            surface.putTruncated("mine: " + mine.value(at: path).collapsingWhitespace, at: Point(x: inner.x + 2, y: y + 1), role: mineRole, width: column)
            surface.putTruncated("theirs: " + theirs.value(at: path).collapsingWhitespace, at: Point(x: inner.x + 4 + column, y: y + 1), role: theirsRole, width: column)
            y += 3
        }
        surface.setCursor(nil)
    }
}
