import LetterDomain
import LetterStore
import TerminalUI

extension ReviewState {
    /// The next state after `key` (the pure-looking entry point the tests drive).
    public static func update(_ state: ReviewState, _ key: Key) -> ReviewState {
        var next = state
        next.handle(.key(key))
        return next
    }

    /// Handles one terminal event.
    public mutating func handle(_ event: TerminalEvent) {
        switch event {
        case .tick:
            _ = status.tick()
        case .quitRequested:
            isFinished = true
        case .key(.resize):
            break
        case .key(let key):
            handle(key: key)
        }
    }

    /// Follows a new terminal size.
    public mutating func resize(to newSize: Size) {
        size = newSize
        refreshReader(keepScroll: true)
    }

    /// Resolves the key against the keymap once. Unlike the program manager's app, a default key
    /// the keymap moved still reaches the review's dialogs as itself (Esc always closes them).
    private mutating func handle(key: Key) {
        let press = session.keymap.resolve(key) ?? KeyPress(key)
        switch mode {
        case .reading: handleReading(press)
        case .approving(var field): handleApproving(press, &field)
        case .requesting(var form): handleRequesting(press, &form)
        case .signing(var form): handleSigning(press, &form)
        case .choosingYear(var list, let years):
            switch list.handle(key) {
            case .chosen(let index):
                mode = .reading
                section = .step(.purpose)
                load(year: years[index])
                status.show("Showing \(years[index]).")
            case .ignored where key == .escape || press.is(.back) || press.is(.quit):
                mode = .reading
            default:
                mode = .choosingYear(list, years: years)
            }
        case .help(var overlay):
            mode = overlay.handle(key) == .closed || press.is(.help) ? .reading : .help(overlay)
        case .notice(var dialog):
            if case .pending = dialog.handle(key) { mode = .notice(dialog) } else { mode = .reading }
        }
    }

    private mutating func handleReading(_ press: KeyPress) {
        let key = press.key
        switch press.action {
        case .nextStep: go(to: section.index + 1); return
        case .previousStep: go(to: section.index - 1); return
        case .help: openHelp(); return
        case .quit: isFinished = true; return
        case .back: status.show("Press q or Ctrl-Q to quit."); return
        case .history: go(to: ReviewSection.decision.index); return
        default: break
        }
        switch key {
        case .character(let c) where ("1"..."6").contains(c):
            go(to: Int(String(c))! - 1)
        case .right, .tab:
            go(to: section.index + 1)
        case .left, .backTab:
            go(to: section.index - 1)
        case .character("a"), .character("A"):
            if canDecide() { mode = .approving(TextField(placeholder: "Your full name", maxLength: 80, visibleWidth: 50)) }
        case .character("c"), .character("C"):
            if document.decisionBlocker != nil, document.signingBlocker == nil {
                mode = .requesting(ChangeRequestForm(refusesSigning: true))
            } else if canDecide() {
                mode = .requesting(ChangeRequestForm())
            }
        case .character("s"), .character("S"):
            openSigning()
        case .character("y"), .character("Y"):
            openYears()
        case .character("r"), .character("R"):
            reload(message: "Reloaded.")
        case .character("q"), .character("Q"):
            isFinished = true
        case .character("?"):
            openHelp()
        case .mouse(.click(let point)):
            let steps = ReviewLayout.stepsRect(in: Rect(origin: .zero, size: size))
            let width = Self.stepsWidth(steps.width)
            if point.y == steps.y, let index = stepIndicator.step(atColumn: point.x - steps.x, width: width) {
                go(to: index)
            } else if point.y == steps.y, point.x >= steps.x + DisplayWidth.of(stepIndicator.text(width: width)) {
                go(to: ReviewSection.decision.index)
            }
        default:
            _ = reader.handle(key)
        }
    }

    private mutating func handleApproving(_ press: KeyPress, _ field: inout TextField) {
        let key = press.key
        if key == .escape || press.is(.back) {
            mode = .reading
            status.show("Not approved.")
            return
        }
        if key == .enter || press.is(.save) {
            let name = field.text.trimmed
            guard !name.isEmpty else {
                mode = .approving(field)
                status.show("Type your full name to confirm the approval.", kind: .error)
                return
            }
            record(.approve, comment: "", name: name)
            return
        }
        _ = field.handle(key)
        mode = .approving(field)
    }

    private mutating func handleRequesting(_ press: KeyPress, _ form: inout ChangeRequestForm) {
        let key = press.key
        if key == .escape || press.is(.back) {
            mode = .reading
            status.show("No changes requested.")
            return
        }
        if key == .tab || key == .backTab || press.is(.nextField) || press.is(.previousField) {
            form.nameFocused.toggle()
            mode = .requesting(form)
            return
        }
        if press.is(.save) || (key == .enter && form.nameFocused) {
            let comment = form.comment.text.trimmed
            let name = form.name.text.trimmed
            if comment.isEmpty {
                form.nameFocused = false
                mode = .requesting(form)
                status.show("Say what should change: the comment is required.", kind: .error)
                return
            }
            if name.isEmpty {
                form.nameFocused = true
                mode = .requesting(form)
                status.show("Type your full name to confirm.", kind: .error)
                return
            }
            if form.refusesSigning { refuseToSign(comment: comment, name: name) } else { record(.requestChanges, comment: comment, name: name) }
            return
        }
        // `mode` still holds the form this one was copied from: let go of it first, so the
        // comment is edited in place rather than copied whole on every key.
        mode = .reading
        if form.nameFocused { _ = form.name.handle(key) } else { _ = form.comment.handle(key) }
        mode = .requesting(form)
    }

    /// Whether the letter can be decided on now; explains why not otherwise.
    private mutating func canDecide() -> Bool {
        switch document.decisionBlocker {
        case nil:
            return true
        case .noLetter?:
            status.show(DecisionBlocker.noLetter.message, kind: .error)
        case let blocker?:
            mode = .notice(Self.notice(title: "Not in review", message: blocker.message))
        }
        return false
    }

    /// Writes the review; on a refusal says why over the reloaded letter.
    mutating func record(_ decision: Review.Decision, comment: String, name: String) {
        show(document.record(decision, comment: comment, name: name))
    }

    /// What became of a decision: the decision page and a thank-you, or why not over the reloaded letter.
    mutating func show(_ outcome: ReviewOutcome) {
        refreshReader(keepScroll: false)
        if case .recorded(let message) = outcome {
            mode = .reading
            status.show(message, kind: .success)
            go(to: ReviewSection.decision.index)
        } else {
            mode = .notice(Self.notice(title: outcome.title, message: outcome.message))
        }
    }

    private mutating func reload(message: String) {
        document.reload()
        refreshReader(keepScroll: false)
        status.show(message, kind: .success)
    }

    private mutating func go(to index: Int) {
        let clamped = max(0, min(ReviewSection.all.count - 1, index))
        guard ReviewSection.all[clamped] != section else { return }
        section = ReviewSection.all[clamped]
        refreshReader(keepScroll: false)
    }

    private mutating func openHelp() {
        mode = .help(HelpOverlay(title: "Review keys", bindings: ReviewHelp.bindings(session.keymap), visibleRows: max(5, size.rows - 8)))
    }

    private mutating func openYears() {
        guard years.count > 1 else {
            status.show(years.isEmpty ? "There is no letter yet." : "Only \(years[0]) has a letter.")
            return
        }
        var list = ListView(items: years.map { $0 == year ? "\($0)  (shown)" : $0.description }, isFilterable: false)
        if let year, let index = years.firstIndex(of: year) { list.select(index: index) }
        mode = .choosingYear(list, years: years)
    }

    static func notice(title: String, message: String) -> ConfirmDialog {
        ConfirmDialog(title: title, message: message, buttons: [ConfirmDialog.Button("OK", shortcuts: ["o"])])
    }

    /// The step indicator for the five sections of the form (the decision page follows it
    /// as " · Decide", as the wizard's review page does), with the steps that have findings marked.
    var stepIndicator: StepIndicator {
        let flagged = Set(findings.map(\.step))
        let steps = Step.allCases.map { StepIndicator.Step($0.title, hasFindings: flagged.contains($0)) }
        return StepIndicator(steps: steps, current: section == .decision ? Step.allCases.count : section.index)
    }

    /// The width the five steps get, leaving room for " · Decide".
    static func stepsWidth(_ total: Int) -> Int { max(0, total - DisplayWidth.of(" · " + ReviewSection.decision.title)) }
}
