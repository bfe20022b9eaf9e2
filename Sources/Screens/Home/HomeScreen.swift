import LetterDomain
import LetterStore
import TerminalUI

/// What a key did on Home.
enum HomeOutcome: Equatable {
    case handled
    case ignored
    case newLetter
    case open(LetterSummary)
    /// `r`: roll the year's active letters over to the next year.
    case rollover
    /// `e`: the editions of the form.
    case editions
    /// `x` or Delete: delete the selected letter (after a confirmation).
    case delete(LetterSummary)
    /// `f`: move the selected letter to another edition of the form.
    case changeEdition(LetterSummary)
    case quit
    /// `i` or the import key: the import screen.
    case importLetters
    /// Export, the marked letters, the dashboard's letters (`App+Year`).
    case year(YearRequest)
}

extension HomeState {
    /// Handles one key: the year picker or the filter when open, else Home's letter keys and
    /// then the table.
    mutating func update(_ press: KeyPress, context: AppContext) -> HomeOutcome {
        if yearPicker != nil {
            updateYearPicker(press, context: context)
            return .handled
        }
        if filter != nil {
            updateFilter(press)
            return .handled
        }
        let key = press.key
        if press.is(.back), !list.filter.isEmpty {
            list.setFilter("")  // the back key clears a kept filter first
            return .handled
        }
        if press.is(.export) { return .year(.export) }
        if press.is(.mail) { return .year(.mail(actedOn)) }
        if press.is(.importLetters) { return .importLetters }
        if showsDashboard, let outcome = updateDashboard(key) { return outcome }
        switch key {
        case .space:
            toggleMark()
            return .handled
        case .character("a"):
            toggleMarkAllShown()
            return .handled
        case .character("v"): return .year(.sendToReview(actedOn))
        case .character("m"): return .year(.mail(actedOn))
        case .character("p"): return .year(.export)
        case .character("i"): return .importLetters
        case .character("k"): return selected.map { .year(.recordDecision($0)) } ?? .handled
        case .character("n"): return .newLetter
        case .character("q"): return .quit
        case .character("r"): return .rollover
        case .character("e"): return .editions
        case .character("x"), .delete: return selected.map(HomeOutcome.delete) ?? .handled
        case .character("f"): return selected.map(HomeOutcome.changeEdition) ?? .handled
        case .character("d"):
            showsDashboard.toggle()
            return .handled
        case .character("s"):
            let all = Order.allCases
            order = all[(all.firstIndex(of: order)! + 1) % all.count]
            sortSummaries()
            return .handled
        case .character("/"):
            filter = TextField(text: list.filter, placeholder: "type to filter by district, status…", visibleWidth: 40)
            return .handled
        case .character("y"):
            var picker = ListView(items: years.map(\.description), isFilterable: false)
            if let index = years.firstIndex(of: year) { picker.select(index: index) }
            yearPicker = picker
            return .handled
        case .enter:
            return selected.map(HomeOutcome.open) ?? .handled
        default:
            switch list.handle(key) {
            case .chosen: return selected.map(HomeOutcome.open) ?? .handled
            case .handled: return .handled
            case .ignored: return .ignored
            }
        }
    }

    /// The dashboard's keys: the arrows choose a letter it lists, Enter opens it (or creates a
    /// missing one); nil for the keys Home handles as ever.
    private mutating func updateDashboard(_ key: Key) -> HomeOutcome? {
        let entries = dashboard.entries
        switch key {
        case .down, .up:
            dashboardRow = max(0, min(entries.count - 1, dashboardRow + (key == .down ? 1 : -1)))
            return .handled
        case .enter:
            guard entries.indices.contains(dashboardRow) else { return .handled }
            let entry = entries[dashboardRow]
            return entry.kind == .missing ? .year(.createMissing(entry.summary)) : .open(entry.summary)
        default:
            return nil
        }
    }

    /// The year picker takes every key while it is open.
    private mutating func updateYearPicker(_ press: KeyPress, context: AppContext) {
        guard var picker = yearPicker else { return }
        switch picker.handle(press.key) {
        case .chosen(let index):
            if years[index] != year { marked = [] }  // marks belong to one year's letters
            year = years[index]
            yearPicker = nil
            reload(context: context)
        case .handled: yearPicker = picker
        case .ignored: if press.is(.back) { yearPicker = nil }
        }
    }

    /// The filter field takes every key while it is open: back clears it, Enter keeps it.
    private mutating func updateFilter(_ press: KeyPress) {
        guard var field = filter else { return }
        if press.is(.back) {
            filter = nil
            list.setFilter("")
        } else if press.is(.nextField) || press.key == .enter || press.key == .down {
            filter = nil
        } else if field.handle(press.key) {
            filter = field
            list.setFilter(field.text)
        }
    }

    /// Where the table's rows are drawn on a screen of `size` (shared by drawing and clicks).
    func listRect(size: Size) -> Rect {
        let footer = Self.hintRows(keyHints(.defaults), width: size.columns).count - 1
        let page = Rect(x: 1, y: 2, width: size.columns - 2, height: size.rows - 3 - max(0, footer))
        var y = page.y + 1
        y += 2
        let problemRows = min(problems.count, 3)
        return Rect(x: page.x, y: y, width: page.width, height: max(1, page.maxY - y - problemRows))
    }

    /// A click selects a letter; a click on the selected one opens it; the wheel moves.
    mutating func mouse(_ event: MouseEvent, size: Size) -> HomeOutcome {
        guard !isFirstRun, !showsDashboard, yearPicker == nil, filter == nil else { return .ignored }
        var copy = list
        copy.viewport = listRect(size: size).size
        switch event {
        case .click(let point):
            let outcome = copy.click(at: point, in: listRect(size: size))
            list = copy
            if case .chosen = outcome, let selected { return .open(selected) }
            return outcome == .ignored ? .ignored : .handled
        case .wheelUp, .wheelDown:
            _ = copy.handle(.mouse(event))
            list = copy
            return .handled
        }
    }

    /// The status bar's hints, with the keys `keymap` has.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        let back = { (label: String) in keymap.hint(for: .back, label, short: true) }
        if yearPicker != nil { return [KeyHint("Enter", "Choose year"), back("Cancel")] }
        if filter != nil { return [KeyHint("Enter", "Keep filter"), back("Clear filter")] }
        // The essentials first; at 80 columns the hints take more than one row, and help lists them all.
        return [KeyHint("n", "New"), KeyHint("Enter", showsDashboard ? "Open listed" : "Open"), keymap.hint(for: .help, short: true),
                KeyHint("q", "Quit"), KeyHint("/", "Filter"), KeyHint("Space", "Mark"), KeyHint("a", "Mark all shown"),
                KeyHint("v", "Send to review"), KeyHint("m/" + keymap.keyNames(for: .mail, short: true), "Mail"),
                KeyHint("p/" + keymap.keyNames(for: .export, short: true), "Export"),
                KeyHint("i/" + keymap.keyNames(for: .importLetters, short: true), "Import"),
                KeyHint("k", "Record decision"),
                KeyHint("d", showsDashboard ? "Table" : "Dashboard"), KeyHint("y", "Year"), KeyHint("s", "Sort"),
                KeyHint("e", "Editions"), KeyHint("r", "Roll over"), KeyHint("f", "Form edition"), KeyHint("x", "Delete")]
    }

    /// The hints laid out in rows of `width` columns, as the status bar spaces them; the
    /// last row goes in the status bar, the others in the rows above it.
    static func hintRows(_ hints: [KeyHint], width: Int) -> [[KeyHint]] {
        var rows: [[KeyHint]] = [[]]
        var x = 1
        for hint in hints {
            let size = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.action)
            if x + size > width - 1, !rows[rows.count - 1].isEmpty {
                rows.append([])
                x = 1
            }
            rows[rows.count - 1].append(hint)
            x += size + 2
        }
        return rows
    }

    /// Draws Home.
    func draw(on surface: any DrawingSurface, status: StatusBar, keymap: Keymap) {
        let bounds = surface.bounds
        let rows = Self.hintRows(keyHints(keymap), width: bounds.width)
        let extra = min(Self.hintRows(keyHints(.defaults), width: bounds.width).count - 1, rows.count - 1)
        let (top, rest) = bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(1 + max(0, extra))
        surface.fill(top, role: .title)
        surface.put(" kyiln · Letters of Commitment · \(year)", at: top.origin, role: .title, width: top.width)
        // The first rows of hints above the status bar, the last in it: a message there covers
        // only the least used keys, and only while it shows.
        let shownRows = Array(rows.prefix(extra + 1))
        for (i, row) in shownRows.dropLast().enumerated() {
            StatusBar(hints: row).draw(on: surface, in: Rect(x: bottom.x, y: bottom.y + i, width: bottom.width, height: 1))
        }
        var bar = status
        bar.hints = shownRows.last ?? []
        bar.draw(on: surface, in: Rect(x: bottom.x, y: bottom.maxY - 1, width: bottom.width, height: 1))
        let page = body.inset(top: 1, left: 1, bottom: 0, right: 1)
        if isFirstRun {
            drawFirstRun(on: surface, in: page, keymap: keymap)
        } else if showsDashboard {
            dashboard.draw(on: surface, in: page, selected: dashboardRow)
        } else {
            drawTable(on: surface, in: page, keymap: keymap)
        }
        if let picker = yearPicker {
            let box = page.centered(Size(columns: 30, rows: min(years.count, 10) + 2))
            _ = Box().draw(on: surface, in: box, title: "School year")
            var copy = picker
            let inner = box.inset(by: 1)
            copy.viewport = inner.size
            copy.draw(on: surface, in: inner, focused: true)
        }
    }

    private func drawFirstRun(on surface: any DrawingSurface, in rect: Rect, keymap: Keymap) {
        let lines = [
            ("Welcome to kyiln.", Role.title),
            ("", .text),
            ("There are no letters in this store yet.", .text),
            ("", .text),
            ("Press n to start the first Letter of Commitment: pick the school year,", .text),
            ("type the district's name, and the wizard takes you through the five", .text),
            ("sections of the form: purpose, commitments, contacts, reflections and", .text),
            ("agreement.", .text),
            ("", .text),
            ("Press \(keymap.spoken(.help)) for every key, q to quit.", .muted),
        ]
        for (i, (line, role)) in lines.enumerated() where i < rect.height {
            surface.put(line, at: Point(x: rect.x + 1, y: rect.y + 1 + i), role: role, width: rect.width - 2)
        }
    }

    private func drawTable(on surface: any DrawingSurface, in rect: Rect, keymap: Keymap) {
        var y = rect.y
        let listRect = listRect(size: Size(columns: surface.size.columns, rows: surface.size.rows))
        let counts = Dictionary(grouping: summaries, by: \.status).mapValues(\.count)
        let tally = LetterStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.label)" } }.joined(separator: " · ")
        surface.put("\(summaries.count) letter\(summaries.count == 1 ? "" : "s")" + (tally.isEmpty ? "" : ": " + tally),
                    at: Point(x: rect.x, y: y), role: .muted, width: rect.width)
        y += 1
        // The order and the marks on the right of the line under the count, the filter on its left.
        let right = (marked.isEmpty ? "" : "\(marked.count) marked · ") + "sorted by \(order.rawValue)"
        let rightWidth = DisplayWidth.of(right)
        surface.put(right, at: Point(x: max(rect.x, rect.maxX - rightWidth), y: y), role: .muted, width: rect.width)
        let leftWidth = max(0, rect.width - rightWidth - 2)
        if let field = filter {
            surface.put("Filter: ", at: Point(x: rect.x, y: y), role: .accent, width: min(8, leftWidth))
            var copy = field
            copy.visibleWidth = max(1, min(40, leftWidth - 8))
            copy.draw(on: surface, in: Rect(x: rect.x + 8, y: y, width: max(1, min(40, leftWidth - 8)), height: 1), focused: true)
        } else if !list.filter.isEmpty {
            surface.put("Filter: \(list.filter)  (/ to change, \(keymap.spoken(.back)) to clear)", at: Point(x: rect.x, y: y), role: .accent, width: leftWidth)
        }
        // Two columns for the list's selection marker ("> ") and two for a mark ("* "), so the
        // headings sit over their columns.
        surface.put("    " + HomeState.pad("District", 26) + " " + HomeState.pad("Status", 18) + " " + HomeState.pad("Edition", 10) + " Left to fill",
                    at: Point(x: rect.x, y: y + 1), role: .accent, width: rect.width)
        y += 2
        let problemRows = min(problems.count, 3)
        if summaries.isEmpty {
            surface.put("No letters for \(year) yet. Press n to create one, or y to pick another year (r there rolls its letters over).", at: listRect.origin, role: .muted, width: rect.width)
        } else {
            var copy = list
            copy.viewport = listRect.size
            copy.draw(on: surface, in: listRect, focused: filter == nil && yearPicker == nil)
        }
        for (i, problem) in problems.prefix(problemRows).enumerated() {
            surface.put("! " + problem, at: Point(x: rect.x, y: rect.maxY - problemRows + i), role: .error, width: rect.width)
        }
    }
}
