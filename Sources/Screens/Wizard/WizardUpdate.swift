import LetterDomain
import TerminalUI

/// What a key did in the wizard, for the app to act on.
enum WizardOutcome: Equatable {
    case handled
    /// Not a wizard key: the app may treat it as a global one.
    case ignored
    /// The save key (Ctrl-S).
    case save
    /// Back (Esc): back to Home.
    case close
    /// The status key (F2): the status overlay.
    case status
    /// The history key (F3): the letter's history.
    case history
    /// The export key (F4): the export box for this letter.
    case export
    /// F8 / F7: the next or previous letter of Home's list (saving first).
    case nextLetter, previousLetter
}

extension WizardState {
    /// Handles one key: key in, new state out. The key's action, if the wizard has one for it,
    /// comes first; otherwise the key goes to the focused control.
    mutating func update(_ press: KeyPress) -> WizardOutcome {
        // One layout for the whole key, however many things it changed.
        defer { layOutIfStale() }
        notice = nil
        // A signed letter is read-only: a key that would edit it says so at once, instead of an
        // edit that could only be refused at save.
        if isLocked, wouldEditOutsideEditors(press) {
            refuseLockedEdit()
            return .handled
        }
        if let action = press.action, let outcome = perform(action, pressed: press.key) { return outcome }
        let key = press.key
        switch focused {
        case .reading:
            return reading.handle(key) ? .handled : .ignored
        case .acknowledgements:
            if key == .enter { moveFocus(1); return .handled }
            guard acknowledgements.handle(key) else { return .ignored }
            setAcknowledgements()
            return .handled
        case .field(let path):
            if key == .enter || key == .down { moveFocus(1); return .handled }
            if key == .up { moveFocus(-1); return .handled }
            return edit(path, key, multiline: false)
        case .area(let path):
            return edit(path, key, multiline: true)
        case .addContact, .removeContact, .addPoint, .removePoint:
            guard key == .enter || key == .space else {
                if key == .down { moveFocus(1); return .handled }
                if key == .up { moveFocus(-1); return .handled }
                return .ignored
            }
            activate(focused)
            return .handled
        case .findings:
            switch findingsList.handle(key) {
            case .chosen(let index): jump(to: findings[index]); return .handled
            case .handled: return .handled
            case .ignored: return .ignored
            }
        }
    }

    /// What an action does in the wizard, or nil when the key goes to the focused control:
    /// PgDn/PgUp page a text area's text, while the other step keys still change step.
    private mutating func perform(_ action: KeyAction, pressed key: Key) -> WizardOutcome? {
        switch action {
        case .save: return .save
        case .back: return .close
        case .status: return .status
        case .history: return .history
        case .nextField: moveFocus(1)
        case .previousField: moveFocus(-1)
        case .undo: return undo() ? .handled : .ignored
        case .redo: return redo() ? .handled : .ignored
        case .nextStep, .previousStep:
            if focusedScrollsWithPageKeys, key == .pageDown || key == .pageUp {
                // Review is the last page: PgDn pages the letter's text from the findings too, and
                // PgUp pages back up, then (at the top) goes to the previous step as ever.
                guard page == .review else { return nil }
                if key == .pageDown || reading.scrollOffset > 0 { return reading.handle(key) ? .handled : .ignored }
                previousPage()
                return .handled
            }
            if action == .nextStep { nextPage() } else { previousPage() }
        case .export: return .export
        case .nextLetter: return .nextLetter
        case .previousLetter: return .previousLetter
        case .help, .quit, .mail, .importLetters: return .ignored  // mail and importing are Home's
        }
        return .handled
    }

    /// Passes a key to a field's editor and writes what changed into the letter.
    private mutating func edit(_ path: FieldPath, _ key: Key, multiline: Bool) -> WizardOutcome {
        let edit = multiline
            ? FieldEdit.run(key, in: &areas, at: path, made: areas[path] == nil ? area(path) : nil)
            : FieldEdit.run(key, in: &fields, at: path, made: fields[path] == nil ? field(path) : nil)
        return apply(edit, in: path)
    }

    /// Types a run of characters that arrived together into the focused field, in a few edits
    /// instead of one per key (`TextArea.type(_:)`); false, with nothing changed, when the run
    /// cannot be typed that way (not a field, a signed letter, over the limit): press its keys then.
    mutating func type(_ run: String) -> Bool {
        defer { layOutIfStale() }
        notice = nil
        guard !isLocked else { return false }
        let edit: FieldEdit
        let path: FieldPath
        switch focused {
        case .field(let field):
            path = field
            edit = FieldEdit.type(run, in: &fields, at: path, made: fields[path] == nil ? self.field(path) : nil)
        case .area(let area):
            path = area
            edit = FieldEdit.type(run, in: &areas, at: path, made: areas[path] == nil ? self.area(path) : nil)
        default:
            return false
        }
        guard edit.handled else { return false }
        _ = apply(edit, in: path)
        return true
    }

    /// Writes what an editor changed into the letter, the undo order and the journal.
    private mutating func apply(_ edit: FieldEdit, in path: FieldPath) -> WizardOutcome {
        guard edit.handled else { return .ignored }
        if edit.refusedEdit { refuseLockedEdit() }
        if let refusal = edit.refusal { noteRefusal(refusal, in: path) }
        if let text = edit.newText {
            // A typed edit goes to the journal; only changes it cannot carry need the whole recovery file.
            let (outside, stale, before) = (changedOutsideJournal, formIsStale, findings)
            commit(path, text: text)
            noteEdit(path, newGroups: edit.newGroups)
            journal(path, from: edit.oldText, to: text, cursor: edit.cursor)
            changedOutsideJournal = outside
            // The page's rows do not depend on a field's text, only on the messages under it:
            // with the same findings (and no date, whose message is its own), the layout stands,
            // so a typed key does not lay the page out again (it wraps every question).
            if findings == before, dateTexts[path] == nil { formIsStale = stale }
        }
        return .handled
    }

    /// Text areas and Review's letter page their own text with PgUp/PgDn; everywhere else the keys change step.
    private var focusedScrollsWithPageKeys: Bool {
        if case .area = focused { return true }
        return page == .review
    }

    private mutating func activate(_ control: WizardControl) {
        switch control {
        case .addContact: addContact()
        case .removeContact(let i): removeContact(i)
        case .addPoint: addPoint()
        case .removePoint(let i): removePoint(i)
        default: break
        }
    }

    /// Moving on is always allowed: open findings stay marked on the step indicator.
    mutating func nextPage() {
        if let next = page.next { go(to: next) }
    }

    /// Moving back is always allowed.
    mutating func previousPage() {
        if let previous = page.previous { go(to: previous) }
    }

    /// Key hints for the status bar: the focused widget's, then the wizard's.
    var keyHints: [KeyHint] {
        var hints: [KeyHint] = []
        switch focused {
        case .field: hints.append(KeyHint("Enter", "Next"))
        case .area: hints += [KeyHint("Enter", "New line"), keymap.hint(for: .nextField, "Next", short: true)]
        case .acknowledgements: hints.append(KeyHint("Space", "Tick"))
        case .addContact, .removeContact, .addPoint, .removePoint: hints.append(KeyHint("Enter", "Press"))
        case .findings: hints.append(KeyHint("Enter", "Go to field"))
        case .reading: hints.append(KeyHint("Up/Down", "Scroll"))
        }
        hints += [keymap.hint(for: .save, short: true), KeyHint(keymap.stepKeys(avoidingPageKeys: focusedScrollsWithPageKeys), "Step"), keymap.hint(for: .help, short: true),
                  keymap.hint(for: .status, short: true), keymap.hint(for: .back, "Home", short: true),
                  // Wide terminals show these too; at 80 columns the bar drops them and F1 lists them.
                  keymap.hint(for: .export, short: true),
                  KeyHint(keymap.keyNames(for: .previousLetter, short: true) + "/" + keymap.keyNames(for: .nextLetter, short: true), "Letter")]
        return hints
    }
}
