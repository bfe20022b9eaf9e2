import LetterDomain
import LetterStore
import SystemCalls
import TerminalUI

/// The export box, on Home and over the wizard: what to export (a letter in one format, the
/// year's overview, letters one file each into a folder) and where, typed with completion
/// (Tab). A name that exists is replaced only after asking.
struct ExportForm: Sendable {
    enum Outcome: Equatable {
        case pending
        case cancel
        case export(ExportRequest)
    }

    /// The form's controls, in focus order.
    enum Field: CaseIterable, Hashable, Sendable {
        case choice, path
    }

    /// One thing the box can export.
    struct Choice: Equatable, Sendable {
        var title: String
        var kind: ExportRequest.Kind
        /// Where it goes unless the person types another path.
        var defaultPath: String
    }

    let choices: [Choice]
    var chosen = 0 { didSet { relayout() } }
    var path: TextField
    /// True once the person typed in the path: choosing another format keeps their path.
    var pathTyped = false
    var focus = Field.choice { didSet { relayout() } }
    /// Names that match what was typed, after a Tab that could not decide.
    var candidates: [String] = [] { didSet { relayout() } }
    var error: String? { didSet { relayout() } }
    /// "Replace?" before anything existing is written over, with the export it would run.
    var confirm: (dialog: ConfirmDialog, request: ExportRequest)?
    /// A line over the fields (for the wizard: unsaved edits are not in the export).
    var note: String?
    private(set) var size: Size
    private(set) var box = Rect(x: 0, y: 0, width: 0, height: 0)
    private(set) var layout = FormPageLayout<Field>(rows: [], in: Rect(x: 0, y: 0, width: 0, height: 0), labelWidth: 10,
                                                    focused: nil, messages: { _ in [] })

    init(choices: [Choice], note: String? = nil, size: Size) {
        self.choices = choices
        self.note = note
        self.size = size
        self.path = TextField(text: choices.first?.defaultPath ?? "", placeholder: "a file or folder name", maxLength: 4096, visibleWidth: 50)
        relayout()
    }

    var choice: Choice { choices[chosen] }

    mutating func fit(to size: Size) {
        self.size = size
        relayout()
    }

    private mutating func relayout() {
        let bounds = Rect(origin: .zero, size: size)
        let width = min(90, bounds.width - 4)
        var rows: [FormRow<Field>] = [.line(label: "Export", id: .choice, hint: nil), .line(label: "To", id: .path, hint: nil)]
        if !candidates.isEmpty {
            rows.append(.note(candidates.prefix(6).joined(separator: "  ") + (candidates.count > 6 ? "  …" : ""), .muted))
        }
        rows.append(.gap)
        if let error { rows.append(.text("! " + error, .error)) }
        let errorLines = error.map { TextWrapper.wrap("! " + $0, width: width - 4).count } ?? 0
        let noteLines = note.map { TextWrapper.wrap($0, width: width - 4).count } ?? 0
        box = bounds.centered(Size(columns: width, rows: 7 + noteLines + (candidates.isEmpty ? 0 : 1) + errorLines))
        let inner = box.inset(by: 1).inset(left: 1, right: 1)
        let top = inner.y + noteLines + (noteLines > 0 ? 1 : 0)
        let rect = Rect(x: inner.x, y: top, width: inner.width, height: max(0, inner.maxY - 1 - top))
        layout = FormPageLayout(rows: rows, in: rect, labelWidth: 10, focused: focus, messages: { _ in [] })
    }

    mutating func update(_ press: KeyPress) -> Outcome {
        if let open = confirm { return answer(open, press) }
        switch press.action {
        case .back?: return .cancel
        case .save?: return submit()
        case .nextField? where focus == .path:
            if complete() { return .pending }
            focus = .choice
            return .pending
        case .nextField?, .previousField?:
            focus = FocusOrder.moved(focus, by: press.is(.nextField) ? 1 : -1, in: Field.allCases) ?? focus
            return .pending
        default: break
        }
        let key = press.key
        switch (key, focus) {
        case (.enter, _): return submit()
        case (.down, _), (.up, _):
            focus = FocusOrder.moved(focus, by: key == .down ? 1 : -1, in: Field.allCases) ?? focus
        case (.left, .choice), (.right, .choice), (.space, .choice):
            choose(chosen + (key == .left ? choices.count - 1 : 1))
        case (_, .path):
            let before = path.text
            _ = path.handle(key)
            if path.text != before {
                pathTyped = true
                candidates = []
                error = nil
            }
        default: break
        }
        return .pending
    }

    private mutating func choose(_ index: Int) {
        chosen = index % max(1, choices.count)
        if !pathTyped { path.text = choice.defaultPath }
        error = nil
    }

    /// Tab in the path: completes it; false when there was nothing to add or choose from.
    private mutating func complete() -> Bool {
        let result = PathCompletion.complete(path.text)
        guard result.text != path.text || !result.candidates.isEmpty else { return false }
        if result.text != path.text {
            path.text = result.text
            pathTyped = true
        }
        candidates = result.candidates
        return true
    }

    private mutating func submit() -> Outcome {
        let typed = PathCompletion.expandingHome(path.text.trimmed)
        guard !typed.isEmpty else {
            error = "Type where the export should go."
            focus = .path
            return .pending
        }
        let request = ExportRequest(kind: choice.kind, path: typed)
        if case .folder = choice.kind {
            if ExportFile.exists(typed) && !SystemFolder.isDirectory(typed) {
                error = "\(typed) is a file; name a folder (it is made if it does not exist)."
                return .pending
            }
        } else if SystemFolder.isDirectory(typed) {
            error = "\(typed) is a folder; name a file in it."
            return .pending
        }
        let existing = request.existing
        guard !existing.isEmpty else { return .export(request) }
        let what = existing.count == 1 ? "\(existing[0]) exists already." : "\(existing.count) of the files exist already in \(typed) (\(existing.prefix(2).map(Self.name).joined(separator: ", "))…)."
        var replacing = request
        replacing.replacing = true
        confirm = (ConfirmDialog(title: "Replace?", message: what + " Replace \(existing.count == 1 ? "it" : "them")?",
                                 buttons: [.init("Replace", shortcuts: ["r", "y"]), .init("Cancel", shortcuts: ["c", "n"], isCancel: true)],
                                 focusedIndex: 1), replacing)
        return .pending
    }

    private mutating func answer(_ open: (dialog: ConfirmDialog, request: ExportRequest), _ press: KeyPress) -> Outcome {
        var dialog = open.dialog
        switch dialog.handle(press) {
        case .pending:
            confirm = (dialog, open.request)
            return .pending
        case .cancelled, .chosen(1):
            confirm = nil  // back to the form, the path kept, to type another
            return .pending
        case .chosen:
            confirm = nil
            return .export(open.request)
        }
    }

    private static func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
