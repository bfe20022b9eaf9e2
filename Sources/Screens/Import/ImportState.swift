import LetterDomain
import LetterFiles
import SystemCalls
import TerminalUI

/// What the import screen asks of the app after a key.
enum ImportScreenOutcome: Equatable {
    case handled
    case ignored
    /// Back to Home (the list is read again: a folder import may have added letters).
    case close
    /// A letter was stored: Home shows its year with it selected.
    case stored(DistrictSlug, SchoolYear)
}

/// The import screen, opened from Home: a path typed with completion (Tab) and an optional
/// school year; then a file's preview, field by field, to store or cancel, or a folder's
/// files imported one after another with a progress line and a summary. Reading and
/// mapping are `LetterFileReader`'s and `ImportReport`'s, storing is `LetterService`'s,
/// exactly as `kyiln import` does; this screen only shows and asks.
struct ImportState: Sendable {
    /// The prompt's controls, in focus order.
    enum Field: CaseIterable, Hashable, Sendable {
        case path, year
    }

    enum Phase: Sendable {
        /// Typing the path (and the year).
        case prompt
        /// One file read: what was found, to store or cancel.
        case preview(ImportReport)
        /// A folder being imported (a few files a tick), then its summary.
        case folder(FolderRun)
    }

    var phase = Phase.prompt
    var path = TextField(text: "", placeholder: "a .docx, .odt or .txt file, or a folder of them", maxLength: 4096, visibleWidth: 50)
    var year = TextField(text: "", placeholder: "from file", maxLength: 9, visibleWidth: 12)
    var focus = Field.path { didSet { relayout() } }
    /// Names that match what was typed, after a Tab that could not decide.
    var candidates: [String] = [] { didSet { relayout() } }
    /// What went wrong last (bad path, nothing to store, a refused replace).
    var error: String? { didSet { relayout() } }
    /// "Replace?" before an existing letter is replaced by the previewed one.
    var confirm: ConfirmDialog?
    /// The preview or the folder's summary, scrollable.
    var view = TextView()
    private(set) var size: Size
    private(set) var layout = FormPageLayout<Field>(rows: [], in: Rect(x: 0, y: 0, width: 0, height: 0), labelWidth: 13,
                                                    focused: nil, messages: { _ in [] })

    init(size: Size) {
        self.size = size
        relayout()
    }

    mutating func fit(to size: Size) {
        self.size = size
        relayout()
    }

    /// The screen inside its frame, above the status bar.
    var inner: Rect { Rect(x: 2, y: 1, width: max(0, size.columns - 4), height: max(0, size.rows - 3)) }

    /// Where the prompt's help, the preview or the summary is drawn: under the prompt, or
    /// once a file or folder was read (the prompt put away) under the error, if any.
    var viewRect: Rect {
        let top = inner.y + (isPrompt ? layoutHeight + 1 : (error == nil ? 0 : errorLines + 1))
        return Rect(x: inner.x, y: top, width: inner.width, height: max(1, inner.maxY - top))
    }

    private var layoutHeight: Int { 3 + (candidates.isEmpty ? 0 : 1) + (error == nil ? 0 : errorLines) }
    private var errorLines: Int { TextWrapper.wrap("! " + (error ?? ""), width: max(10, inner.width - 2)).count }

    mutating func relayout() {
        var rows: [FormRow<Field>] = [.line(label: "File or folder", id: .path, hint: nil)]
        if !candidates.isEmpty {
            rows.append(.note(candidates.prefix(6).joined(separator: "  ") + (candidates.count > 6 ? "  …" : ""), .muted))
        }
        rows.append(.line(label: "School year", id: .year, hint: "empty: the year printed in the letter"))
        if let error { rows.append(.text("! " + error, .error)) }
        let rect = Rect(x: inner.x, y: inner.y, width: inner.width, height: layoutHeight)
        layout = FormPageLayout(rows: rows, in: rect, labelWidth: 16, focused: isPrompt ? focus : nil, messages: { _ in [] })
        view.viewport = viewRect.size
    }

    var isPrompt: Bool {
        if case .prompt = phase { return true }
        return false
    }

    /// Handles one key.
    mutating func update(_ press: KeyPress, context: AppContext) -> ImportScreenOutcome {
        switch phase {
        case .prompt: return updatePrompt(press, context: context)
        case .preview(let report): return updatePreview(press, report: report, context: context)
        case .folder(let run): return updateFolder(press, run: run)
        }
    }

    private mutating func updatePrompt(_ press: KeyPress, context: AppContext) -> ImportScreenOutcome {
        switch press.action {
        case .back?: return .close
        case .nextField? where focus == .path:
            if !complete() { focus = .year }
            return .handled
        case .nextField?, .previousField?:
            focus = FocusOrder.moved(focus, by: press.is(.nextField) ? 1 : -1, in: Field.allCases) ?? focus
            return .handled
        default: break
        }
        switch press.key {
        case .enter:
            submit(context: context)
        case .up, .down:
            focus = FocusOrder.moved(focus, by: press.key == .down ? 1 : -1, in: Field.allCases) ?? focus
        case let key:
            let before = (path.text, year.text)
            if focus == .path { _ = path.handle(key) } else { _ = year.handle(key) }
            guard before != (path.text, year.text) else { return .ignored }
            candidates = []
            error = nil
        }
        return .handled
    }

    /// Tab in the path: completes it (`PathCompletion`, as the export box does); false when
    /// there was nothing to add or choose from.
    private mutating func complete() -> Bool {
        let result = PathCompletion.complete(path.text)
        guard result.text != path.text || !result.candidates.isEmpty else { return false }
        path.text = result.text
        candidates = result.candidates
        return true
    }

    /// The year typed, nil when left empty (the letter's own is used).
    func askedYear() throws(NameError) -> SchoolYear? {
        let text = year.text.trimmed
        return text.isEmpty ? nil : try SchoolYear(text)
    }

    /// Enter at the prompt: reads the file into a preview, or starts the folder.
    private mutating func submit(context: AppContext) {
        let typed = PathCompletion.expandingHome(path.text.trimmed)
        guard !typed.isEmpty else {
            error = "Type the path of a letter file or of a folder of them."
            focus = .path
            return
        }
        do throws(NameError) { _ = try askedYear() } catch {
            self.error = "School year: \(error.description)"
            focus = .year
            return
        }
        candidates = []
        error = nil
        if SystemFolder.isDirectory(typed) {
            startFolder(typed)
            return
        }
        do throws(SystemError) {
            let report = try LetterFileReader(importer: LetterImporter(editions: context.editions)).read(path: typed)
            phase = .preview(report)
            view = TextView(text: ImportPreview.text(of: report, asked: try? askedYear()), viewport: viewRect.size)
            relayout()
        } catch {
            self.error = error.description.capitalizedFirst
        }
    }
}
