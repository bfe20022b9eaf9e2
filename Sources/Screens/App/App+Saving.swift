import LetterDomain
import LetterRules
import LetterStore
import TerminalUI

/// Saving the open letter and moving it along its workflow, through the rules service: the
/// wizard holds no rule of its own about what a save or a transition may do.
extension App {
    /// What to do once a save that had to ask first went through.
    enum AfterSave {
        case stay, home, quit
    }

    /// Saves the open letter. Returns whether the store now holds what the wizard shows; on a
    /// conflict, a question or a refusal the wizard stays as it is, every typed character kept.
    @discardableResult
    mutating func save(confirmingReopen: Bool = false, then next: AfterSave = .stay) -> Bool {
        guard case .wizard(let wizard) = route else { return false }
        guard wizard.isDirty else {
            // Nothing typed since the last save: nothing is written, no new revision.
            status.show("Nothing to save: no changes since the last save.", kind: .info)
            return true
        }
        do {
            switch try context.service.save(wizard.letter, from: wizard.saved, confirmingReopen: confirmingReopen) {
            case .saved(let saved):
                let unstored = wizard.unstoredFields + saved.unstored
                didStore(saved.letter, unstored: unstored, reopened: saved.reopened)
                // A typed value that was not stored keeps the wizard open (leaving would lose it).
                return unstored.isEmpty
            case .unchanged(let refused):
                // Typed text the letter could not take (a date that is not a date, a date after today) is named.
                let unstored = wizard.unstoredFields + refused
                status.show(unstored.isEmpty ? "Nothing to save: the store holds these values already."
                                             : Self.named(unstored, in: wizard) + ". Nothing else to save.",
                            kind: unstored.isEmpty ? .info : .warning, ticks: unstored.isEmpty ? 16 : nil)
                return unstored.isEmpty
            case .conflict(let conflict):
                showConflict(conflict, in: wizard)
            case .confirmationNeeded(let decision):
                let when = Self.describe(decision, now: context.now())
                let dialog = ConfirmDialog(
                    title: "Undo the district's decision?",
                    message: "\(when). Saving changes what they \(decision.status == .approved ? "approved" : "reviewed"), so the letter goes back to review and the district must review it again. Save anyway?",
                    buttons: [.init("Save and send back to review", shortcuts: ["s", "y"]), .init("Cancel", shortcuts: ["c", "n"], isCancel: true)],
                    focusedIndex: 1)
                overlay = .confirm(dialog, .reopenReview(decision, next))
            }
        } catch {
            writeRecovery(force: true)
            if case .locked = error {
                status.show("Not saved: \(error.description.capitalizedFirst) (\(keymap.keyNames(for: .status, separator: " or ")) → draft).", kind: .error, ticks: nil)
            } else {
                status.show("Not saved: \(error.description). Your text is kept.", kind: .error, ticks: nil)
            }
        }
        return false
    }

    /// Takes a stored letter into the wizard and says what the save did.
    mutating func didStore(_ stored: Letter, unstored: [UnstoredValue], reopened: DistrictDecision?) {
        guard case .wizard(var wizard) = route else { return }
        wizard.didSave(stored)
        wizard.touchAll()
        wizard.outsideNotice = nil
        route = .wizard(wizard)
        forgetRecovery(stored.district.slug, stored.schoolYear)
        recoveryWritten = wizard.letter
        watched = context.service.stamp(of: stored)
        let reopenedNote = reopened.map {
            "the district's \($0.status == .approved ? "approval" : "decision") of revision \($0.revision) no longer counts: back in review"
        }
        guard unstored.isEmpty else {
            // What was not saved comes first: at 80 columns a long message's end is cut.
            let rest = ["Rest saved (revision \(stored.revision))"] + (reopenedNote.map { [$0] } ?? [])
            status.show(Self.named(unstored, in: wizard) + ". " + rest.joined(separator: "; ") + ".", kind: .warning, ticks: nil)
            return
        }
        let open = wizard.findings.filter { $0.severity == .error }.count
        let parts = ["Saved (revision \(stored.revision))"] + (reopenedNote.map { [$0] } ?? [])
            + [open > 0 ? "\(open) finding\(open == 1 ? "" : "s") still open." : "the letter is complete."]
        status.show(parts.joined(separator: "; "), kind: .success)
    }

    /// "District date not saved: 2022-12-01 is after today": each value by the form's name for it.
    static func named(_ unstored: [UnstoredValue], in wizard: WizardState) -> String {
        unstored.map { value in
            var relabelled = value
            relabelled.label = wizard.formLabel(value.field)
            return relabelled.message
        }.joined(separator: "; ")
    }

    /// Opens the conflict dialog, or continues at once when they saved the values the wizard has.
    mutating func showConflict(_ conflict: SaveConflict, in wizard: WizardState) {
        // Their letter and the baseline are compared as the wizard shows them, with the KDE
        // designee prefilled: a name nobody typed is not a difference to choose about.
        let state = ConflictState(mine: wizard.letter, theirs: wizard.prefilled(conflict.theirs), base: wizard.prefilled(wizard.saved))
        if state.fields.isEmpty && wizard.letter.status == conflict.theirs.status {
            _ = resolve(state, merged: state.merged(edition: wizard.edition), in: wizard)
            return
        }
        overlay = .conflict(state)
    }

    /// Continues from a resolved conflict: the merged letter on top of their revision, saved
    /// unless it is simply theirs. Returns whether the store holds the merged letter.
    mutating func resolve(_ conflict: ConflictState, merged: Letter, in state: WizardState) -> Bool {
        var wizard = state
        wizard.replaceLetter(merged, baseline: conflict.theirs)
        route = .wizard(wizard)
        if merged != conflict.theirs { return save() }
        forgetRecovery(merged.district.slug, merged.schoolYear)
        watched = context.service.stamp(of: conflict.theirs)
        status.show(conflict.fields.isEmpty ? "\(conflict.theirs.updatedBy) saved the same values meanwhile: nothing to merge."
                                            : "Took their version of every field.", kind: .info)
        return true
    }

    /// Moves the open letter to `target` (with its unsaved edits), as the status dialog asked.
    /// Returns an error to show in the dialog, or nil when the dialog can close.
    mutating func applyTransition(to target: LetterStatus, date: CalendarDate?, note: String?, party: Party?) -> String? {
        guard case .wizard(var wizard) = route else { return nil }
        // Without edits the stored letter moves: the prefilled KDE designee is the rules' to fill in.
        let edited = wizard.isDirty ? wizard.letter : wizard.saved
        do {
            switch try context.service.transition(edited, from: wizard.saved, to: target, date: date, note: note, party: party) {
            case .saved(let saved):
                wizard.replaceLetter(saved.letter, baseline: saved.letter)
                wizard.outsideNotice = nil
                route = .wizard(wizard)
                forgetRecovery(saved.letter.district.slug, saved.letter.schoolYear)
                recoveryWritten = wizard.letter
                watched = context.service.stamp(of: saved.letter)
                status.show("Status: \(target.label) (revision \(saved.letter.revision)).", kind: .success)
            case .conflict(let conflict):
                showConflict(conflict, in: wizard)
            case .unchanged, .confirmationNeeded:
                break  // a transition writes or throws
            }
            return nil
        } catch {
            return error.description.capitalizedFirst
        }
    }
}
