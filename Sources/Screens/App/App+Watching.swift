import LetterDomain
import LetterRules
import LetterStore
import TerminalUI
import FoundationEssentials

/// The open letter is watched: within a second of someone saving it, a district reviewing
/// it or a command deleting it, the wizard says so. Without unsaved edits it shows the new
/// state at once; with them it keeps every typed character and the next save asks or merges.
extension App {
    /// How often the store is looked at (two `lstat` calls) while a letter is open.
    static let watchInterval: Double = 1

    mutating func watchOpenLetter() {
        guard case .wizard(var wizard) = route, context.now().timeIntervalSince(lastWatch) >= Self.watchInterval else { return }
        lastWatch = context.now()
        let stamp = context.service.stamp(of: wizard.saved)
        guard stamp != watched else { return }
        watched = stamp
        guard let change = context.service.outsideChange(since: wizard.saved) else { return }
        let notice = Self.describe(change, now: context.now())
        if !wizard.isDirty, change != .deleted, let current = try? context.service.open(wizard.saved.district.slug, year: wizard.saved.schoolYear).letter {
            // Nothing typed to keep: show the letter as it is now.
            wizard.replaceLetter(current, baseline: current)
            wizard.outsideNotice = nil
            route = .wizard(wizard)
            status.show(notice + ". The letter shows it now.", kind: .warning, ticks: nil)
            return
        }
        wizard.outsideNotice = change == .deleted ? "deleted in the store" : "changed in the store"
        route = .wizard(wizard)
        let next = change == .deleted ? " \(keymap.spoken(.save)) cannot save it; kyiln delete --restore brings it back."
                                      : " Your edits are kept; saving will show what differs."
        status.show(notice + "." + next, kind: .warning, ticks: nil)
    }

    /// "Dana Reviewer (SHA256:…) approved revision 4 at 3:42 PM".
    static func describe(_ change: OutsideChange, now: Date) -> String {
        switch change {
        case .saved(let by, let at, let revision, let status, let decision):
            let saved = "\(by) saved revision \(revision) (\(status.label)) at \(LocalTime.format(at, relativeTo: now))"
            return decision.map { saved + "; then " + describe($0, now: now) } ?? saved
        case .decided(let decision):
            return describe(decision, now: now)
        case .deleted:
            return "This letter was deleted from the store"
        }
    }

    static func describe(_ decision: DistrictDecision, now: Date) -> String {
        let verb = decision.status == .approved ? "approved" : "asked for changes to"
        let when = decision.at.map { " on \(LocalTime.format($0, relativeTo: now))" } ?? ""
        return "\(decision.by) \(verb) revision \(decision.revision)\(when)"
    }
}
