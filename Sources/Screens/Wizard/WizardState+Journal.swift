import FoundationEssentials
import LetterDomain
import LetterStore
import TerminalUI

/// What the recovery file and its journal keep of the wizard, and how a restore puts it back:
/// every typed text as typed (dates that are not dates yet, empty points), the cursor in each
/// field, and the edits made since the recovery file was written, replayed in order.
extension WizardState {
    /// Notes a typed edit for the journal (`App.journalEdits`): a run of typing is one splice.
    mutating func journal(_ path: FieldPath, from old: String, to new: String, cursor: Int) {
        guard let splice = TextSplice.between(old, new, field: path.description, cursor: cursor) else { return }
        if var last = pendingSplices.last, last.absorb(splice) {
            pendingSplices[pendingSplices.count - 1] = last
        } else {
            pendingSplices.append(splice)
        }
    }

    /// Hands over the edits noted since the last call, and whether something changed that only a
    /// whole recovery file can carry (a ticked box, a contact added or removed, an undo).
    mutating func takeJournal() -> (splices: [TextSplice], needsRecoveryFile: Bool) {
        defer {
            pendingSplices = []
            changedOutsideJournal = false
        }
        return (pendingSplices, changedOutsideJournal)
    }

    /// The recovery file's contents for the working copy as it is now.
    func recovery(savedAt: Date, journal: String) -> Recovery {
        var texts: [String: String] = [:]
        var cursors: [String: Int] = [:]
        for (path, editor) in fields {
            let stored = storedText(of: path)
            if editor.text != stored { texts[path.description] = editor.text }
            cursors[path.description] = editor.cursor
        }
        for (path, editor) in areas {
            if editor.text != letter.value(at: path) { texts[path.description] = editor.text }
            cursors[path.description] = editor.cursor
        }
        for (path, text) in dateTexts where fields[path] == nil && text != letter.value(at: path) {
            texts[path.description] = text
        }
        return Recovery(letter: letter, savedAt: savedAt, step: page.title, focus: focus, texts: texts,
                        points: points, cursors: cursors, journal: journal)
    }

    /// The text a field shows when the wizard is made again from the recovery's letter and points.
    private func storedText(of path: FieldPath) -> String {
        if case .action(let i) = path { return points.indices.contains(i) ? points[i] : "" }
        return letter.value(at: path)
    }

    /// Puts back what a recovery file kept beyond the letter: typed texts, points and cursors.
    /// Call it after `replaceLetter(recovery.letter, ...)`.
    mutating func restoreTyped(_ recovery: Recovery) {
        defer { layOutIfStale() }
        if let kept = recovery.points, kept.count >= 2 { points = kept }
        for (key, text) in recovery.texts ?? [:] {
            guard let path = try? FieldPath(parsing: key) else { continue }
            setEditorText(path, to: text, cursor: nil)
        }
        for (key, cursor) in recovery.cursors ?? [:] {
            guard let path = try? FieldPath(parsing: key) else { continue }
            placeCursor(path, at: cursor)
        }
    }

    /// Replays the journal's edits on the restored working copy, in order; stops at the first that
    /// does not fit (and says which), keeping those before it. The last edited field gets the focus.
    mutating func replay(_ splices: [TextSplice]) throws(RecoveryJournalError) {
        defer { layOutIfStale() }
        var last: FieldPath?
        for splice in splices {
            guard let path = try? FieldPath(parsing: splice.field) else {
                throw .doesNotApply(field: splice.field, offset: splice.offset, length: 0)
            }
            if case .action(let i) = path {
                while points.count <= i && points.count < FieldLimits.points.upperBound { points.append("") }
            }
            let text = try splice.applied(to: text(of: path))
            setEditorText(path, to: text, cursor: splice.cursor)
            commit(path, text: text)
            last = path
        }
        if let last {
            go(to: .step(last.step))
            focusControl(areas[last] != nil ? .area(last) : .field(last))
        }
    }

    /// Gives the editor of `path` this text (made if there is none), with the cursor at `cursor`
    /// (clamped) or where setting the text leaves it.
    private mutating func setEditorText(_ path: FieldPath, to text: String, cursor: Int?) {
        if case .reflection = path {
            var editor = areas.removeValue(forKey: path) ?? area(path)
            editor.text = text
            if let cursor { editor.setCursor(cursor) }
            areas[path] = editor
        } else {
            var editor = fields.removeValue(forKey: path) ?? field(path)
            editor.text = text
            if let cursor { editor.setCursor(cursor) }
            fields[path] = editor
            if dateTexts[path] != nil { dateTexts[path] = text }
            if case .action(let i) = path, points.indices.contains(i) { points[i] = text }
        }
    }

    private mutating func placeCursor(_ path: FieldPath, at cursor: Int) {
        if case .reflection = path {
            var editor = areas.removeValue(forKey: path) ?? area(path)
            editor.setCursor(cursor)
            areas[path] = editor
        } else {
            var editor = fields.removeValue(forKey: path) ?? field(path)
            editor.setCursor(cursor)
            fields[path] = editor
        }
    }
}
