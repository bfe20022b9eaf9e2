import LetterDomain
import LetterStore
import TerminalUI

extension App {
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
        lastRecoveryWrite = context.now()
        do {
            try context.store.writeRecovery(recovery)
            recoveryWritten = wizard.letter
        } catch {
            // Said at once: a hang-up now would lose what was typed (a full disk, a folder in
            // the way). Tried again at the next interval.
            status.show("Recovery file not written: save (\(keymap.keyNames(for: .save, short: true))) to keep your edits. \(error.description)",
                        kind: .error, ticks: nil)
        }
    }

    mutating func offerNextRecovery() {
        guard overlay == nil, !pendingRecoveries.isEmpty else { return }
        let recovery = pendingRecoveries.removeFirst()
        let letter = recovery.letter
        let dialog = ConfirmDialog(
            title: "Unsaved edits found",
            message: "kyiln stopped before \(letter.district.name) \(letter.schoolYear) was saved. Edits from \(LocalTime.format(recovery.savedAt)) were kept. Restore them?",
            buttons: [.init("Restore", shortcuts: ["r", "y"]), .init("Discard", shortcuts: ["d", "n"], isCancel: true)])
        overlay = .confirm(dialog, .restore(recovery))
    }

    mutating func restore(_ recovery: Recovery) {
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
            status.show("Restored your unsaved edits. \(keymap.spoken(.save)) saves them.", kind: .success)
        } catch {
            status.show("Could not restore: \(error). The recovery file is kept.", kind: .error, ticks: nil)
        }
    }

    mutating func discardRecovery(_ recovery: Recovery) {
        context.store.removeRecovery(recovery.letter.district.slug, recovery.letter.schoolYear)
        offerNextRecovery()
    }

}
