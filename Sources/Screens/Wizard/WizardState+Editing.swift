import LetterDomain
import TerminalUI

/// Changing the working copy: writing typed text into the letter, undo and redo across the
/// fields of a step, contacts and points added and removed, saves and replaced letters.
extension WizardState {
    mutating func refreshFindings() {
        findings = Validator(edition: edition).findings(for: letter)
        findingsList.items = findings.map { "\($0.step.number) \($0.step.title): \($0.message)" }
    }

    /// Records that an edit in a field started a new undo group: the stack keeps one
    /// entry per group, in time order, so Ctrl-Z walks back through the fields as they were edited.
    mutating func noteEdit(_ path: FieldPath, newGroups: Int) {
        for _ in 0..<newGroups { undoOrder.append(path) }
        redoOrder.removeAll()
    }

    /// Undoes the last edit group (in whichever field of the step it was) and focuses that field.
    mutating func undo() -> Bool {
        defer { layOutIfStale() }
        while let path = undoOrder.popLast() {
            if applyHistory(path, redo: false) {
                redoOrder.append(path)
                return true
            }
        }
        return false
    }

    /// Redoes the last undone edit group and focuses its field.
    mutating func redo() -> Bool {
        defer { layOutIfStale() }
        while let path = redoOrder.popLast() {
            if applyHistory(path, redo: true) {
                undoOrder.append(path)
                return true
            }
        }
        return false
    }

    private mutating func applyHistory(_ path: FieldPath, redo: Bool) -> Bool {
        if var editor = fields[path] {
            guard redo ? editor.redo() : editor.undo() else { return false }
            fields[path] = editor
            commit(path, text: editor.text)
        } else if var editor = areas[path] {
            guard redo ? editor.redo() : editor.undo() else { return false }
            areas[path] = editor
            commit(path, text: editor.text)
        } else {
            return false
        }
        focusControl(fields[path] != nil ? .field(path) : .area(path))
        return true
    }

    /// Writes an edited text into the letter.
    mutating func commit(_ path: FieldPath, text: String) {
        switch path {
        case .action(let i):
            if points.indices.contains(i) { points[i] = text }
            letter.actions = points.filter { !$0.trimmed.isEmpty }
        case .districtSignatureDate, .kdeSignatureDate:
            dateTexts[path] = text
            // Only a real date (or nothing) reaches the letter. While the text is not a date, the
            // letter holds the field's stored value, never a date typed on the way ("2026-12-3" of
            // "2026-12-32"); the typed text stays in the field, and `unstoredFields` names it.
            let isDate = text.trimmed.isEmpty || (try? CalendarDate(parsing: text)) != nil
            try? letter.set(path, to: isDate ? text : saved.value(at: path), edition: edition)
        default:
            let before = letter.value(at: path)
            try? letter.set(path, to: text, edition: edition)
            // Typing inside an answer that stays filled and within its limit cannot change any
            // finding (the validator only asks of an answer whether it is blank or too long), so
            // the whole letter is not re-validated on every key.
            if case .reflection = path, Self.answerKeepsFindings(before, letter.value(at: path)) { return }
        }
        refreshFindings()
    }

    /// Whether an answer changing from `old` to `new` leaves the findings as they were.
    static func answerKeepsFindings(_ old: String, _ new: String) -> Bool {
        // Without copies: the first character that is not white space, and the UTF-8 length
        // (constant time) before the count of characters (which walks the whole text).
        func filledWithinLimit(_ text: String) -> Bool {
            text.unicodeScalars.contains { !$0.properties.isWhitespace }
                && (text.utf8.count <= FieldLimits.answer || text.count <= FieldLimits.answer)
        }
        return filledWithinLimit(old) && filledWithinLimit(new)
    }

    mutating func setAcknowledgements() {
        for (item, box) in zip(edition.expectations, acknowledgements.items) {
            letter.acknowledgements[item.id] = box.isChecked ? true : nil
        }
        refreshFindings()
    }

    mutating func addContact() {
        letter.contacts.append(Contact())
        refreshFindings()
        focusControl(.field(.contact(letter.contacts.count - 1, .name)))
    }

    mutating func removeContact(_ index: Int) {
        guard letter.contacts.count > 1, letter.contacts.indices.contains(index) else { return }
        letter.contacts.remove(at: index)
        // Editors are keyed by index: rebuild the contact editors from the letter.
        fields = fields.filter { if case .contact = $0.key { return false } else { return true } }
        refreshFindings()
        focusControl(.field(.contact(min(index, letter.contacts.count - 1), .name)))
    }

    mutating func addPoint() {
        guard points.count < FieldLimits.points.upperBound else { return }
        points.append("")
        focusControl(.field(.action(points.count - 1)))
    }

    mutating func removePoint(_ index: Int) {
        guard points.count > 2, points.indices.contains(index) else { return }
        points.remove(at: index)
        fields = fields.filter { if case .action = $0.key { return false } else { return true } }
        letter.actions = points.filter { !$0.trimmed.isEmpty }
        refreshFindings()
        focusControl(.field(.action(min(index, points.count - 1))))
    }

    /// Takes a saved letter as the new baseline, keeping what the person typed since. The
    /// store's bookkeeping and workflow (revision, history, status: a save may send an approved
    /// letter back to review) come from `stored`; a typed value the rules did not store (a
    /// signature date after today) stays in the working copy, so the letter still shows unsaved.
    mutating func didSave(_ stored: Letter) {
        defer { layOutIfStale() }
        letter = letter.keepingFields(onRecordOf: stored)
        saved = stored
    }

    /// Replaces the working copy (after a conflict was resolved) and rebuilds the editors.
    mutating func replaceLetter(_ merged: Letter, baseline: Letter) {
        defer { layOutIfStale() }
        letter = prefilled(merged)
        saved = baseline
        fields = [:]
        areas = [:]
        points = merged.actions + Array(repeating: "", count: max(0, 2 - merged.actions.count))
        for path in [FieldPath.districtSignatureDate, .kdeSignatureDate] { dateTexts[path] = merged.value(at: path) }
        acknowledgements = CheckboxList(items: edition.expectations.map {
            CheckboxList.Item($0.fullText, isChecked: merged.isAcknowledged($0.id))
        })
        refreshFindings()
        loadPage()
    }

}
