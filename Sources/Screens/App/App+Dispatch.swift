import LetterDomain
import LetterStore
import TerminalUI

/// What a screen asks of the app after a key. Every screen's outcome is said in this one
/// vocabulary, so a single `apply` acts on all of them (and help opens in one place).
enum ScreenRequest {
    case handled
    /// Not the screen's key: `?` there opens the help.
    case ignored
    case help
    case quit
    case home
    case newLetter(SchoolYear)
    case open(LetterSummary)
    case rollover(SchoolYear)
    case delete(LetterSummary)
    case changeEdition(LetterSummary)
    case editions
    /// Home's import key: the import screen.
    case importLetters
    /// The import screen stored a letter: Home on its year, with it selected.
    case imported(DistrictSlug, SchoolYear)
    /// The editions screen closed: the catalog may have changed.
    case closeEditions
    case created(Letter, Edition)
    case save
    /// Back from the wizard to Home (asks first when unsaved).
    case leaveWizard
    case status
    case history
    /// Home's and the wizard's year actions: export, marks, the dashboard, next/previous letter.
    case year(YearRequest)
}

extension App {
    /// Handles one pressed key: resolved against the keymap once, then given to the overlay or
    /// the screen, whose request is applied.
    mutating func handle(_ pressed: Key) {
        if case .mouse(let event) = pressed {
            handleMouse(event)
            return
        }
        guard let press = keymap.resolve(pressed) else { return }
        if overlay != nil {
            handleOverlay(press)
            return
        }
        if press.is(.quit) || press.key == .control("c") {
            requestQuit()
            return
        }
        status.clearMessage()
        apply(press.is(.help) ? .help : update(press))
    }

    /// Gives the key to the screen underneath and says what it asks for.
    private mutating func update(_ press: KeyPress) -> ScreenRequest {
        let request: ScreenRequest
        switch route {
        case .home(var home):
            request = home.update(press, context: context).request(year: home.year)
            route = .home(home)
            keptHome = home  // what Home comes back as, from any screen it opens
        case .newLetter(var form):
            request = form.update(press, context: context).request
            route = .newLetter(form)
        case .editions:
            let context = context
            request = changingEditions { $0.update(press, context: context) }?.request ?? .ignored
        case .wizard:
            // Changed where it lies, not in a copy: a copy would make the key copy every answer.
            let (outcome, notice) = changingWizard { wizard in (wizard.update(press), wizard.notice) } ?? (.ignored, nil)
            request = outcome.request
            // What the wizard refused and why (a paste over a limit, an edit to a signed letter).
            if let notice { status.show(notice.text, kind: notice.kind) }
        case .importing(var screen):
            request = screen.update(press, context: context).request
            if case .importing = route { route = .importing(screen) }
        case .idle:
            request = .ignored
        }
        if case .ignored = request, press.key == .character("?") { return .help }
        return request
    }

    /// Acts on what a screen asked for.
    private mutating func apply(_ request: ScreenRequest) {
        switch request {
        case .handled, .ignored: break
        case .help: openHelp()
        case .quit: requestQuit()
        case .home: goHome()
        case .newLetter(let year): route = .newLetter(NewLetterState(context: context, year: year, size: size, keymap: keymap))
        case .open(let summary): open(summary.slug, summary.schoolYear)
        case .rollover(let year): planRollover(from: year)
        case .delete(let summary): askDelete(summary)
        case .changeEdition(let summary): askEdition(summary)
        case .editions:
            var editions = EditionsState(context: context, size: size)
            editions.fit(to: size)
            route = .editions(editions)
        case .importLetters: route = .importing(ImportState(size: size))
        case .imported(let slug, let year): showImported(slug, year)
        case .closeEditions:
            reloadEditions()
            goHome()
        case .created(let letter, let edition):
            openWizard(WizardState(letter: letter, edition: edition))
            status.show("Created the draft for \(letter.district.name), \(letter.schoolYear).", kind: .success)
        case .save: save()
        case .leaveWizard, .status, .history: applyWizard(request)
        case .year(let request): applyYear(request)
        }
    }

    /// The wizard's requests that open something over it or leave it.
    private mutating func applyWizard(_ request: ScreenRequest) {
        guard case .wizard(let wizard) = route else { return }
        switch request {
        case .leaveWizard:
            if wizard.isDirty {
                overlay = .confirm(.saveDiscardCancel(message: "Save your changes to \(wizard.letter.district.name) before going back to Home?"), .leaveWizard)
            } else {
                goHome()
            }
        case .status:
            overlay = .status(StatusChange(letter: wizard.letter, today: context.today(), size: size))
        case .history:
            // Reviews are read afresh: a district may have decided since the letter was opened.
            let listing = context.store.reviews(of: wizard.letter.district.slug, year: wizard.letter.schoolYear)
            let text = HistoryView.text(of: wizard.letter, reviews: listing.reviews, problems: listing.problems.map(\.description), edition: wizard.edition)
            overlay = .history(TextView(text: text, viewport: Size(columns: size.columns - 8, rows: size.rows - 6)))
        default:
            break
        }
    }

    /// Gives the key to the open overlay.
    mutating func handleOverlay(_ press: KeyPress) {
        switch overlay {
        case .help(var help):
            let closes = press.is(.help) || press.is(.back) || (press.scrolls && help.handle(press.key) == .closed)
            overlay = closes ? nil : .help(help)
        case .confirm(var dialog, let question):
            let outcome = dialog.handle(press)
            overlay = .confirm(dialog, question)
            finish(question, outcome)
        case .history(var view):
            if press.is(.back) || press.is(.history) || press.key == .enter || press.key == .character("q") {
                overlay = nil
            } else if press.scrolls {
                _ = view.handle(press.key)
                overlay = .history(view)
            }
        case .status(let change):
            handleStatusChange(change, press)
        case .conflict(let conflict):
            handleConflict(conflict, press)
        case .export(let form):
            handleExport(form, press)
        case .decision(let form):
            handleDecision(form, press)
        case .mail(let form):
            handleMail(form, press)
        case .report(let title, var view):
            if press.is(.back) || press.key == .enter || press.key == .character("q") {
                overlay = nil
            } else if press.scrolls {
                _ = view.handle(press.key)
                overlay = .report(title, view)
            }
        case nil:
            break
        }
    }

    private mutating func handleStatusChange(_ change: StatusChange, _ press: KeyPress) {
        var change = change
        guard case .wizard = route else { overlay = nil; return }
        switch change.update(press) {
        case .pending: overlay = .status(change)
        case .cancelled: overlay = nil
        case .apply(let target, let date, let note, let party):
            overlay = nil
            if let error = applyTransition(to: target, date: date, note: note, party: party) {
                change.error = error
                overlay = .status(change)
            }
        case .countersign(let name, let words):
            overlay = nil
            if let error = applyCountersign(name: name, words: words) {
                change.error = error
                overlay = .status(change)
            }
        }
    }

    private mutating func handleConflict(_ conflict: ConflictState, _ press: KeyPress) {
        var conflict = conflict
        guard case .wizard(let wizard) = route else { overlay = nil; return }
        switch conflict.update(press, edition: wizard.edition) {
        case .pending: overlay = .conflict(conflict)
        case .cancelled:
            overlay = nil
            status.show("Not saved: the letter changed in the store. \(keymap.spoken(.save)) to try again.", kind: .warning, ticks: nil)
        case .resolved(let merged):
            overlay = nil
            _ = resolve(conflict, merged: merged, in: wizard)
        }
    }
}

extension KeyPress {
    /// Whether a text overlay (help, history) takes the key as itself: keys without an action
    /// (arrows, Space, Enter, q) and the page keys; a key bound to another action (F1 moved
    /// to history) is not read as the overlay's own F1.
    var scrolls: Bool {
        action == nil || action == .nextStep || action == .previousStep
    }
}

extension HomeOutcome {
    func request(year: SchoolYear) -> ScreenRequest {
        switch self {
        case .handled: return .handled
        case .ignored: return .ignored
        case .newLetter: return .newLetter(year)
        case .open(let summary): return .open(summary)
        case .rollover: return .rollover(year)
        case .editions: return .editions
        case .delete(let summary): return .delete(summary)
        case .changeEdition(let summary): return .changeEdition(summary)
        case .quit: return .quit
        case .importLetters: return .importLetters
        case .year(let request): return .year(request)
        }
    }
}

extension NewLetterOutcome {
    var request: ScreenRequest {
        switch self {
        case .handled: return .handled
        case .ignored: return .ignored
        case .cancel: return .home
        case .created(let letter, let edition): return .created(letter, edition)
        }
    }
}

extension WizardOutcome {
    var request: ScreenRequest {
        switch self {
        case .handled: return .handled
        case .ignored: return .ignored
        case .save: return .save
        case .close: return .leaveWizard
        case .status: return .status
        case .history: return .history
        case .export: return .year(.export)
        case .nextLetter: return .year(.moveLetter(1))
        case .previousLetter: return .year(.moveLetter(-1))
        }
    }
}

extension EditionsOutcome {
    var request: ScreenRequest {
        switch self {
        case .handled: return .handled
        case .ignored: return .ignored
        case .close: return .closeEditions
        }
    }
}

extension ImportScreenOutcome {
    var request: ScreenRequest {
        switch self {
        case .handled: return .handled
        case .ignored: return .ignored
        case .close: return .home
        case .stored(let slug, let year): return .imported(slug, year)
        }
    }
}
