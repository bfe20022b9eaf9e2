import LetterDomain
import LetterStore
import TerminalUI

/// Every keystroke safe: the edits of each batch of keys reach the recovery journal (one
/// `write(2)`, no `fsync`: the page cache survives `kill -9`) before the screen shows them, and
/// the whole recovery file is rewritten from time to time (`writeRecoveryIfDue`) and whenever an
/// edit is not a typed text (a ticked box, an undo). The edition editor rewrites its small
/// recovery file instead.
extension App {
    /// Writes the edits made since the last call to the recovery journal, or the whole recovery
    /// file when the journal cannot carry them or none is open yet. The terminal loop calls this
    /// before every frame, so every character on screen is in the page cache.
    public mutating func journalEdits() {
        switch route {
        case .wizard(let wizard):
            guard wizard.changedOutsideJournal || !wizard.pendingSplices.isEmpty else { return }
            guard let (splices, whole) = changingWizard({ $0.takeJournal() }) else { return }
            if whole || recoveryJournal == nil {
                writeRecovery(force: true)
            } else {
                append(splices)
            }
        case .editions:
            // An edition is small: its whole recovery file is rewritten (no journal).
            writeEditionRecovery()
        default:
            return
        }
    }

    private mutating func append(_ splices: [TextSplice]) {
        do {
            try recoveryJournal?.append(splices)
        } catch {
            // The next batch writes the whole recovery file again (and says if that fails too).
            recoveryJournal = nil
            status.show("Recovery journal not written: save (\(keymap.keyNames(for: .save, short: true))) to keep your edits. \(error.description)",
                        kind: .error, ticks: nil)
        }
    }

    /// Types a run of characters that arrived together (more keys were waiting) into the focused
    /// field as a few edits, when every one of them is plain typing there: no overlay, no key
    /// bound to an action, the wizard on a field or text area. Returns false, with nothing done,
    /// otherwise; then each key is handled on its own, as always.
    public mutating func handle(typed run: String) -> Bool {
        guard overlay == nil, !isTooSmall, case .wizard = route,
              run.allSatisfy({ keymap.resolve(.character($0)).map { $0.action == nil } ?? false })
        else { return false }
        status.clearMessage()
        guard let (typed, notice) = changingWizard({ wizard in (wizard.type(run), wizard.notice) }), typed else { return false }
        if let notice { status.show(notice.text, kind: notice.kind) }
        return true
    }

    /// Runs `body` on the open wizard in place. The wizard is taken out of the route while it
    /// changes: with the route still holding it, each change would copy what it changed (the
    /// answer being typed, 20,000 characters) before changing it.
    @discardableResult
    mutating func changingWizard<Result>(_ body: (inout WizardState) -> Result) -> Result? {
        guard case .wizard(var wizard) = route else { return nil }
        route = .idle
        defer { route = .wizard(wizard) }
        return body(&wizard)
    }

    /// Runs `body` on the editions screen in place (see `changingWizard`).
    @discardableResult
    mutating func changingEditions<Result>(_ body: (inout EditionsState) -> Result) -> Result? {
        guard case .editions(var editions) = route else { return nil }
        route = .idle
        defer { route = .editions(editions) }
        return body(&editions)
    }

    /// A name for a new recovery file's journal, different from any before it.
    func newJournalGeneration() -> String {
        String(UInt64.random(in: 1...UInt64.max), radix: 36)
    }
}
