import LetterDomain
import LetterRules
import LetterStore
import TerminalUI

/// New letter: the school year (its edition preselected) and the district's name,
/// completed from the districts already in the store.
struct NewLetterState {
    enum Focus: Int, CaseIterable {
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

    init(context: AppContext, year: SchoolYear) {
        self.year = TextField(text: year.description, maxLength: 11, visibleWidth: 12)
        var names = Set<String>()
        for stored in (try? context.store.schoolYears()) ?? [] {
            for summary in (try? context.store.summaries(year: stored, summarize: context.store.summarize).summaries) ?? [] {
                names.insert(summary.districtName)
            }
        }
        knownDistricts = names.sorted()
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
    /// Handles one key: the form's actions first, then the focused field.
    mutating func update(_ press: KeyPress, context: AppContext) -> NewLetterOutcome {
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

    func draw(on surface: any DrawingSurface, status: StatusBar, catalog: EditionCatalog, keymap: Keymap) {
        let bounds = surface.bounds
        let (top, rest) = bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        surface.fill(top, role: .title)
        surface.put(" kyiln · New letter", at: top.origin, role: .title, width: top.width)
        var bar = status
        bar.hints = keyHints(keymap)
        bar.draw(on: surface, in: bottom)
        let x = body.x + 2, labelWidth = 16
        var y = body.y + 1
        surface.put("A new Letter of Commitment, as a draft.", at: Point(x: x, y: y), role: .muted, width: body.width - 4)
        y += 2
        func label(_ text: String, _ f: Focus) {
            surface.put(text, at: Point(x: x, y: y), role: focus == f ? .accent : .text, width: labelWidth)
        }
        label("School year", .year)
        year.draw(on: surface, in: Rect(x: x + labelWidth, y: y, width: 12, height: 1), focused: focus == .year)
        if schoolYear == nil {
            surface.put("like 2023-2024", at: Point(x: x + labelWidth + 14, y: y), role: .error, width: 30)
        }
        y += 2
        label("Edition", .edition)
        let chosen = edition(catalog)
        let editionText = chosen.map { "◀ \($0.id): \($0.network.name) ▶" } ?? "—"
        surface.putTruncated(editionText, at: Point(x: x + labelWidth, y: y), role: focus == .edition ? .focusedField : .field, width: body.width - labelWidth - 4)
        if focus == .edition { surface.setCursor(Point(x: x + labelWidth, y: y)) }
        let editionY = y
        // On lines of their own: after the network's name they would not fit in 80 columns.
        if let note = formNote(catalog) {
            y += 1
            surface.put(note, at: Point(x: x + labelWidth, y: y), role: .muted, width: body.width - labelWidth - 4)
        }
        if editionIndex == nil, chosen != nil {
            y += 1
            surface.put("the year's edition; Left/Right picks another", at: Point(x: x + labelWidth, y: y), role: .muted, width: body.width - labelWidth - 4)
        }
        y = max(y + 1, editionY + 2)
        label("District name", .district)
        district.draw(on: surface, in: Rect(x: x + labelWidth, y: y, width: 40, height: 1), focused: focus == .district)
        if let slug = try? DistrictSlug(deriving: district.text), !district.text.trimmed.isEmpty {
            surface.put("id: \(slug)", at: Point(x: x + labelWidth, y: y + 1), role: .muted, width: max(0, body.width - labelWidth - 4))
        }
        y += 2
        let completeKey = (keymap.keys(for: .nextField).first?.shortName ?? "Tab") + ": "
        for (i, name) in completions.enumerated() {
            surface.put((i == 0 ? completeKey : String(repeating: " ", count: completeKey.count)) + name, at: Point(x: x + labelWidth, y: y), role: .muted, width: 45)
            y += 1
        }
        y += 1
        surface.put("[ Create the draft ]", at: Point(x: x + labelWidth, y: y), role: focus == .create ? .selection : .button, width: 22)
        if focus == .create { surface.setCursor(nil) }
        if let error {
            surface.put("! " + error, at: Point(x: x, y: y + 2), role: .error, width: body.width - 4)
        }
    }
}
