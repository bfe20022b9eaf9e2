import LetterDomain
import TerminalUI

/// A signed letter is read-only in the wizard, signatures included: what the district signed
/// cannot change until the letter goes back to draft (the status key, F2 unless moved), which clears both signature dates.
/// Reading, moving, status, history and back work; every key that would edit says why at once.
extension WizardState {
    /// Whether the letter is read-only: signed, active, expired or terminated.
    public var isLocked: Bool { letter.status.locksContent }

    /// Why the letter is read-only and how to change it, for the header line and refused keys;
    /// nil while it can be edited. The status key is named as the keymap has it.
    public var lockReason: String? {
        guard isLocked else { return nil }
        let status = letter.status.label.capitalizedFirst
        guard letter.status.nextStatuses.contains(.draft) else {
            return "\(status): read-only. A\(letter.status == .expired ? "n" : "") \(letter.status.label) letter cannot change any more"
        }
        return "\(status): read-only. \(keymap.keyNames(for: .status)) → draft to change it (clears both signature dates)"
    }

    /// Says why a key that would edit the letter did nothing.
    mutating func refuseLockedEdit() {
        guard let lockReason else { return }
        notice = StatusMessage(lockReason, kind: .warning)
    }

    /// Whether `key` would change the letter through something other than a text editor (those
    /// are read-only themselves and report `refusedEdit`): a tick, a button, undo, redo, a paste.
    func wouldEditOutsideEditors(_ press: KeyPress) -> Bool {
        if press.is(.undo) || press.is(.redo) { return true }
        let key = press.key
        if case .paste = key { return true }
        switch focused {
        case .acknowledgements: return key == .space
        case .addContact, .removeContact, .addPoint, .removePoint: return key == .enter || key == .space
        case .field, .area, .reading, .findings: return false
        }
    }
}
