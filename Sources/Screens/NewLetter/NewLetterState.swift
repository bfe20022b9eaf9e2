import LetterDomain
import LetterRules
import LetterStore
import TerminalUI

/// New letter: the school year (its edition preselected) and the district's name,
/// completed from the districts already in the store.
struct NewLetterState {
    enum Focus: Int, CaseIterable, Hashable, Sendable {
        case year, edition, district, create
    }

    var focus: Focus = .district
    var year: TextField
    var district = TextField(placeholder: "e.g. Boone County", maxLength: FieldLimits.name, visibleWidth: 40)
    /// Index into the catalog; nil means "the year's default edition".
    var editionIndex: Int?
    /// Every district name in the store, for completion.
    let knownDistricts: [String]
    var error: String?
    /// The terminal size the form is laid out for.
    private(set) var size = Size(columns: 80, rows: 24)
    /// The form laid out (`layoutForm(catalog:)`) after each key and resize; drawing only reads it.
    private(set) var form = FormPageLayout<Focus>(rows: [], in: Rect(x: 0, y: 0, width: 0, height: 0), labelWidth: 16,
                                                  focused: nil, messages: { _ in [] })

    /// The key bindings, for the completion's key in the form.
    var keymap = Keymap.defaults

    init(context: AppContext, year: SchoolYear, size: Size, keymap: Keymap = .defaults) {
        self.keymap = keymap
        self.year = TextField(text: year.description, maxLength: 11, visibleWidth: 12)
        var names = Set<String>()
        for stored in (try? context.store.schoolYears()) ?? [] {
            for summary in (try? context.store.summaries(year: stored, summarize: context.store.summarize).summaries) ?? [] {
                names.insert(summary.districtName)
            }
        }
        knownDistricts = names.sorted()
        self.size = size
        layoutForm(catalog: context.editions)
    }

    /// Lays the form out for a new terminal size.
    mutating func fit(to size: Size, catalog: EditionCatalog) {
        self.size = size
        layoutForm(catalog: catalog)
    }

    /// The rows as the form stands: the year (and what a valid one looks like), the edition and
    /// its notes, the district with its id and the names it completes to, the button.
    mutating func layoutForm(catalog: EditionCatalog) {
        var rows: [FormRow<Focus>] = [
            .text("A new Letter of Commitment, as a draft.", .muted), .gap,
            .line(label: "School year", id: .year, hint: schoolYear == nil ? "like 2023-2024" : nil), .gap,
            .line(label: "Edition", id: .edition, hint: nil),
        ]
        // On lines of their own: after the network's name they would not fit in 80 columns.
        var notes = formNote(catalog).map { [$0] } ?? []
        if editionIndex == nil, edition(catalog) != nil { notes.append("the year's edition; Left/Right picks another") }
        rows += notes.isEmpty ? [.gap] : notes.map { .note($0, .muted) }
        rows.append(.line(label: "District name", id: .district, hint: nil))
        if let slug = try? DistrictSlug(deriving: district.text), !district.text.trimmed.isEmpty {
            rows.append(.note("id: \(slug)", .muted))
        } else {
            rows.append(.gap)
        }
        let completeKey = (keymap.keys(for: .nextField).first?.shortName ?? "Tab") + ": "
        rows += completions.enumerated().map { i, name in .note((i == 0 ? completeKey : String(repeating: " ", count: completeKey.count)) + name, .muted) }
        rows += [.gap, .line(label: "", id: .create, hint: nil)]
        let page = Rect(x: 2, y: 2, width: max(0, size.columns - 4), height: max(0, size.rows - 3))
        form = FormPageLayout(rows: rows, in: page, labelWidth: 16, focused: focus, messages: { _ in [] })
    }

    /// The school year typed, if it reads as one.
    var schoolYear: SchoolYear? { try? SchoolYear(year.text) }

    /// The edition a new letter would use.
    func edition(_ catalog: EditionCatalog) -> Edition? {
        if let editionIndex { return catalog.editions[editionIndex] }
        return schoolYear.map(catalog.defaultEdition)
    }

    /// Which form the letter will print and for which year: the edition keeps its words,
    /// but wherever they name the edition's own year they name the letter's
    /// (`Edition.worded(for:)`). Nil while no edition is chosen.
    func formNote(_ catalog: EditionCatalog) -> String? {
        guard let chosen = edition(catalog) else { return nil }
        guard let schoolYear else { return "Form: the \(chosen.id) edition" }
        if schoolYear == chosen.schoolYear { return "Form: the \(chosen.id) edition, written for \(schoolYear)" }
        return "Form: the \(chosen.id) edition, worded for \(schoolYear)"
    }

    /// Known districts starting with what was typed (case-insensitive), at most five.
    var completions: [String] {
        let typed = district.text.trimmed.lowercased()
        guard !typed.isEmpty else { return [] }
        return Array(knownDistricts.filter { $0.lowercased().hasPrefix(typed) && $0.lowercased() != typed }.prefix(5))
    }
}

/// What a key did on the new-letter screen.
enum NewLetterOutcome {
    case handled
    case ignored
    case cancel
    case created(Letter, Edition)
}

extension NewLetterState {
    /// Handles one key: the form's actions first, then the focused field; then lays the form out.
    mutating func update(_ press: KeyPress, context: AppContext) -> NewLetterOutcome {
        let outcome = handle(press, context: context)
        layoutForm(catalog: context.editions)
        return outcome
    }

    private mutating func handle(_ press: KeyPress, context: AppContext) -> NewLetterOutcome {
        switch press.action {
        case .back?: return .cancel
        case .nextField?:
            // The next-field key in the name field takes the first completion before moving on.
            if focus == .district, let first = completions.first {
                district.text = first
                return .handled
            }
            move(1)
            return .handled
        case .previousField?: move(-1); return .handled
        case .save?: return create(context: context)
        default: break
        }
        let key = press.key
        switch key {
        case .up: move(-1); return .handled
        case .down: move(1); return .handled
        case .enter:
            if focus == .create || focus == .district { return create(context: context) }
            move(1)
            return .handled
        default: break
        }
        error = nil
        switch focus {
        case .year:
            if year.handle(key) { editionIndex = nil; return .handled }
        case .edition:
            let count = context.editions.editions.count
            let current = editionIndex ?? edition(context.editions).flatMap { e in context.editions.editions.firstIndex { $0.id == e.id } } ?? 0
            if key == .left { editionIndex = (current + count - 1) % count; return .handled }
            if key == .right || key == .space { editionIndex = (current + 1) % count; return .handled }
        case .district:
            if district.handle(key) { return .handled }
        case .create:
            if key == .space { return create(context: context) }
        }
        return .ignored
    }

    private mutating func move(_ delta: Int) {
        focus = FocusOrder.moved(focus, by: delta, in: Focus.allCases) ?? focus
    }

    private mutating func create(context: AppContext) -> NewLetterOutcome {
        do {
            let schoolYear = try SchoolYear(year.text)
            guard let edition = edition(context.editions) else { return .handled }
            let name = district.text.trimmed
            guard !name.isEmpty else {
                error = "Type the district's name first."
                focus = .district
                return .handled
            }
            let stored = try context.service.create(districtName: name, year: schoolYear, editionID: edition.id)
            return .created(stored, edition)
        } catch let error as NameError {
            self.error = error.description.capitalizedFirst
        } catch let error as RulesError {
            self.error = error.description.capitalizedFirst
        } catch {
            self.error = "\(error)"
        }
        return .handled
    }

    /// The status bar's hints, with the keys `keymap` has.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        var hints = [keymap.hint(for: .nextField, focus == .district && !completions.isEmpty ? "Complete" : "Next", short: true),
                     KeyHint("Enter", "Create")]
        if focus == .edition { hints.append(KeyHint("Left/Right", "Edition")) }
        hints += [keymap.hint(for: .help, short: true), keymap.hint(for: .back, short: true)]
        return hints
    }

    /// Draws the form as laid out: it reads the layout, never changes it.
    func draw(on surface: any DrawingSurface, status: StatusBar, catalog: EditionCatalog, keymap: Keymap) {
        let bounds = surface.bounds
        let (top, rest) = bounds.splitTop(1)
        let (_, bottom) = rest.splitBottom(1)
        surface.fill(top, role: .title)
        surface.put(" kyiln · New letter", at: top.origin, role: .title, width: top.width)
        var bar = status
        bar.hints = keyHints(keymap)
        bar.draw(on: surface, in: bottom)
        form.draw(on: surface) { control, cells, focused, hint in
            drawControl(control, in: cells, focused: focused, hint: hint, catalog: catalog, on: surface)
        }
        if let error, let button = form.targets.first(where: { $0.id == .create })?.rect {
            surface.put("! " + error, at: Point(x: form.rect.x, y: button.y + 2), role: .error, width: form.rect.width)
        }
    }

    private func drawControl(_ control: Focus, in cells: Rect, focused: Bool, hint: String?, catalog: EditionCatalog,
                             on surface: any DrawingSurface) {
        switch control {
        case .year:
            year.draw(on: surface, in: Rect(x: cells.x, y: cells.y, width: 12, height: 1), focused: focused)
            if let hint { surface.put(hint, at: Point(x: cells.x + 14, y: cells.y), role: .error, width: 30) }
        case .edition:
            let text = edition(catalog).map { "◀ \($0.id): \($0.network.name) ▶" } ?? "—"
            surface.putTruncated(text, at: cells.origin, role: focused ? .focusedField : .field, width: cells.width)
            if focused { surface.setCursor(cells.origin) }
        case .district:
            district.draw(on: surface, in: Rect(x: cells.x, y: cells.y, width: 40, height: 1), focused: focused)
        case .create:
            surface.put("[ Create the draft ]", at: cells.origin, role: focused ? .selection : .button, width: 22)
            if focused { surface.setCursor(nil) }
        }
    }
}
