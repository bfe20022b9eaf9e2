import LetterDomain
import LetterRules

extension App {
    /// Countersigns the open letter for KDE in kyiln (the status dialog's move to active with a
    /// name and the words of intent typed). Returns an error to show in the dialog, or nil.
    /// Unsaved edits are not countersigned: a signed letter has none to save.
    mutating func applyCountersign(name: String, words: String) -> String? {
        guard case .wizard(var wizard) = route else { return nil }
        let letter = wizard.saved
        do {
            switch try context.service.countersign(letter.district.slug, year: letter.schoolYear, name: name, confirmation: words) {
            case .saved(let saved):
                wizard.replaceLetter(saved.letter, baseline: saved.letter)
                wizard.outsideNotice = nil
                route = .wizard(wizard)
                context.store.removeRecovery(saved.letter.district.slug, saved.letter.schoolYear)
                recoveryWritten = wizard.letter
                watched = context.service.stamp(of: saved.letter)
                status.show("Countersigned by \(name.trimmed): active (revision \(saved.letter.revision)).", kind: .success)
            case .conflict(let conflict):
                showConflict(conflict, in: wizard)
            case .unchanged, .confirmationNeeded:
                break  // a countersignature writes or throws
            }
            return nil
        } catch {
            return error.description.capitalizedFirst
        }
    }
}
