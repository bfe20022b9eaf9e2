import LetterDomain
import LetterStore
import TerminalUI

/// The edition editor's keys: key in, new state out; the layout and the unsaved check are
/// worked out once after each key.
extension EditionEditorState {
    // MARK: Keys

    /// Handles one key, then lays the form out and works out the unsaved check once. The save
    /// key saves through `context.store`.
    public mutating func update(_ press: KeyPress, context: AppContext) -> EditionEditorOutcome {
        let outcome = handle(press, context: context)
        layoutForm()
        refreshDirty()
        return outcome
    }

    private mutating func handle(_ press: KeyPress, context: AppContext) -> EditionEditorOutcome {
        let key = press.key
        if var dialog = confirm {
            switch dialog.handle(press) {
            case .pending: confirm = dialog
            case .cancelled: confirm = nil
            case .chosen(0):
                confirm = nil
                if save(context: context) { return .close }
            case .chosen:
                confirm = nil
                return .close
            }
            return .handled
        }
        message = nil
        if let action = press.action, let outcome = perform(action, pressed: key, context: context) { return outcome }
        let control = focused
        switch control.kind {
        case .field:
            if key == .enter || key == .down { moveFocus(1); return .handled }
            if key == .up { moveFocus(-1); return .handled }
            guard var editor = fields.removeValue(forKey: control) else { return .ignored }  // sized by `layoutForm`
            let revision = editor.revision
            defer { fields[control] = editor }
            guard editor.handle(key) else { return .ignored }
            if editor.revision != revision { changeCount += 1 }
            return edited(refused: editor.refusedEdit)
        case .area:
            guard var editor = areas.removeValue(forKey: control) else { return .ignored }  // sized by `layoutForm`
            let revision = editor.revision
            defer { areas[control] = editor }
            guard editor.handle(key) else { return .ignored }
            if editor.revision != revision { changeCount += 1 }
            return edited(refused: editor.refusedEdit)
        case .choice:
            switch key {
            case .enter, .down: moveFocus(1)
            case .up: moveFocus(-1)
            case .left, .right, .space:
                if readOnlyReason != nil { refuseEdit() } else { cycle(control, by: key == .left ? -1 : 1) }
            default: return .ignored
            }
            return .handled
        }
    }

    /// What an action does in the editor, or nil when the key goes to the focused control:
    /// PgDn/PgUp page a text area's text, while the other page keys still turn the page.
    private mutating func perform(_ action: KeyAction, pressed key: Key, context: AppContext) -> EditionEditorOutcome? {
        switch action {
        case .save: _ = save(context: context)
        case .back:
            guard isDirty else { return .close }
            confirm = .saveDiscardCancel(message: "Save your changes to edition \(original.id) before going back to the list?")
        case .nextField: moveFocus(1)
        case .previousField: moveFocus(-1)
        case .nextStep, .previousStep:
            if focused.kind == .area, key == .pageDown || key == .pageUp { return nil }
            page(action == .nextStep ? 1 : -1)
        case .undo, .redo: return undoFocused(redoing: action == .redo)
        case .help, .quit, .status, .history, .export, .importLetters, .previousLetter, .nextLetter, .mail: return nil
        }
        return .handled
    }

    /// Undo or redo in the focused text (each field keeps its own history).
    private mutating func undoFocused(redoing: Bool) -> EditionEditorOutcome {
        let control = focused
        if readOnlyReason != nil, fields[control] != nil || areas[control] != nil {
            refuseEdit()
            return .handled
        }
        if var editor = fields[control] {
            let changed = redoing ? editor.redo() : editor.undo()
            fields[control] = editor
            if changed { changeCount += 1 }
            return changed ? .handled : .ignored
        }
        if var editor = areas[control] {
            let changed = redoing ? editor.redo() : editor.undo()
            areas[control] = editor
            if changed { changeCount += 1 }
            return changed ? .handled : .ignored
        }
        return .ignored
    }

    /// Says why a key that would change a read-only edition did nothing.
    private mutating func refuseEdit() {
        if let readOnlyReason { message = StatusMessage(readOnlyReason, kind: .warning) }
    }

    /// A key an editor took: when it was refused (the edition is read-only), says why.
    private mutating func edited(refused: Bool) -> EditionEditorOutcome {
        if refused { refuseEdit() }
        return .handled
    }

    private mutating func cycle(_ control: EditionEditorControl, by delta: Int) {
        changeCount += 1
        switch control {
        case .effectivePeriod:
            let all = EffectivePeriodRule.allCases
            let index = all.firstIndex(of: working.effectivePeriod) ?? 0
            working.effectivePeriod = all[(index + delta + all.count) % all.count]
        case .promptAnswer(let s, let b):
            if case .prompt(var prompt) = working.sections[s].blocks[b] {
                prompt.answer = prompt.answer == .text ? .points : .text
                working.sections[s].blocks[b] = .prompt(prompt)
            }
        default:
            break
        }
    }

    private mutating func moveFocus(_ delta: Int) {
        focus = max(0, min(controls.count - 1, focus + delta))
    }

    /// Moves the focus about a page down or up the form.
    private mutating func page(_ direction: Int) {
        let placed = form.placed
        guard let current = placed.first(where: { $0.row.id == focused }) else { return }
        let step = max(1, pageHeight - 2)
        if direction > 0 {
            let target = current.y + step
            let next = placed.first { $0.row.id != nil && $0.y >= target } ?? placed.last { $0.row.id != nil }
            if let control = next?.row.id { focus(on: control) }
        } else {
            let target = current.y - step
            let previous = placed.last { $0.row.id != nil && $0.y <= max(0, target) } ?? placed.first { $0.row.id != nil }
            if let control = previous?.row.id { focus(on: control) }
        }
    }

    // MARK: Saving

    /// Checks and saves the edition. On a problem nothing is written, the problems show
    /// beside their fields, the focus goes to the first, and every edit stays.
    @discardableResult
    public mutating func save(context: AppContext) -> Bool {
        let saved = check(andStoreIn: context)
        layoutForm()  // the problems show under their fields
        refreshDirty()
        return saved
    }

    private mutating func check(andStoreIn context: AppContext) -> Bool {
        // A read-only edition is never written: letters signed on it must keep their words.
        if readOnlyReason != nil { refuseEdit(); return false }
        let (edition, yearProblems) = built()
        problems = yearProblems + EditionValidator.problems(in: edition, source: original)
        if !problems.isEmpty {
            if let first = problems.lazy.compactMap({ $0.field.flatMap { EditionEditorControl.showing($0, in: edition) } }).first {
                focus(on: first)
            }
            let count = problems.count
            message = StatusMessage("Not saved: \(count) problem\(count == 1 ? "" : "s") (marked with !). Your text is kept.", kind: .error)
            return false
        }
        do {
            try context.store.saveEdition(edition, original: original)
        } catch {
            if case .invalid(_, let found) = error { problems = found }
            message = StatusMessage("Not saved: \(error.description)", kind: .error)
            return false
        }
        original = edition
        working = edition
        baseline = edition
        hasSaved = true
        // Saved: nothing is left to recover.
        context.store.removeEditionRecovery(edition.id)
        recordedChanges = changeCount
        message = StatusMessage("Saved edition \(edition.id).", kind: .success)
        return true
    }
}
