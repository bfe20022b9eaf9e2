import LetterDomain
import LetterStore
import TerminalUI

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
    }

    enum Overlay {
        case help(HelpOverlay)
        case confirm(ConfirmDialog, Question)
        case conflict(ConflictState)
        case status(StatusChange)
        case history(TextView)
    }

    /// Store and editions; replaced when the editions change.
    public private(set) var context: AppContext
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
            guard case .wizard(var wizard) = route else { overlay = nil; return }
            switch change.update(key) {
            case .pending: overlay = .status(change)
            case .cancelled: overlay = nil
            case .apply(let target, let date, let note, let party):
                do {
                    let next = try Workflow.transition(wizard.letter, to: target, date: date, note: note, party: party,
                                                       by: context.user, edition: wizard.edition, today: context.today(), now: context.now())
                    let before = wizard.letter
                    wizard.replaceLetter(next, baseline: wizard.saved)
                    route = .wizard(wizard)
                    overlay = nil
                    if save() {
                        status.show("Status: \(target.label).", kind: .success)
                    } else if case .wizard(var failed) = route, overlay == nil {
                        // Not saved (an I/O error): keep the edits, not the new status.
                        failed.replaceLetter(before, baseline: failed.saved)
                        route = .wizard(failed)
                    }
                } catch {
                    // People's words, not the command line's flags (TransitionError.plainMessage).
                    change.error = error.plainMessage.capitalizedFirst
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
                if save() {
                    if case .quit = question { isFinished = true } else { goHome() }
                }
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

    // MARK: Letters

    private mutating func goHome() {
        var year: SchoolYear?
        if case .wizard(let wizard) = route { year = wizard.letter.schoolYear }
        if case .home(let home) = route { year = home.year }
        route = .home(HomeState(context: context, year: year))
        recoveryWritten = nil
    }

    /// Editions were added or changed: letters are now read and summarised against them.
    private mutating func reloadEditions() {
        if let reopened = try? LetterStore.openWithEditions(at: context.store.root) {
            context.store = reopened.store
            context.editions = reopened.editions
        }
    }

    private mutating func open(_ slug: DistrictSlug, _ year: SchoolYear) {
        do {
            // The district's reviews are merged in: a letter they approved opens as approved,
            // and the next save keeps the decision in the letter.
            let (letter, listing) = try context.store.reviewedLetter(slug, year: year)
            let edition = try context.editions.edition(id: letter.editionID)
            openWizard(WizardState(letter: letter, edition: edition))
            if let review = ReviewMerge.latestDecision(for: letter.status, among: listing.reviews) {
                status.show(Self.reviewNotice(review), kind: review.decision == .approve ? .success : .warning, ticks: nil)
            }
        } catch let error as StoreError {
            status.show(error.description, kind: .error, ticks: nil)
        } catch {
            status.show("\(error)", kind: .error, ticks: nil)
        }
    }

    private mutating func openWizard(_ state: WizardState) {
        var wizard = state
        wizard.keymap = keymap
        wizard.fit(to: size)
        route = .wizard(wizard)
        recoveryWritten = wizard.letter
    }

    private mutating func planRollover(from year: SchoolYear) {
        do {
            let letters = try context.store.list(year: year).letters
            let existing = Set(try context.store.list(year: year.next).letters.map(\.district.slug))
            let plan = try Rollover.plan(letters: letters, from: year, to: year.next, existingInTarget: existing,
                                         editions: context.editions, by: context.user, now: context.now())
            let made = plan.drafts.map(\.district.name)
            let message = plan.drafts.isEmpty
                ? "Nothing to roll over from \(year) to \(year.next): \(plan.skipped.count) letter(s) skipped (not active, or a \(year.next) letter exists)."
                : "Make \(made.count) draft(s) for \(year.next) from the active \(year) letters (\(made.prefix(4).joined(separator: ", "))\(made.count > 4 ? ", …" : "")), contacts copied? \(plan.skipped.count) skipped."
            let buttons: [ConfirmDialog.Button] = plan.drafts.isEmpty
                ? [.init("OK", shortcuts: ["o"], isCancel: true)]
                : [.init("Roll over", shortcuts: ["r", "y"]), .init("Cancel", shortcuts: ["c", "n"], isCancel: true)]
            overlay = .confirm(ConfirmDialog(title: "Roll over to \(year.next)", message: message, buttons: buttons),
                               .rollover(plan))
        } catch {
            status.show("Cannot roll over: \(error)", kind: .error, ticks: nil)
        }
    }

    private mutating func performRollover(_ plan: RolloverPlan) {
        var made = 0
        var problems: [String] = []
        for draft in plan.drafts {
            do {
                try context.store.create(draft, by: context.user, now: context.now())
                made += 1
            } catch {
                problems.append("\(error)")
            }
        }
        if let year = plan.drafts.first?.schoolYear { route = .home(HomeState(context: context, year: year)) }
        status.show("Made \(made) draft(s)" + (problems.isEmpty ? "." : "; \(problems.count) failed: \(problems[0])"),
                    kind: problems.isEmpty ? .success : .error, ticks: problems.isEmpty ? 16 : nil)
    }

    /// Saves the open letter; on a conflict opens the conflict dialog. Returns whether it saved.
    @discardableResult
    mutating func save() -> Bool {
        guard case .wizard(var wizard) = route else { return false }
        do {
            // A content change to an approved letter sends it back to the district;
            // a signed letter's content is locked until it goes back to draft.
            let checked: Letter
            do {
                checked = try Workflow.afterEdit(old: wizard.saved, new: wizard.letter, by: context.user, now: context.now())
            } catch {
                status.show("Not saved: \(error.description.capitalizedFirst) (F2 changes the status)", kind: .error, ticks: nil)
                return false
            }
            let stored = try context.store.save(checked, by: context.user, now: context.now())
            if checked.status != wizard.letter.status { wizard.replaceLetter(checked, baseline: wizard.saved) }
            wizard.didSave(stored)
            wizard.touchAll()
            route = .wizard(wizard)
            context.store.removeRecovery(stored.district.slug, stored.schoolYear)
            recoveryWritten = wizard.letter
            let open = wizard.findings.filter { $0.severity == .error }.count
            // Typed text the letter could not take (a date that is not a date) is named, not hidden.
            let unstored = wizard.unstoredFields.map { " \($0.message)." }.joined()
            status.show("Saved (revision \(stored.revision))" + (open > 0 ? "; \(open) finding\(open == 1 ? "" : "s") still open." : "; the letter is complete.") + unstored,
                        kind: unstored.isEmpty ? .success : .warning)
            return true
        } catch StoreError.conflict(let conflict) {
            // Their letter and the baseline are compared as the wizard shows them, with the KDE
            // designee prefilled: a name nobody typed is not a difference to choose about.
            let state = ConflictState(mine: wizard.letter, theirs: wizard.prefilled(conflict.theirs), base: wizard.prefilled(wizard.saved))
            if state.fields.isEmpty && wizard.letter.status == conflict.theirs.status {
                // They saved the values I have: nothing to choose, continue from their revision.
                return resolve(state, merged: state.merged(edition: wizard.edition), in: wizard)
            }
            overlay = .conflict(state)
        } catch {
            // The typed text stays in the editor (and in the recovery file): nothing is lost.
            writeRecovery(force: true)
            status.show("Not saved: \(error). Your text is kept.", kind: .error, ticks: nil)
        }
        return false
    }

    /// Continues from a resolved conflict: the merged letter on top of their revision, saved
    /// unless it is simply theirs. Returns whether the store holds the merged letter.
    private mutating func resolve(_ conflict: ConflictState, merged: Letter, in state: WizardState) -> Bool {
        var wizard = state
        wizard.replaceLetter(merged, baseline: conflict.theirs)
        route = .wizard(wizard)
        if merged != conflict.theirs { return save() }
        context.store.removeRecovery(merged.district.slug, merged.schoolYear)
        status.show(conflict.fields.isEmpty ? "\(conflict.theirs.updatedBy) saved the same values meanwhile: nothing to merge."
                                            : "Took their version of every field.", kind: .info)
        return true
    }

    // MARK: Recovery

    /// Writes the recovery file when there are new unsaved edits and enough time passed.
    mutating func writeRecoveryIfDue() {
        guard context.now().timeIntervalSince(lastRecoveryWrite) >= Self.recoveryInterval else { return }
        writeRecovery(force: false)
    }

    /// Writes the recovery file now if the edits changed since the last one (or always with `force`).
    public mutating func writeRecovery(force: Bool) {
        guard case .wizard(let wizard) = route, wizard.isDirty else { return }
        guard force || recoveryWritten != wizard.letter else { return }
        let recovery = Recovery(letter: wizard.letter, savedAt: context.now(), step: wizard.page.title, focus: wizard.focus)
        if (try? context.store.writeRecovery(recovery)) != nil {
            recoveryWritten = wizard.letter
            lastRecoveryWrite = context.now()
        }
    }

    private mutating func offerNextRecovery() {
        guard overlay == nil, !pendingRecoveries.isEmpty else { return }
        let recovery = pendingRecoveries.removeFirst()
        let letter = recovery.letter
        let dialog = ConfirmDialog(
            title: "Unsaved edits found",
            message: "kyiln stopped before \(letter.district.name) \(letter.schoolYear) was saved. Edits from \(LocalTime.format(recovery.savedAt)) were kept. Restore them?",
            buttons: [.init("Restore", shortcuts: ["r", "y"]), .init("Discard", shortcuts: ["d", "n"], isCancel: true)])
        overlay = .confirm(dialog, .restore(recovery))
    }

    private mutating func restore(_ recovery: Recovery) {
        do {
            let edition = try context.editions.edition(id: recovery.letter.editionID)
            // The baseline is the letter as stored now, so the restored edits show as unsaved,
            // and a save made meanwhile by someone else surfaces as a conflict on Ctrl-S.
            let stored = try context.store.load(recovery.letter.district.slug, year: recovery.letter.schoolYear)
            var wizard = WizardState(letter: stored, edition: edition)
            wizard.replaceLetter(recovery.letter, baseline: stored)
            // Back where the person was typing, not on step 1.
            wizard.resume(atPageTitled: recovery.step, focus: recovery.focus)
            openWizard(wizard)
            recoveryWritten = nil
            status.show("Restored your unsaved edits. Ctrl-S saves them.", kind: .success)
        } catch {
            status.show("Could not restore: \(error). The recovery file is kept.", kind: .error, ticks: nil)
        }
    }

    private mutating func discardRecovery(_ recovery: Recovery) {
        context.store.removeRecovery(recovery.letter.district.slug, recovery.letter.schoolYear)
        offerNextRecovery()
    }

    // MARK: Drawing

    /// Draws the whole screen for the current state.
    public func draw(on surface: any DrawingSurface) {
        surface.setCursor(nil)
        surface.clear(surface.bounds)
        if isTooSmall {
            drawTooSmall(on: surface)
            return
        }
        switch route {
        case .home(let home): home.draw(on: surface, status: status)
        case .newLetter(let form): form.draw(on: surface, status: status, catalog: context.editions)
        case .wizard(let wizard): wizard.draw(on: surface, status: status)
        case .editions(let editions): editions.draw(on: surface, status: status)
        }
        switch overlay {
        case .help(let help):
            let rect = surface.bounds.centered(Size(columns: min(76, size.columns - 4), rows: min(size.rows - 2, help.bindings.count + 4)))
            surface.setCursor(nil)
            help.draw(on: surface, in: rect)
        case .confirm(let dialog, _):
            surface.setCursor(nil)
            dialog.draw(on: surface, in: surface.bounds)
        case .status(let change):
            if case .wizard(let wizard) = route { change.draw(on: surface, current: wizard.letter.status) }
            var bar = StatusBar(hints: change.keyHints)
            bar.clearMessage()
            bar.draw(on: surface, in: Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1))
        case .history(let view):
            if case .wizard(let wizard) = route { HistoryView.draw(view, title: "History of \(wizard.letter.district.name) \(wizard.letter.schoolYear)", on: surface) }
        case .conflict(let conflict):
            conflict.draw(on: surface)
            var bar = StatusBar(hints: conflict.keyHints)
            bar.clearMessage()
            bar.draw(on: surface, in: Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1))
        case nil:
            break
        }
    }

    private func drawTooSmall(on surface: any DrawingSurface) {
        let lines = ["Please enlarge the terminal to at least 80x24.",
                     "It is \(size.columns)x\(size.rows) now. Nothing you typed is lost.",
                     "\(keymap.keyNames(for: .quit, separator: " or ")) quits."]
        for (i, line) in lines.enumerated() where i < size.rows {
            surface.put(line, at: Point(x: 0, y: i), role: i == 0 ? .warning : .text, width: size.columns)
        }
    }
}
