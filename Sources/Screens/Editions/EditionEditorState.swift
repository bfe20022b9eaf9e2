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
    public internal(set) var original: Edition
    /// What the editors held when the edition was opened or last saved, for the unsaved check.
    var baseline: Edition
    /// Holds the values of the Left/Right choices; its text is taken from the editors.
    var working: Edition
    var fields: [EditionEditorControl: TextField] = [:]
    var areas: [EditionEditorControl: TextArea] = [:]
    /// Index of the focused control in `controls`.
    public internal(set) var focus = 0
    /// Problems found by the last save attempt, shown beside their fields.
    public internal(set) var problems: [EditionProblem] = []
    /// The last message (saved, refused); cleared by the next key.
    public internal(set) var message: StatusMessage?
    /// Whether a save went through since the editor opened.
    public internal(set) var hasSaved = false
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
    /// The form laid out for the size, the focus, the text and the problems (`layoutForm()`).
    var form = FormPageLayout<EditionEditorControl>(rows: [], in: Rect(x: 0, y: 0, width: 0, height: 0), labelWidth: labelWidth,
                                                    focused: nil, messages: { _ in [] })
    /// Whether there are edits that are not in the store: worked out after each key and save,
    /// not on every frame (it builds the whole edition).
    public internal(set) var isDirty = false
    /// Goes up with every change to the text or the choices, so the app writes the recovery file
    /// after each batch of keys that changed something (and only then).
    var changeCount = 0
    /// `changeCount` when the recovery file was last written.
    var recordedChanges = 0

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
        layoutForm()
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

    /// Works out `isDirty` again from the editors.
    mutating func refreshDirty() {
        let (edition, problems) = built()
        isDirty = edition != baseline || !problems.isEmpty
    }

    /// The focused control.
    public var focused: EditionEditorControl { controls[focus] }

    /// Moves the focus to `control`.
    public mutating func focus(on control: EditionEditorControl) {
        if let index = controls.firstIndex(of: control) { focus = index }
        layoutForm()
    }

    /// Lays the form out for a new terminal size, keeping every edit and the focus.
    public mutating func fit(to size: Size) {
        self.size = size
        layoutForm()
    }

    /// The answer kind chosen for a prompt.
    func answer(section s: Int, block b: Int) -> ReflectionPrompt.AnswerKind {
        if case .prompt(let prompt) = working.sections[s].blocks[b] { return prompt.answer }
        return .text
    }

    /// The effective-period rule chosen.
    public var effectivePeriod: EffectivePeriodRule { working.effectivePeriod }
}
