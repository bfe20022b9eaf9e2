import LetterDomain
import LetterRules
import LetterStore
import TerminalUI
import FoundationEssentials

/// The program manager's application: Home, New letter and the wizard, with the
/// overlays (help, confirmations, conflicts) on top. Events in, state out; `draw`
/// turns the state into a screen. Nothing here touches the terminal, so every
/// screen runs headless in tests on a `GridSurface`.
public struct App {
    /// The screen underneath any overlay.
    enum Route {
        case home(HomeState)
        case newLetter(NewLetterState)
        case wizard(WizardState)
        case editions(EditionsState)
    }

    /// Why a confirmation is open, so its answer can be acted on.
    enum Question {
        case leaveWizard
        case quit
        case restore(Recovery)
        case rollover(RolloverPlan)
        /// Quit although the edition being edited is not saved.
        case quitDiscardingEdition
        /// Save although it undoes the district's decision, then go on.
        case reopenReview(DistrictDecision, AfterSave)
        /// Delete the letter of this row (moved to the trash).
        case deleteLetter(LetterSummary)
        /// Move this row's letter to one of these editions (a button each, then Cancel).
        case changeEdition(LetterSummary, [String])
    }

    enum Overlay {
        case help(HelpOverlay)
        case confirm(ConfirmDialog, Question)
        case conflict(ConflictState)
        case status(StatusChange)
        case history(TextView)
    }

    /// Store and editions; replaced when the editions change.
    public internal(set) var context: AppContext
    var route: Route
    var overlay: Overlay?
    var status = StatusBar()
    /// The terminal size: below 80x24 only a request to enlarge is drawn.
    public private(set) var size: Size
    /// True once the person quit.
    public private(set) var isFinished = false
    /// What the recovery file last held, to write it only when the edits change.
    var recoveryWritten: Letter?
    var lastRecoveryWrite: Date
    /// Recovery files waiting to be offered after the current one.
    var pendingRecoveries: [Recovery]
    /// The stored state of the open letter when last looked at, and when that was.
    var watched: LetterStamp?
    var lastWatch: Date
    /// The key bindings (from keymap.json, or the defaults).
    public var keymap = Keymap.defaults
    /// Whether clicks and the wheel are taken. `--no-mouse` turns this off as well as not asking
    /// the terminal for them, so a mouse report that arrives anyway changes nothing.
    public var acceptsMouse = true

    /// Smallest terminal the screens are laid out for.
    public static let minimumSize = Size(columns: 80, rows: 24)
    /// Unsaved edits are copied to the recovery file at most this often (and on every signal).
    public static let recoveryInterval: Double = 3

    /// Starts on Home, offering to restore any unsaved edits a previous run left.
    public init(context: AppContext, size: Size) {
        self.context = context
        self.size = size
        self.route = .home(HomeState(context: context))
        self.lastRecoveryWrite = context.now()
        self.lastWatch = context.now()
        // Also removes what crashed saves left in the year folders: the store was opened with
        // `.withRecoveryScan`, so each folder of letters is listed once at start-up.
        self.pendingRecoveries = context.store.recoveries(removingLeftovers: true)
        offerNextRecovery()
    }

    /// True when unsaved edits are open.
    public var hasUnsavedEdits: Bool {
        switch route {
        case .wizard(let wizard): return wizard.isDirty
        case .editions(let editions): return editions.hasUnsavedEdits
        default: return false
        }
    }

    // MARK: Events

    /// Handles one event from the terminal.
    public mutating func handle(_ event: TerminalEvent) {
        switch event {
        case .tick:
            if status.tick() {}
            writeRecoveryIfDue()
            watchOpenLetter()
        case .quitRequested:
            requestQuit()
        case .key(.resize):
            break
        case .key(let key):
            if isTooSmall {
                // Nothing can be seen, so nothing but quitting is taken.
                if canonical(key) == .control("q") || key == .control("c") { requestQuit() }
                return
            }
            handle(key)
        }
    }

    /// The terminal changed size: relay out, keeping every edit and the focus.
    public mutating func resize(to size: Size) {
        self.size = size
        if case .wizard(var wizard) = route {
            wizard.fit(to: size)
            route = .wizard(wizard)
        }
        if case .editions(var editions) = route {
            editions.fit(to: size)
            route = .editions(editions)
        }
    }

    var isTooSmall: Bool { size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows }

    /// The key the screens understand for a key pressed: a key bound to an action in the
    /// keymap becomes that action's default key; a default key the keymap moved to
    /// another action does nothing; every other key (typing) passes as it is.
    func canonical(_ key: Key) -> Key? {
        if let action = keymap.action(for: key) {
            let defaults = Keymap.defaults.keys(for: action)
            // A default key stays itself (PgDn pages a text area, Ctrl-N always changes step);
            // a rebound key acts as the default that always does the action (the last one).
            return defaults.contains(key) ? key : defaults.last
        }
        if Keymap.defaults.action(for: key) != nil { return nil }
        return key
    }

    private mutating func handle(_ pressed: Key) {
        guard let key = canonical(pressed) else { return }
        if case .mouse(let event) = key {
            handleMouse(event)
            return
        }
        if overlay != nil {
            handleOverlay(key)
            return
        }
        if key == .control("q") || key == .control("c") {
            requestQuit()
            return
        }
        if key == .function(1) {
            openHelp()
            return
        }
        status.clearMessage()
        switch route {
        case .home(var home):
            let outcome = home.update(key, context: context)
            route = .home(home)
            switch outcome {
            case .newLetter: route = .newLetter(NewLetterState(context: context, year: home.year))
            case .open(let summary): open(summary.slug, summary.schoolYear)
            case .rollover: planRollover(from: home.year)
            case .delete(let summary): askDelete(summary)
            case .changeEdition(let summary): askEdition(summary)
            case .editions:
                var editions = EditionsState(context: context, size: size)
                editions.fit(to: size)
                route = .editions(editions)
            case .quit: requestQuit()
            case .ignored: if key == .character("?") { openHelp() }
            case .handled: break
            }
        case .newLetter(var form):
            let outcome = form.update(key, context: context)
            route = .newLetter(form)
            switch outcome {
            case .cancel: goHome()
            case .created(let letter, let edition):
                openWizard(WizardState(letter: letter, edition: edition))
                status.show("Created the draft for \(letter.district.name), \(letter.schoolYear).", kind: .success)
            case .ignored: if key == .character("?") { openHelp() }
            case .handled: break
            }
        case .editions(var editions):
            let outcome = editions.update(key, context: context)
            route = .editions(editions)
            switch outcome {
            case .close:
                reloadEditions()
                goHome()
            case .ignored: if key == .character("?") { openHelp() }
            case .handled: break
            }
        case .wizard(var wizard):
            if key == .function(2) {
                overlay = .status(StatusChange(letter: wizard.letter, today: context.today()))
                return
            }
            if key == .function(3) {
                // Reviews are read afresh: a district may have decided since the letter was opened.
                let reviews = context.store.reviews(of: wizard.letter.district.slug, year: wizard.letter.schoolYear).reviews
                overlay = .history(TextView(text: HistoryView.text(of: wizard.letter, reviews: reviews, edition: wizard.edition), viewport: Size(columns: size.columns - 8, rows: size.rows - 6)))
                return
            }
            let outcome = wizard.update(key)
            route = .wizard(wizard)
            // What the wizard refused and why (a paste over a limit, an edit to a signed letter).
            if let notice = wizard.notice { status.show(notice.text, kind: notice.kind) }
            switch outcome {
            case .save: save()
            case .close:
                if wizard.isDirty {
                    overlay = .confirm(.saveDiscardCancel(message: "Save your changes to \(wizard.letter.district.name) before going back to Home?"), .leaveWizard)
                } else {
                    goHome()
                }
            case .ignored: if key == .character("?") { openHelp() }
            case .handled: break
            }
        }
    }

    /// Clicks and the wheel; the mouse is a shortcut, never the only way.
    private mutating func handleMouse(_ event: MouseEvent) {
        guard acceptsMouse else { return }
        if let overlay {
            switch (overlay, event) {
            case (.help, .click), (.history, .click):
                // A click on a help or history overlay closes it, as Esc does.
                self.overlay = nil
            case (.help, _), (.history, _):
                handleOverlay(.mouse(event))  // the wheel scrolls them
            case (.confirm(var dialog, let question), .click(let point)):
                // A click on a button answers as its key would; anywhere else the question stays.
                let outcome = dialog.click(at: point, in: Rect(origin: .zero, size: size))
                self.overlay = .confirm(dialog, question)
                finish(question, outcome)
            default:
                break  // status and conflict dialogs are answered with keys
            }
            return
        }
        switch route {
        case .wizard(var wizard):
            _ = wizard.mouse(event)
            route = .wizard(wizard)
            if let notice = wizard.notice { status.show(notice.text, kind: notice.kind) }
        case .home(var home):
            if case .open(let summary) = home.mouse(event, size: size) { open(summary.slug, summary.schoolYear) } else { route = .home(home) }
        default:
            break
        }
    }

    private mutating func handleOverlay(_ key: Key) {
        switch overlay {
        case .help(var help):
            overlay = help.handle(key) == .closed ? nil : .help(help)
        case .confirm(var dialog, let question):
            let outcome = dialog.handle(key)
            overlay = .confirm(dialog, question)
            finish(question, outcome)
        case .history(var view):
            if key == .escape || key == .function(3) || key == .enter || key == .character("q") {
                overlay = nil
            } else {
                _ = view.handle(key)
                overlay = .history(view)
            }
        case .status(var change):
            guard case .wizard = route else { overlay = nil; return }
            switch change.update(key) {
            case .pending: overlay = .status(change)
            case .cancelled: overlay = nil
            case .apply(let target, let date, let note, let party):
                overlay = nil
                if let error = applyTransition(to: target, date: date, note: note, party: party) {
                    change.error = error
                    overlay = .status(change)
                }
            }
        case .conflict(var conflict):
            guard case .wizard(let wizard) = route else { overlay = nil; return }
            switch conflict.update(key, edition: wizard.edition) {
            case .pending: overlay = .conflict(conflict)
            case .cancelled:
                overlay = nil
                status.show("Not saved: the letter changed in the store. Ctrl-S to try again.", kind: .warning, ticks: nil)
            case .resolved(let merged):
                overlay = nil
                _ = resolve(conflict, merged: merged, in: wizard)
            }
        case nil:
            break
        }
    }

    /// Acts on a confirmation's outcome, whether a key or a click gave it.
    private mutating func finish(_ question: Question, _ outcome: DialogOutcome) {
        switch outcome {
        case .pending: break
        case .cancelled:
            overlay = nil
            if case .restore(let recovery) = question { discardRecovery(recovery) }
        case .chosen(let index):
            overlay = nil
            answer(question, button: index)
        }
    }

    private mutating func answer(_ question: Question, button: Int) {
        switch question {
        case .leaveWizard, .quit:
            // Save / Discard / Cancel.
            switch button {
            case 0:
                let next: AfterSave
                if case .quit = question { next = .quit } else { next = .home }
                if save(then: next) { carryOn(next) }
            case 1:
                if case .wizard(let wizard) = route {
                    context.store.removeRecovery(wizard.letter.district.slug, wizard.letter.schoolYear)
                }
                if case .quit = question { isFinished = true } else { goHome() }
            default:
                break
            }
        case .restore(let recovery):
            if button == 0 {
                restore(recovery)
            } else {
                discardRecovery(recovery)
            }
        case .rollover(let plan):
            if button == 0 { performRollover(plan) }
        case .quitDiscardingEdition:
            if button == 0 { isFinished = true }
        case .reopenReview(_, let next):
            if button == 0, save(confirmingReopen: true, then: next) { carryOn(next) }
        case .deleteLetter(let summary):
            if button == 0 { delete(summary) }
        case .changeEdition(let summary, let ids):
            if ids.indices.contains(button) { changeEdition(summary, to: ids[button]) }
        }
    }

    /// Goes on after a save that stood between the person and leaving.
    private mutating func carryOn(_ next: AfterSave) {
        switch next {
        case .stay: break
        case .home: goHome()
        case .quit: isFinished = true
        }
    }

    private mutating func requestQuit() {
        if hasUnsavedEdits, case .editions = route {
            overlay = .confirm(ConfirmDialog(title: "Quit kyiln", message: "The edition you are editing is not saved. Quit anyway?",
                                             buttons: [.init("Quit without saving", shortcuts: ["q", "y"]), .init("Cancel", shortcuts: ["c", "n"], isCancel: true)],
                                             focusedIndex: 1), .quitDiscardingEdition)
            return
        }
        if hasUnsavedEdits, case .wizard(let wizard) = route {
            overlay = .confirm(.saveDiscardCancel(title: "Quit kyiln", message: "Save your changes to \(wizard.letter.district.name) before quitting?"), .quit)
        } else {
            isFinished = true
        }
    }

    private mutating func openHelp() {
        overlay = .help(HelpOverlay(title: "Keys", bindings: HelpContent.bindings(keymap), visibleRows: max(5, size.rows - 8)))
    }

}
