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
        /// Importing letters from files (`ImportState`).
        case importing(ImportState)
        /// Holds the place of a screen taken out to be changed (`changingWizard`); never drawn.
        case idle
    }

    /// Why a confirmation is open, so its answer can be acted on.
    enum Question {
        case leaveWizard
        case quit
        case restore(Recovery)
        case restoreEdition(EditionRecovery)
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
        /// The export box (Home, the wizard).
        case export(ExportForm)
        /// What a bulk action or an export left undone, each with why (a title, the text).
        case report(String, TextView)
        /// Recording a district's decision that came by e-mail, phone or paper.
        case decision(DecisionForm)
        /// Inviting or reminding districts by e-mail (Home's marked letters).
        case mail(MailForm)
    }

    /// Store and editions; replaced when the editions change.
    public internal(set) var context: AppContext
    var route: Route
    /// Home as it was when a letter was opened from it: its filter, selection, marks and
    /// order come back when the letter closes, and the wizard's next/previous letter follow its list.
    var keptHome: HomeState?
    var overlay: Overlay?
    var status = StatusBar()
    /// The terminal size: below 80x24 only a request to enlarge is drawn.
    public private(set) var size: Size
    /// True once the person quit.
    public private(set) var isFinished = false
    /// What the recovery file last held, to write it only when the edits change.
    var recoveryWritten: Letter?
    var lastRecoveryWrite: Date
    /// The journal continuing the open letter's (or edition's) recovery file, once one is written.
    var recoveryJournal: RecoveryJournal?
    /// Recovery files waiting to be offered after the current one.
    var pendingRecoveries: [Recovery]
    /// Edition editor recovery files waiting to be offered after the letters'.
    var pendingEditionRecoveries: [EditionRecovery]
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
    /// The recovery file is rewritten from the journal's edits at most this often (and on every signal);
    /// in between, each batch of keys goes to the journal (`journalEdits`).
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
        self.pendingEditionRecoveries = context.store.editionRecoveries()
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
            sendMailIfAsked()  // Enter in the mail box: sent once "Sending…" is on screen
            advanceImport()
        case .quitRequested:
            requestQuit()
        case .key(.resize):
            break
        case .key(let key):
            if isTooSmall {
                // Nothing can be seen, so nothing but quitting is taken.
                if keymap.resolve(key)?.is(.quit) == true || key == .control("c") { requestQuit() }
                return
            }
            handle(key)
        }
    }

    /// The terminal changed size: relay out, keeping every edit and the focus.
    public mutating func resize(to size: Size) {
        self.size = size
        changingWizard { $0.fit(to: size) }
        if case .editions(var editions) = route {
            editions.fit(to: size)
            route = .editions(editions)
        }
        if case .importing(var screen) = route {
            screen.fit(to: size)
            route = .importing(screen)
        }
        if case .newLetter(var form) = route {
            form.fit(to: size, catalog: context.editions)
            route = .newLetter(form)
        }
        if case .status(var change) = overlay {
            change.fit(to: size)
            overlay = .status(change)
        }
        fitYearOverlays(to: size)
    }

    var isTooSmall: Bool { size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows }

    /// Clicks and the wheel; the mouse is a shortcut, never the only way.
    mutating func handleMouse(_ event: MouseEvent) {
        guard acceptsMouse else { return }
        if let overlay {
            switch (overlay, event) {
            case (.help, .click), (.history, .click):
                // A click on a help or history overlay closes it, as Esc does.
                self.overlay = nil
            case (.help, _), (.history, _):
                handleOverlay(KeyPress(.mouse(event)))  // the wheel scrolls them
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

    /// Acts on a confirmation's outcome, whether a key or a click gave it.
    mutating func finish(_ question: Question, _ outcome: DialogOutcome) {
        switch outcome {
        case .pending: break
        case .cancelled:
            overlay = nil
            if case .restore(let recovery) = question { discardRecovery(recovery) }
            if case .restoreEdition(let recovery) = question { discardEditionRecovery(recovery) }
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
                    forgetRecovery(wizard.letter.district.slug, wizard.letter.schoolYear)
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
        case .restoreEdition(let recovery):
            if button == 0 { restoreEdition(recovery) } else { discardEditionRecovery(recovery) }
        case .quitDiscardingEdition:
            if button == 0 {
                if case .editions(let editions) = route, let editor = editions.editor {
                    context.store.removeEditionRecovery(editor.original.id)
                }
                isFinished = true
            }
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

    mutating func requestQuit() {
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

    mutating func openHelp() {
        overlay = .help(HelpOverlay(title: "Keys", bindings: HelpContent.bindings(keymap), visibleRows: max(5, size.rows - 8)))
    }

}
