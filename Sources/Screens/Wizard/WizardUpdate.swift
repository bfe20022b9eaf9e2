import LetterDomain
import TerminalUI

/// What a key did in the wizard, for the app to act on.
enum WizardOutcome: Equatable {
    case handled
    /// Not a wizard key: the app may treat it as a global one.
    case ignored
    /// Ctrl-S.
    case save
    /// Esc: back to Home.
    case close
}

extension WizardState {
    /// Handles one key: key in, new state out.
    mutating func update(_ key: Key) -> WizardOutcome {
        notice = nil
        // A signed letter is read-only: a key that would edit it says so at once, instead of an
        // edit that could only be refused at save.
        if isLocked, wouldEditOutsideEditors(key) {
            refuseLockedEdit()
            return .handled
        }
        switch key {
        case .control("s"): return .save
        case .escape: return .close
        case .tab: moveFocus(1); return .handled
        case .backTab: moveFocus(-1); return .handled
        case .control("z"): return undo() ? .handled : .ignored
        case .control("y"): return redo() ? .handled : .ignored
        case .control("n"): nextPage(); return .handled
        case .control("p"): previousPage(); return .handled
        case .pageDown where !focusedScrollsWithPageKeys: nextPage(); return .handled
        case .pageUp where !focusedScrollsWithPageKeys: previousPage(); return .handled
        default: break
        }
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

    /// Passes a key to a field's editor and writes what changed into the letter.
    private mutating func edit(_ path: FieldPath, _ key: Key, multiline: Bool) -> WizardOutcome {
        let edit = multiline
            ? FieldEdit.run(key, in: &areas, at: path, made: areas[path] == nil ? area(path) : nil)
            : FieldEdit.run(key, in: &fields, at: path, made: fields[path] == nil ? field(path) : nil)
        guard edit.handled else { return .ignored }
        if edit.refusedEdit { refuseLockedEdit() }
        if let refusal = edit.refusal { noteRefusal(refusal, in: path) }
        if let text = edit.newText {
            commit(path, text: text)
            noteEdit(path, newGroups: edit.newGroups)
        }
        return .handled
    }

    /// Text areas page their own text with PgUp/PgDn; everywhere else the keys change step.
    private var focusedScrollsWithPageKeys: Bool {
        if case .area = focused { return true }
        return false
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
        case .area: hints += [KeyHint("Enter", "New line"), KeyHint("Tab", "Next")]
        case .acknowledgements: hints.append(KeyHint("Space", "Tick"))
        case .addContact, .removeContact, .addPoint, .removePoint: hints.append(KeyHint("Enter", "Press"))
        case .findings: hints.append(KeyHint("Enter", "Go to field"))
        case .reading: hints.append(KeyHint("Up/Down", "Scroll"))
        }
        hints += [keymap.hint(for: .save, short: true), KeyHint(stepKeys, "Step"), keymap.hint(for: .help, short: true),
                  keymap.hint(for: .status, short: true), keymap.hint(for: .back, "Home", short: true)]
        return hints
    }

    /// The first key of next step and of previous step, as the keymap has them ("PgDn/PgUp");
    /// in a text area PgDn/PgUp page the text, so the other keys are shown ("^N/^P").
    private var stepKeys: String {
        func first(_ action: KeyAction) -> String? {
            keymap.keys(for: action).first { !focusedScrollsWithPageKeys || ($0 != .pageDown && $0 != .pageUp) }?.shortName
        }
        return [first(.nextStep), first(.previousStep)].compactMap { $0 }.joined(separator: "/")
    }
}
