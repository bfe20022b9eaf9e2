import LetterDomain
import LetterStore
import TerminalUI

/// What a key did on the editions screen.
public enum EditionsOutcome: Equatable, Sendable {
    case handled
    /// Not for this screen: the app may treat it as a global key (`?` opens help).
    case ignored
    /// Esc on the list: back to Home. Reload the catalog (`catalog`) first: editions may have changed.
    case close
}

/// The editions screen: every edition (built in and stored) with how many letters use
/// it; `c` copies the selected one, Enter edits a stored one, `x` deletes one, Esc
/// goes back. The edition editor runs inside it, so the app routes one thing.
public struct EditionsState: Sendable {
    /// Bundled and stored editions as the store holds them now.
    public private(set) var catalog: EditionCatalog
    /// Stored edition files that could not be used, each naming its file.
    public private(set) var problems: [String] = []
    /// Which letters use each edition.
    public private(set) var usage: [String: EditionUsage] = [:]
    /// Letter files that could not be read (their edition is unknown).
    public private(set) var unreadableLetters = 0
    var list = ListView(items: [], isFilterable: false, emptyMessage: "No editions.")
    /// The copy form, the delete question, or the editor, when open.
    var mode: Mode = .list
    /// The last message (refusals, done); cleared by the next key.
    public internal(set) var message: StatusMessage?
    var size: Size

    enum Mode: Sendable {
        case list
        case copy(EditionCopyForm)
        case confirmDelete(ConfirmDialog, id: String)
        case editor(EditionEditorState)
    }

    public init(context: AppContext, size: Size = Size(columns: 80, rows: 24)) {
        self.size = size
        self.catalog = context.editions
        reload(context: context)
        fit(to: size)
    }

    /// Re-reads the editions and their usage from the store, keeping the selection.
    public mutating func reload(context: AppContext, select id: String? = nil) {
        let keep = id ?? selected?.id
        let (catalog, problems) = context.store.editionCatalog()
        self.catalog = catalog
        self.problems = problems.map(\.description)
        do {
            let found = try context.store.editionUsage()
            usage = found.usage
            unreadableLetters = found.unreadable
        } catch {
            usage = [:]
            self.problems.append(error.description)
        }
        list.items = catalog.editions.map(row)
        if let keep, let index = catalog.editions.firstIndex(where: { $0.id == keep }) { list.select(index: index) }
    }

    /// The selected edition.
    public var selected: Edition? {
        list.selectedIndex.flatMap { catalog.editions.indices.contains($0) ? catalog.editions[$0] : nil }
    }

    /// The editor, when one is open.
    public var editor: EditionEditorState? {
        if case .editor(let editor) = mode { return editor }
        return nil
    }

    /// Whether an open editor holds unsaved edits (ask before quitting).
    public var hasUnsavedEdits: Bool { editor?.isDirty ?? false }

    /// Saves the open editor's edits (for "save before quitting?"); true when saved or
    /// nothing was open. On a problem the editor stays open with its message.
    public mutating func saveOpenEditor(context: AppContext) -> Bool {
        guard case .editor(var editor) = mode else { return true }
        let saved = editor.save(context: context)
        mode = .editor(editor)
        return saved
    }

    /// Lays out for a new terminal size, keeping every edit.
    public mutating func fit(to size: Size) {
        self.size = size
        list.viewport = Size(columns: max(10, size.columns - 2), rows: max(1, size.rows - 10))
        if case .editor(var editor) = mode {
            editor.fit(to: size)
            mode = .editor(editor)
        }
        if case .copy(var form) = mode {
            form.fit(to: size)
            mode = .copy(form)
        }
    }

    // MARK: Rows

    static let columns = (id: 14, year: 10, kind: 8, letters: 34)

    /// One row: id, school year, built in or stored, letters, network (its abbreviation; the full name is below the list).
    func row(_ edition: Edition) -> String {
        let c = Self.columns
        return HomeState.pad(edition.id, c.id) + " " + HomeState.pad(edition.schoolYear.description, c.year) + " "
            + HomeState.pad(LetterStore.isBuiltIn(edition.id) ? "built in" : "stored", c.kind) + " "
            + HomeState.pad(lettersText(edition.id), c.letters) + " " + edition.network.abbreviation
    }

    /// "none", "3 letters", "3 letters (1 signed)", "3 letters (1 signed, 1 terminated)".
    /// A terminated letter fixes the edition's words too, but it may never have been signed,
    /// so it is counted as terminated, not as signed.
    func lettersText(_ id: String) -> String {
        guard let users = usage[id], users.count > 0 else { return "none" }
        let terminated = users.locked.filter { $0.status == .terminated }.count
        let signed = users.locked.count - terminated
        let parts = (signed > 0 ? ["\(signed) signed"] : []) + (terminated > 0 ? ["\(terminated) terminated"] : [])
        return users.lettersPhrase + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    // MARK: Keys

    /// Handles one key: the editor, the copy form or the delete question when open, else the list.
    public mutating func update(_ press: KeyPress, context: AppContext) -> EditionsOutcome {
        let key = press.key
        switch mode {
        case .editor(let editor):
            return updateEditor(editor, press, context: context)
        case .copy(var form):
            switch form.update(press) {
            case .pending: mode = .copy(form)
            case .cancel: mode = .list
            case .submit(let id, let year):
                copy(as: id, year: year, form: form, context: context)
            }
            return .handled
        case .confirmDelete(var dialog, let id):
            switch dialog.handle(press) {
            case .pending: mode = .confirmDelete(dialog, id: id)
            case .cancelled: mode = .list
            case .chosen:
                mode = .list
                delete(id, context: context)
            }
            return .handled
        case .list:
            break
        }
        message = nil
        if press.is(.back) { return .close }
        switch key {
        case .character("c"):
            guard let source = selected else { return .handled }
            mode = .copy(EditionCopyForm(source: source, catalog: catalog, size: size))
            return .handled
        case .enter, .character("e"):
            guard let edition = selected else { return .handled }
            open(edition, context: context)
            return .handled
        case .character("x"), .delete:
            guard let edition = selected else { return .handled }
            askDelete(edition)
            return .handled
        case .character("r"):
            reload(context: context)
            message = StatusMessage("Reloaded the editions.", kind: .info)
            return .handled
        default:
            switch list.handle(key) {
            case .chosen:
                if let edition = selected { open(edition, context: context) }
                return .handled
            case .handled: return .handled
            case .ignored: return .ignored
            }
        }
    }

    /// The editor takes every key while it is open; when it closes, the list shows again.
    private mutating func updateEditor(_ editor: EditionEditorState, _ press: KeyPress, context: AppContext) -> EditionsOutcome {
        var editor = editor
        editor.fit(to: size)
        switch editor.update(press, context: context) {
        case .close:
            let id = editor.original.id
            mode = .list
            // Saved or discarded: the edits are no longer anybody's to recover.
            context.store.removeEditionRecovery(id)
            reload(context: context, select: id)
            if editor.hasSaved { message = StatusMessage("Saved edition \(id).", kind: .success) }
            return .handled
        case .handled:
            mode = .editor(editor)
            return .handled
        case .ignored:
            mode = .editor(editor)
            return .ignored
        }
    }

    /// Opens the editor on a stored edition nobody has signed, or says why not.
    private mutating func open(_ edition: Edition, context: AppContext) {
        if LetterStore.isBuiltIn(edition.id) {
            message = StatusMessage("Edition \(edition.id) is built into kyiln and cannot be changed: press c to copy it, then edit the copy.", kind: .warning)
            return
        }
        // An edition that signed letters use opens read-only, saying why: its words must stay as signed.
        var readOnly: String?
        do { try context.store.checkEditable(edition.id) } catch {
            guard case .locked(let id, let usage) = error else {
                message = StatusMessage(refusal(error), kind: .warning)
                return
            }
            readOnly = Self.readOnlyReason(id: id, locked: usage.locked)
        }
        do {
            let stored = try context.store.storedEdition(edition.id)
            mode = .editor(EditionEditorState(edition: stored, size: size, readOnlyReason: readOnly))
        } catch {
            message = StatusMessage(refusal(error), kind: .warning)
        }
    }

    /// "Read-only: 1 letter that uses edition x is signed or in force (2022-2023/boone-county) ...".
    static func readOnlyReason(id: String, locked: [EditionUser]) -> String {
        let shown = locked.prefix(3).map(\.reference).joined(separator: ", ") + (locked.count > 3 ? " and \(locked.count - 3) more" : "")
        let letters = locked.count == 1 ? "1 letter that uses edition \(id) is" : "\(locked.count) letters that use edition \(id) are"
        return "Read-only: \(letters) signed or in force (\(shown)), and their words must stay as signed. "
            + "To change the wording, copy the edition (c on the list) and edit the copy."
    }

    private mutating func askDelete(_ edition: Edition) {
        if LetterStore.isBuiltIn(edition.id) {
            message = StatusMessage("Edition \(edition.id) is built into kyiln and cannot be deleted.", kind: .warning)
            return
        }
        if let users = usage[edition.id], users.count > 0 {
            message = StatusMessage(refusal(.inUse(id: edition.id, usage: users)), kind: .warning)
            return
        }
        var dialog = ConfirmDialog.yesNo(title: "Delete edition",
                                         message: "Delete the stored edition \(edition.id) (\(edition.network.abbreviation), \(edition.schoolYear))? No letter uses it. This cannot be undone.")
        dialog.messageRole = .warning
        mode = .confirmDelete(dialog, id: edition.id)
    }

    private mutating func delete(_ id: String, context: AppContext) {
        do {
            try context.store.deleteEdition(id)
            reload(context: context)
            message = StatusMessage("Deleted edition \(id).", kind: .success)
        } catch {
            reload(context: context)
            message = StatusMessage(refusal(error), kind: .warning)
        }
    }

    private mutating func copy(as id: String, year: SchoolYear, form: EditionCopyForm, context: AppContext) {
        do {
            let copy = try context.store.copyEdition(form.source, as: id, schoolYear: year)
            reload(context: context, select: copy.id)
            mode = .editor(EditionEditorState(edition: copy, size: size))
            message = nil
        } catch {
            var form = form
            form.error = refusal(error)
            mode = .copy(form)
        }
    }

    /// A refusal in the words of the screen (keys rather than commands).
    func refusal(_ error: EditionStoreError) -> String {
        switch error {
        case .builtIn(let id, let action):
            return "Edition \(id) is built into kyiln and cannot be \(action): press c to copy it, then edit the copy."
        default:
            var text = error.description
            if let first = text.first { text.replaceSubrange(text.startIndex...text.startIndex, with: String(first).uppercased()) }
            return text + "."
        }
    }

    // MARK: Drawing

    /// The status bar's hints, with the keys `keymap` has.
    func keyHints(_ keymap: Keymap) -> [KeyHint] {
        switch mode {
        case .editor(let editor): return editor.keyHints(keymap)
        case .copy:
            return [keymap.hint(for: .nextField, "Next field", short: true), KeyHint("Enter", "Copy"), keymap.hint(for: .back, "Cancel", short: true)]
        case .confirmDelete(let dialog, _): return dialog.keyHints.dropLast() + [keymap.hint(for: .back, "Cancel", short: true)]
        case .list:
            return [KeyHint("c", "Copy"), KeyHint("Enter", "Edit"), KeyHint("x", "Delete"), keymap.hint(for: .help, short: true),
                    keymap.hint(for: .back, "Home", short: true)]
        }
    }

    /// Draws the screen (the list, or the editor) over the whole surface.
    public func draw(on surface: any DrawingSurface, status: StatusBar, keymap: Keymap = .defaults) {
        if case .editor(var editor) = mode {
            editor.fit(to: surface.size)
            editor.draw(on: surface, status: status, keymap: keymap)
            return
        }
        let bounds = surface.bounds
        let (top, rest) = bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        surface.fill(top, role: .title)
        surface.put(" kyiln · Editions of the letter form", at: top.origin, role: .title, width: top.width)
        var bar = status
        bar.hints = keyHints(keymap)
        if bar.message == nil, let message { bar.show(message.text, kind: message.kind, ticks: nil) }
        bar.draw(on: surface, in: bottom)
        let page = body.inset(top: 1, left: 1, bottom: 0, right: 1)
        drawList(on: surface, in: page)
        switch mode {
        case .copy(let form):
            form.draw(on: surface, keymap: keymap)
        case .confirmDelete(let dialog, _):
            surface.setCursor(nil)
            dialog.draw(on: surface, in: bounds)
        case .list, .editor:
            break
        }
    }

    private func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    private func drawList(on surface: any DrawingSurface, in rect: Rect) {
        var y = rect.y
        let stored = catalog.editions.filter { !LetterStore.isBuiltIn($0.id) }.count
        surface.put("\(catalog.editions.count) editions: \(catalog.editions.count - stored) built in, \(stored) stored. "
                    + "A new year's form starts as a copy (c).", at: Point(x: rect.x, y: y), role: .muted, width: rect.width)
        y += 2
        let c = Self.columns
        // Two columns to the left for the list's selection marker.
        surface.put("  " + HomeState.pad("Edition", c.id) + " " + HomeState.pad("Year", c.year) + " " + HomeState.pad("Kind", c.kind) + " "
                    + HomeState.pad("Letters", c.letters) + " Network", at: Point(x: rect.x, y: y), role: .accent, width: rect.width)
        y += 1
        var notes: [(String, Role)] = []
        if let edition = selected {
            notes.append(("\(edition.id): \(edition.network.name) (\(edition.network.abbreviation)) · \(edition.title) · \(edition.sections.count) sections, "
                          + plural(edition.prompts.count, "question") + ", " + plural(edition.expectations.count, "member commitment"), .text))
            notes.append(("In force: " + edition.effectivePeriod.summary, .muted))
            if let message, message.kind != .success, message.kind != .info { notes.append((message.text, .warning)) }
        }
        if unreadableLetters > 0 {
            notes.append(("\(unreadableLetters) letter file\(unreadableLetters == 1 ? "" : "s") cannot be read and \(unreadableLetters == 1 ? "is" : "are") not counted.", .warning))
        }
        notes += problems.prefix(3).map { ("! " + $0, .error) }
        let noteLines = notes.map { (TextWrapper.wrap($0.0, width: rect.width), $0.1) }
        let noteHeight = noteLines.reduce(0) { $0 + $1.0.count }
        let listRect = Rect(x: rect.x, y: y, width: rect.width, height: max(1, rect.maxY - y - noteHeight - 1))
        var copy = list
        copy.viewport = listRect.size
        copy.draw(on: surface, in: listRect, focused: {
            if case .list = mode { return true } else { return false }
        }())
        var noteY = rect.maxY - noteHeight
        for (lines, role) in noteLines {
            for line in lines where noteY < rect.maxY {
                surface.put(line, at: Point(x: rect.x, y: noteY), role: role, width: rect.width)
                noteY += 1
            }
        }
    }
}
