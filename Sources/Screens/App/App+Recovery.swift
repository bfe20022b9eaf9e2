import LetterDomain
import LetterStore
import TerminalUI

extension App {
    // MARK: Recovery

    /// Rewrites the recovery file from time to time while the journal holds edits (so a restore
    /// replays few), or when an earlier write failed.
    mutating func writeRecoveryIfDue() {
        guard context.now().timeIntervalSince(lastRecoveryWrite) >= Self.recoveryInterval else { return }
        guard case .wizard(let wizard) = route else { return }
        if let journal = recoveryJournal {
            if journal.appendedBytes > 0 { writeRecovery(force: true) }
        } else if wizard.isDirty {
            writeRecovery(force: false)
        }
    }

    /// Writes the whole recovery file of the open letter (or edition) and starts its journal
    /// afresh: when the edits changed since the last one, or always with `force` (a signal, a
    /// failed save, a change the journal cannot carry).
    public mutating func writeRecovery(force: Bool) {
        if case .editions = route {
            writeEditionRecovery()
            return
        }
        guard case .wizard(let wizard) = route, wizard.isDirty || recoveryJournal != nil else { return }
        guard force || recoveryWritten != wizard.letter else { return }
        // Everything noted for the journal is in the file about to be written.
        changingWizard { _ = $0.takeJournal() }
        let recovery = wizard.recovery(savedAt: context.now(), journal: newJournalGeneration())
        lastRecoveryWrite = context.now()
        do {
            // The file first, then the journal emptied under the new generation: killed between the
            // two, the old journal names the old generation and is not replayed.
            try context.store.writeRecovery(recovery)
            recoveryWritten = wizard.letter
            recoveryJournal = try context.store.startRecoveryJournal(recovery)
        } catch {
            recoveryJournal = nil
            // Said at once: a hang-up now would lose what was typed (a full disk, a folder in
            // the way). Tried again with the next keys and at the next interval.
            status.show("Recovery file not written: save (\(keymap.keyNames(for: .save, short: true))) to keep your edits. \(error.description)",
                        kind: .error, ticks: nil)
        }
    }

    /// Writes the edition editor's recovery file when its edits changed since the last one; an
    /// editor back to what is stored has none.
    mutating func writeEditionRecovery() {
        guard case .editions(let editions) = route, let editor = editions.unrecordedEditorEdits else { return }
        do {
            if editor.isDirty {
                try context.store.writeEditionRecovery(editor.recovery(savedAt: context.now()))
            } else {
                context.store.removeEditionRecovery(editor.original.id)
            }
            changingEditions { $0.editorRecorded() }
        } catch {
            status.show("Recovery file not written: save (\(keymap.keyNames(for: .save, short: true))) to keep your edits. \(error.description)",
                        kind: .error, ticks: nil)
        }
    }

    /// Removes the open letter's recovery file and journal (saved, or discarded).
    mutating func forgetRecovery(_ slug: DistrictSlug, _ year: SchoolYear) {
        context.store.removeRecovery(slug, year)
        recoveryJournal = nil
    }

    mutating func offerNextRecovery() {
        guard overlay == nil else { return }
        let buttons: [ConfirmDialog.Button] = [.init("Restore", shortcuts: ["r", "y"]), .init("Discard", shortcuts: ["d", "n"], isCancel: true)]
        if !pendingRecoveries.isEmpty {
            let recovery = pendingRecoveries.removeFirst()
            let letter = recovery.letter
            let dialog = ConfirmDialog(
                title: "Unsaved edits found",
                message: "kyiln stopped before \(letter.district.name) \(letter.schoolYear) was saved. Edits from \(LocalTime.format(recovery.savedAt)) were kept. Restore them?",
                buttons: buttons)
            overlay = .confirm(dialog, .restore(recovery))
        } else if !pendingEditionRecoveries.isEmpty {
            let recovery = pendingEditionRecoveries.removeFirst()
            let dialog = ConfirmDialog(
                title: "Unsaved edits found",
                message: "kyiln stopped before edition \(recovery.editionID) was saved. Edits from \(LocalTime.format(recovery.savedAt)) were kept. Restore them?",
                buttons: buttons)
            overlay = .confirm(dialog, .restoreEdition(recovery))
        }
    }

    mutating func restore(_ recovery: Recovery) {
        do {
            let edition = try context.editions.edition(id: recovery.letter.editionID)
            // The baseline is the letter as stored now, so the restored edits show as unsaved,
            // and a save made meanwhile by someone else surfaces as a conflict on Ctrl-S.
            let stored = try context.store.load(recovery.letter.district.slug, year: recovery.letter.schoolYear)
            var wizard = WizardState(letter: stored, edition: edition)
            wizard.replaceLetter(recovery.letter, baseline: stored)
            // Back where the person was typing, not on step 1, with the cursor where it was.
            wizard.resume(atPageTitled: recovery.step, focus: recovery.focus)
            wizard.restoreTyped(recovery)
            var note = ""
            do {
                try wizard.replay(try context.store.journalSplices(of: recovery))
            } catch {
                note = " Some later edits could not be restored (\(error))."
            }
            openWizard(wizard)
            recoveryWritten = nil
            recoveryJournal = nil
            // Written again at once (a new generation), so the journal replayed here is not replayed twice.
            writeRecovery(force: true)
            status.show("Restored your unsaved edits. \(keymap.spoken(.save)) saves them.\(note)", kind: note.isEmpty ? .success : .warning,
                        ticks: note.isEmpty ? 16 : nil)
        } catch {
            status.show("Could not restore: \(error). The recovery file is kept.", kind: .error, ticks: nil)
        }
    }

    mutating func restoreEdition(_ recovery: EditionRecovery) {
        var editions = EditionsState(context: context, size: size)
        if editions.openRecovered(recovery, context: context) {
            editions.fit(to: size)
            route = .editions(editions)
            status.show("Restored your unsaved edits to edition \(recovery.editionID). \(keymap.spoken(.save)) saves them.", kind: .success)
        } else if let message = editions.message {
            status.show(message.text, kind: message.kind, ticks: nil)
            offerNextRecovery()
        }
    }

    mutating func discardRecovery(_ recovery: Recovery) {
        context.store.removeRecovery(recovery.letter.district.slug, recovery.letter.schoolYear)
        offerNextRecovery()
    }

    mutating func discardEditionRecovery(_ recovery: EditionRecovery) {
        context.store.removeEditionRecovery(recovery.editionID)
        offerNextRecovery()
    }
}
