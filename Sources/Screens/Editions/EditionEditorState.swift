import LetterDomain
import LetterStore
import TerminalUI

/// What a key did in the edition editor.
public enum EditionEditorOutcome: Equatable, Sendable {
    case handled
    /// Not an editor key: the owner may treat it as a global one.
    case ignored
    /// Esc (after any question about unsaved changes was answered): back to the list.
    case close
}

/// The edition editor: a scrolling form of every word of a stored edition, section by
/// section. Typed text lives in the editors; `edition` builds the edition from them,
/// so saving and the unsaved check always see what is on screen. Nothing is lost on a
/// refused save: the problems show beside their fields and the text stays.
public struct EditionEditorState: Sendable {
    /// The edition as last read from or written to the store (the save checks the file still holds it).
    public private(set) var original: Edition
    /// What the editors held when the edition was opened or last saved, for the unsaved check.
    private var baseline: Edition
    /// Holds the values of the Left/Right choices; its text is taken from the editors.
    var working: Edition
    var fields: [EditionEditorControl: TextField] = [:]
    var areas: [EditionEditorControl: TextArea] = [:]
    /// Index of the focused control in `controls`.
    public private(set) var focus = 0
    /// Problems found by the last save attempt, shown beside their fields.
    public private(set) var problems: [EditionProblem] = []
    /// The last message (saved, refused); cleared by the next key.
    public private(set) var message: StatusMessage?
    /// Whether a save went through since the editor opened.
    public private(set) var hasSaved = false
    /// Set while Esc asks about unsaved changes.
    var confirm: ConfirmDialog?
    /// The terminal size the form is laid out for.
    var size: Size
    /// The focusable controls in Tab order.
    public let controls: [EditionEditorControl]

    /// Why the edition is read-only (letters that use it are signed or in force), or nil while it
    /// can be edited. A read-only edition can be read and scrolled; every edit says this at once.
    public let readOnlyReason: String?

    /// Width of the label column.
    static let labelWidth = 24

    public init(edition: Edition, size: Size = Size(columns: 80, rows: 24), readOnlyReason: String? = nil) {
        original = edition
        baseline = edition
        working = edition
        self.size = size
        self.readOnlyReason = readOnlyReason
        controls = Self.controls(of: edition)
        loadEditors(from: edition)
        baseline = built().edition
        if readOnlyReason != nil {
            for key in Array(fields.keys) { fields[key]?.isReadOnly = true }
            for key in Array(areas.keys) { areas[key]?.isReadOnly = true }
        }
    }

    // MARK: Controls and values

    private static func controls(of edition: Edition) -> [EditionEditorControl] {
        var out: [EditionEditorControl] = [.schoolYear, .networkName, .networkAbbreviation, .title, .headerLines]
        for (s, section) in edition.sections.enumerated() {
            out.append(.sectionHeading(s))
            for (b, block) in section.blocks.enumerated() {
                switch block {
                case .paragraph: out.append(.paragraph(section: s, block: b))
                case .subheading: out.append(.subheading(section: s, block: b))
                case .list: out.append(.list(section: s, block: b))
                case .field: out.append(.fieldLabel(section: s, block: b))
                case .prompt:
                    out += [.prompt(section: s, block: b), .promptAnswer(section: s, block: b), .promptNote(section: s, block: b)]
                case .signatures:
                    for i in edition.signatories.indices { out += [.signatoryLabel(i), .signatoryDateLabel(i)] }
                }
            }
        }
        out += [.effectivePeriod, .designeeName, .designeeTitle, .returnName, .returnTitle, .returnEmail,
                .returnOffice, .returnPostalAddress, .returnText]
        return out
    }

    private mutating func loadEditors(from edition: Edition) {
        func field(_ control: EditionEditorControl, _ text: String, _ placeholder: String = "") {
            fields[control] = TextField(text: text, placeholder: placeholder)
        }
        func area(_ control: EditionEditorControl, _ text: String, _ placeholder: String = "") {
            areas[control] = TextArea(text: text, placeholder: placeholder)
        }
        field(.schoolYear, edition.schoolYear.description, "2023-2024")
        field(.networkName, edition.network.name)
        field(.networkAbbreviation, edition.network.abbreviation)
        field(.title, edition.title)
        area(.headerLines, edition.headerLines.joined(separator: "\n"), "one line per line, as printed above the first section")
        for (s, section) in edition.sections.enumerated() {
            field(.sectionHeading(s), section.heading, "(no heading)")
            for (b, block) in section.blocks.enumerated() {
                switch block {
                case .paragraph(let text): area(.paragraph(section: s, block: b), text)
                case .subheading(let text): field(.subheading(section: s, block: b), text)
                case .list(_, _, let items): area(.list(section: s, block: b), EditionEditorText.listText(items), "one item per line")
                case .field(_, let label): field(.fieldLabel(section: s, block: b), label)
                case .prompt(let prompt):
                    area(.prompt(section: s, block: b), prompt.text)
                    field(.promptNote(section: s, block: b), prompt.note ?? "", "(none)")
                case .signatures: break
                }
            }
        }
        for (i, signatory) in edition.signatories.enumerated() {
            field(.signatoryLabel(i), signatory.label)
            field(.signatoryDateLabel(i), signatory.dateLabel)
        }
        field(.designeeName, edition.kdeDesignee.name ?? "", "(not printed)")
        field(.designeeTitle, edition.kdeDesignee.title ?? "", "(not printed)")
        field(.returnName, edition.returnTo.name)
        field(.returnTitle, edition.returnTo.title)
        field(.returnEmail, edition.returnTo.email)
        area(.returnOffice, edition.returnTo.office.joined(separator: "\n"), "one line per line")
        area(.returnPostalAddress, edition.returnTo.postalAddress.joined(separator: "\n"), "(email only)")
        area(.returnText, edition.returnTo.text.joined(separator: "\n"), "the block as the form prints it, line by line")
    }

    /// The text of a one-line field or a text area.
    public func text(of control: EditionEditorControl) -> String {
        fields[control]?.text ?? areas[control]?.text ?? ""
    }

    /// The edition as the editors hold it now.
    public var edition: Edition { built().edition }

    /// Builds the edition from the editors; a school year that does not parse keeps the
    /// old one and is reported.
    func built() -> (edition: Edition, problems: [EditionProblem]) {
        var e = working
        var problems: [EditionProblem] = []
        do { e.schoolYear = try SchoolYear(text(of: .schoolYear)) } catch {
            problems.append(EditionProblem(.schoolYear, error.description))
        }
        e.network.name = text(of: .networkName).trimmed
        e.network.abbreviation = text(of: .networkAbbreviation).trimmed
        e.title = text(of: .title).trimmed
        e.headerLines = EditionEditorText.lines(text(of: .headerLines))
        for s in e.sections.indices {
            e.sections[s].heading = text(of: .sectionHeading(s)).trimmed
            for b in e.sections[s].blocks.indices {
                switch e.sections[s].blocks[b] {
                case .paragraph:
                    e.sections[s].blocks[b] = .paragraph(text(of: .paragraph(section: s, block: b)).trimmed)
                case .subheading:
                    e.sections[s].blocks[b] = .subheading(text(of: .subheading(section: s, block: b)).trimmed)
                case .list(let role, let style, _):
                    var old: [ListItem] = []
                    if original.sections.indices.contains(s), original.sections[s].blocks.indices.contains(b),
                       case .list(_, _, let items) = original.sections[s].blocks[b] { old = items }
                    e.sections[s].blocks[b] = .list(role: role, style: style,
                                                    items: EditionEditorText.items(from: text(of: .list(section: s, block: b)), keeping: old))
                case .field(let field, _):
                    e.sections[s].blocks[b] = .field(field, label: text(of: .fieldLabel(section: s, block: b)).trimmed)
                case .prompt(var prompt):
                    prompt.text = text(of: .prompt(section: s, block: b)).trimmed
                    let note = text(of: .promptNote(section: s, block: b)).trimmed
                    prompt.note = note.isEmpty ? nil : note
                    e.sections[s].blocks[b] = .prompt(prompt)
                case .signatures:
                    break
                }
            }
        }
        for i in e.signatories.indices {
            e.signatories[i].label = text(of: .signatoryLabel(i)).trimmed
            e.signatories[i].dateLabel = text(of: .signatoryDateLabel(i)).trimmed
        }
        let name = text(of: .designeeName).trimmed
        let title = text(of: .designeeTitle).trimmed
        e.kdeDesignee = KDEDesignee(name: name.isEmpty ? nil : name, title: title.isEmpty ? nil : title)
        e.returnTo.name = text(of: .returnName).trimmed
        e.returnTo.title = text(of: .returnTitle).trimmed
        e.returnTo.email = text(of: .returnEmail).trimmed
        e.returnTo.office = EditionEditorText.lines(text(of: .returnOffice))
        e.returnTo.postalAddress = EditionEditorText.lines(text(of: .returnPostalAddress))
        e.returnTo.text = EditionEditorText.linesKeepingBlanks(text(of: .returnText))
        return (e, problems)
    }

    /// Whether there are edits that are not in the store.
    public var isDirty: Bool {
        let (edition, problems) = built()
        return edition != baseline || !problems.isEmpty
    }

    /// The focused control.
    public var focused: EditionEditorControl { controls[focus] }

    /// Moves the focus to `control`.
    public mutating func focus(on control: EditionEditorControl) {
        if let index = controls.firstIndex(of: control) { focus = index }
    }

    /// Lays the form out for a new terminal size, keeping every edit and the focus.
    public mutating func fit(to size: Size) {
        self.size = size
    }

    /// The answer kind chosen for a prompt.
    func answer(section s: Int, block b: Int) -> ReflectionPrompt.AnswerKind {
        if case .prompt(let prompt) = working.sections[s].blocks[b] { return prompt.answer }
        return .text
    }

    /// The effective-period rule chosen.
    public var effectivePeriod: EffectivePeriodRule { working.effectivePeriod }

    // MARK: Keys

    /// Handles one key. The save key saves through `context.store`.
    public mutating func update(_ press: KeyPress, context: AppContext) -> EditionEditorOutcome {
        let key = press.key
        if var dialog = confirm {
            switch press.is(.back) ? .cancelled : dialog.handle(key) {
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
            guard var editor = fields[control] else { return .ignored }
            editor.visibleWidth = max(10, pageWidth - Self.labelWidth)
            guard editor.handle(key) else { return .ignored }
            fields[control] = editor
            return edited(refused: editor.refusedEdit)
        case .area:
            guard var editor = areas[control] else { return .ignored }
            editor.viewport = Size(columns: pageWidth, rows: areaHeight(control))
            guard editor.handle(key) else { return .ignored }
            areas[control] = editor
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
        case .help, .quit, .status, .history: return nil
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
            return changed ? .handled : .ignored
        }
        if var editor = areas[control] {
            let changed = redoing ? editor.redo() : editor.undo()
            areas[control] = editor
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
        let placed = layout(width: pageWidth)
        guard let current = placed.first(where: { $0.control == focused }) else { return }
        let step = max(1, pageHeight - 2)
        if direction > 0 {
            let target = current.y + step
            let next = placed.first { $0.control != nil && $0.y >= target } ?? placed.last { $0.control != nil }
            if let control = next?.control { focus(on: control) }
        } else {
            let target = current.y - step
            let previous = placed.last { $0.control != nil && $0.y <= max(0, target) } ?? placed.first { $0.control != nil }
            if let control = previous?.control { focus(on: control) }
        }
    }

    // MARK: Saving

    /// Checks and saves the edition. On a problem nothing is written, the problems show
    /// beside their fields, the focus goes to the first, and every edit stays.
    @discardableResult
    public mutating func save(context: AppContext) -> Bool {
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
        message = StatusMessage("Saved edition \(edition.id).", kind: .success)
        return true
    }
}
