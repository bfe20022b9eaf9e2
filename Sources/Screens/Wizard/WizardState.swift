import LetterDomain
import LetterStore
import TerminalUI

/// Everything the wizard knows while a letter is open: the working copy, the last
/// saved copy, the page and focus, and the editing state of every field.
///
/// Typed text lives in the editors and is written through to `letter` on every key,
/// so nothing typed exists only on screen: saving, recovery and validation all see it.
public struct WizardState: Sendable {
    /// The letter with the edits made so far.
    public internal(set) var letter: Letter { didSet { formIsStale = true; changedOutsideJournal = true } }
    /// The letter as last read from or written to the store.
    public internal(set) var saved: Letter
    public let edition: Edition
    public private(set) var page: WizardPage = .step(.purpose) { didSet { formIsStale = true } }
    /// Index of the focused control in `controls`.
    public private(set) var focus = 0 { didSet { formIsStale = true } }
    /// One-line fields by path, created on first use and kept for the session.
    var fields: [FieldPath: TextField] = [:]
    /// Multi-line answers by path.
    var areas: [FieldPath: TextArea] = [:]
    /// The points of action as typed, at least two rows even when empty.
    var points: [String] { didSet { formIsStale = true; changedOutsideJournal = true } }
    /// Date fields hold text that may not (yet) be a date; it is kept as typed.
    var dateTexts: [FieldPath: String] = [:] { didSet { formIsStale = true; changedOutsideJournal = true } }
    var reading = TextView()
    var acknowledgements: CheckboxList
    var findingsList = ListView(items: [], isFilterable: false, emptyMessage: "No findings: the letter is complete.")
    /// Fields the person has left at least once: only these show their messages inline.
    var touched: Set<FieldPath> = [] { didSet { formIsStale = true } }
    /// The findings of the working copy.
    public internal(set) var findings: [Finding] = [] { didSet { formIsStale = true } }
    /// Fields edited on this page, most recent last: Ctrl-Z undoes in the most recently
    /// edited one, so undo works across focus changes within a step.
    var undoOrder: [FieldPath] = []
    /// Fields with undone edits, most recent last, for Ctrl-Y.
    var redoOrder: [FieldPath] = []
    /// The terminal size the editors are laid out for.
    var screenSize = Size(columns: 80, rows: 24) { didSet { formIsStale = true } }

    /// Set while the stored letter changed elsewhere after it was opened ("changed in the store").
    var outsideNotice: String?

    /// The current form page laid out (Contacts, Reflections, Agreement; nil on the others).
    /// Every change to what it depends on lays it out again (the observers above), so drawing
    /// and clicks read the same places.
    var form: FormPageLayout<WizardControl>?
    /// Set by every change the layout depends on (the observers above); each entry point (`update`,
    /// `mouse`, `fit`, `go`, `resume`, `didSave`, `replaceLetter`, ...) ends with `layOutIfStale()`,
    /// so a typed key lays the page out once, not once per property it changed.
    var formIsStale = true
    /// The width each one-line field of a form page is drawn at, from the layout.
    var fieldWidths: [FieldPath: Int] = [:]

    /// Typed edits not yet in the recovery journal (`takeJournal()`), a run of typing as one splice.
    var pendingSplices: [TextSplice] = []
    /// Set by any change to the working copy that is not a typed edit in `pendingSplices` (the
    /// observers above; a typed edit puts it back as it was), so the app writes the whole recovery file.
    var changedOutsideJournal = false

    /// The key bindings, for the status bar's hints (the app resolves the keys themselves).
    var keymap = Keymap.defaults
    /// What the last key or click was refused for (a paste over a limit, an edit to a signed
    /// letter), for the app to show in the status bar; every key starts it afresh.
    var notice: StatusMessage?

    public init(letter: Letter, edition: Edition) {
        // The KDE designee is printed on the form; fill it in rather than make someone type it.
        self.letter = Self.prefilled(letter, edition: edition)
        // The baseline stays the letter as stored: the prefilled name is written with the next
        // save, but it is nobody's edit, so it neither makes the letter unsaved (`isDirty`) nor
        // shows up as a difference when someone else saved meanwhile (see `prefilled(_:)`).
        self.saved = letter
        // Worded for the letter's year, so prompts and reading pages name it (not the form's).
        self.edition = edition.worded(for: letter.schoolYear)
        self.points = letter.actions + Array(repeating: "", count: max(0, 2 - letter.actions.count))
        self.acknowledgements = CheckboxList(items: edition.expectations.map {
            CheckboxList.Item($0.fullText, isChecked: letter.isAcknowledged($0.id))
        })
        for path in [FieldPath.districtSignatureDate, .kdeSignatureDate] {
            dateTexts[path] = letter.value(at: path)
        }
        refreshFindings()
        loadPage()
        layoutForm()
    }

    /// Lays the form page out when something it depends on changed since the last layout.
    mutating func layOutIfStale() {
        if formIsStale { layoutForm() }
    }

    /// Whether there are edits that are not in the store (the prefilled KDE name is not one).
    public var isDirty: Bool { letter != prefilled(saved) || hasUnparsedDates }

    /// `letter` as the wizard shows it: the KDE designee's name taken from the edition while
    /// the letter has none. Applied to every letter the wizard compares with its working copy
    /// (the baseline, someone else's save), so the prefill never reads as a change.
    func prefilled(_ letter: Letter) -> Letter {
        Self.prefilled(letter, edition: edition)
    }

    static func prefilled(_ letter: Letter, edition: Edition) -> Letter {
        // A signed letter is read-only: not even a prefilled name may change it (the workflow
        // names the designee when KDE countersigns).
        guard !letter.status.locksContent else { return letter }
        var out = letter
        if out.signatures.kde.name.isEmpty, let name = edition.kdeDesignee.name {
            out.signatures.kde.name = name
        }
        return out
    }

    /// Whether a date field holds text that means something else than the letter's date: text that
    /// is not a date, or a date written differently from the letter's. Compared by meaning, so
    /// "12/10/2026" typed and saved as 2026-12-10 is not an unsaved change.
    private var hasUnparsedDates: Bool {
        dateTexts.contains { path, text in
            let stored = letter.value(at: path)
            if text == stored { return false }
            if text.trimmed.isEmpty { return !stored.isEmpty }
            guard let typed = try? CalendarDate(parsing: text) else { return true }
            return typed.description != stored
        }
    }

    // MARK: Controls

    /// The focusable controls of the current page, in Tab order.
    var controls: [WizardControl] {
        switch page {
        case .step(.purpose): return [.reading]
        case .step(.commitments): return [.reading, .acknowledgements]
        case .step(.contacts):
            var out: [WizardControl] = [.field(.districtName), .field(.superintendentName), .field(.superintendentEmail)]
            for i in letter.contacts.indices {
                out += FieldPath.ContactPart.allCases.map { .field(.contact(i, $0)) }
                if letter.contacts.count > 1 { out.append(.removeContact(i)) }
            }
            out.append(.addContact)
            return out
        case .step(.reflections):
            var out: [WizardControl] = []
            for prompt in edition.prompts {
                switch prompt.answer {
                case .text: out.append(.area(.reflection(prompt.id)))
                case .points:
                    for i in points.indices {
                        out.append(.field(.action(i)))
                        if points.count > 2 { out.append(.removePoint(i)) }
                    }
                    if points.count < FieldLimits.points.upperBound { out.append(.addPoint) }
                }
            }
            return out
        case .step(.agreement):
            return [.field(.districtSignatureName), .field(.districtSignatureTitle), .field(.districtSignatureDate),
                    .field(.kdeSignatureName), .field(.kdeSignatureDate)]
        // With no findings there is nothing to choose: the letter's text has the focus, so the
        // arrows scroll it at once (they used to wait for a Tab).
        case .review: return findings.isEmpty ? [.reading] : [.findings, .reading]
        }
    }

    /// The focused control.
    var focused: WizardControl {
        let all = controls
        return all[min(focus, all.count - 1)]
    }

    /// The text of a field as the person typed it.
    func text(of path: FieldPath) -> String {
        if let field = fields[path] { return field.text }
        if let area = areas[path] { return area.text }
        if let date = dateTexts[path] { return date }
        if case .action(let i) = path { return points.indices.contains(i) ? points[i] : "" }
        return letter.value(at: path)
    }

    /// The editor of a one-line field, made from the letter on first use.
    func field(_ path: FieldPath) -> TextField {
        fields[path] ?? {
            var editor = TextField(text: text(of: path), maxLength: path.maxLength, visibleWidth: fieldWidths[path] ?? fieldWidth)
            editor.isReadOnly = isLocked
            // Ctrl-Z and Ctrl-Y go through the wizard, which knows the order of edits across fields.
            editor.handlesUndoKeys = false
            return editor
        }()
    }

    /// Width of one-line fields: the page less the label column and a date hint.
    private var fieldWidth: Int { max(10, screenSize.columns - 2 - 24 - 11) }

    /// Size of each text area: the page width, and a share of the height.
    var areaViewport: Size {
        let textPrompts = max(1, edition.prompts.filter { $0.answer == .text }.count)
        return Size(columns: max(10, screenSize.columns - 2), rows: max(4, min(10, (screenSize.rows - 5 - 12) / textPrompts)))
    }

    /// Lays the editors out for a terminal size (on start and on every resize), so
    /// scrolling and Up/Down by visual line match what is drawn.
    mutating func fit(to size: Size) {
        defer { layOutIfStale() }
        screenSize = size
        // Fields take their widths from the layout the new size made (`layoutForm`).
        let viewport = areaViewport
        for key in Array(areas.keys) { areas[key]?.viewport = viewport }
        fitReadingViewports()
    }

    /// The editor of a multi-line answer, made from the letter on first use.
    func area(_ path: FieldPath) -> TextArea {
        areas[path] ?? {
            var editor = TextArea(text: text(of: path), maxLength: FieldLimits.answer, viewport: areaViewport)
            editor.isReadOnly = isLocked
            editor.handlesUndoKeys = false
            return editor
        }()
    }

    /// Findings that belong to a field (for inline messages).
    func findings(for path: FieldPath) -> [Finding] {
        findings.filter { $0.field == path }
    }

    /// A message about a field typed so far that is not in the letter (an unreadable date).
    func inputProblem(for path: FieldPath) -> String? {
        guard let text = dateTexts[path], !text.trimmed.isEmpty else { return nil }
        do { _ = try CalendarDate(parsing: text) } catch { return error.description.capitalizedFirst }
        return nil
    }

    /// The steps with open error findings, for the step indicator.
    public var stepsWithFindings: Set<Step> {
        Set(findings.filter { $0.severity == .error }.map(\.step))
    }

    /// The effective period as it would be with the dates typed so far.
    public var effectivePeriodText: String {
        guard let signedOn = letter.signatures.completedOn else {
            return "Effective: \(edition.effectivePeriod.summary) (starts when the letter is signed)"
        }
        let period = EffectivePeriod.compute(rule: edition.effectivePeriod, letterYear: letter.schoolYear, signedOn: signedOn)
        return "Effective: \(period)"
    }

    // MARK: Moving

    /// Goes to a page, focusing its first control.
    mutating func go(to page: WizardPage) {
        defer { layOutIfStale() }
        leaveFocusedField()
        undoOrder.removeAll()
        redoOrder.removeAll()
        self.page = page
        focus = 0
        loadPage()
    }

    /// Reopens at the page (by its title, as a recovery file records it) and focus index where
    /// someone was; an unknown page stays where the wizard is, a focus past the end takes the last control.
    mutating func resume(atPageTitled title: String?, focus index: Int?) {
        defer { layOutIfStale() }
        guard let title, let target = WizardPage.all.first(where: { $0.title == title }) else { return }
        go(to: target)
        if let index { focus = max(0, min(index, controls.count - 1)) }
    }

    /// Moves focus by `delta` within the page, wrapping around.
    mutating func moveFocus(_ delta: Int) {
        defer { layOutIfStale() }
        leaveFocusedField()
        focus = FocusOrder.moved(focus, by: delta, count: controls.count)
    }

    /// Focuses a control if the page has it.
    mutating func focusControl(_ control: WizardControl) {
        defer { layOutIfStale() }
        if let index = controls.firstIndex(of: control) { focus = index }
    }

    /// Goes to the page and field of a finding.
    mutating func jump(to finding: Finding) {
        defer { layOutIfStale() }
        go(to: .step(finding.step))
        switch finding.field {
        case .acknowledgement: focusControl(.acknowledgements)
        case .actions: focusControl(.field(.action(0)))
        case .contacts: focusControl(.field(.contact(0, .name)))
        case .reflection(let id): focusControl(.area(.reflection(id)))
        case .action(let i): focusControl(.field(.action(i)))
        default: focusControl(.field(finding.field))
        }
    }

    /// Marks the focused field as visited, so its message shows.
    mutating func leaveFocusedField() {
        guard let path = focused.field else { return }
        touched.insert(path)
        // Typing after coming back starts a new undo group.
        fields[path]?.endUndoGroup()
        areas[path]?.endUndoGroup()
    }

    /// Shows every message at once (after Ctrl-S, or on the review page).
    mutating func touchAll() {
        defer { layOutIfStale() }
        for finding in findings { touched.insert(finding.field) }
    }

    /// Fills the read-only text of the page.
    mutating func loadPage() {
        let text: String
        switch page {
        case .step(.purpose):
            text = FormText.purpose(of: edition, district: letter.district.name)
        case .step(.commitments):
            text = FormText.commitments(of: edition)
        case .review:
            text = TextRenderer(width: 76).render(FormLayout(edition: edition, letter: letter))
            touchAll()
        default:
            text = ""
        }
        reading = TextView(text: text, role: .text, viewport: reading.viewport)
        fitReadingViewports()
    }
}

extension FieldPath {
    /// The most characters a one-line field takes.
    var maxLength: Int {
        switch self {
        case .superintendentEmail, .contact(_, .email): FieldLimits.email
        case .action: FieldLimits.point
        case .districtSignatureDate, .kdeSignatureDate: 20
        default: FieldLimits.name
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
