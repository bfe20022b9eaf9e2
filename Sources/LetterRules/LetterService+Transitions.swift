import LetterDomain
import LetterStore

extension LetterService {
    /// Moves a letter along its workflow (`Workflow.transition`) and saves it, together with
    /// any edits `edited` holds over `baseline` (saved under the rules of `save`). A date left
    /// out is the one typed on the letter's signature line, else today.
    public func transition(_ edited: Letter, from baseline: Letter, to target: LetterStatus, date: CalendarDate? = nil,
                           note: String? = nil, party: Party? = nil) throws(RulesError) -> SaveOutcome {
        let current: Letter
        switch try stored(for: edited, from: baseline) {
        case .current(let letter): current = letter
        case .stale(let conflict): return .conflict(conflict)
        }
        var (letter, unstored) = rebase(edited, onto: current)
        // A typed date the rules refuse is never swapped for today behind the person's back.
        if !unstored.isEmpty { throw .unstored(unstored) }
        let changed = letter.differingFields(from: current)
        if !changed.isEmpty && current.status.locksContent { throw .locked(current.status, fields: changed) }
        let edition = try edition(of: current)
        do {
            letter = try Workflow.afterEdit(old: current, new: letter, by: user, now: now())
            letter = try Workflow.transition(letter, to: target, date: date, note: note, party: party, by: user,
                                             edition: edition, today: today(), now: now())
        } catch {
            throw .refused(error)
        }
        return try store(letter, unstored: &unstored, reopened: nil)
    }

    /// The same for a stored letter with no edits (the command line's `status`).
    public func transition(_ slug: DistrictSlug, year: SchoolYear, to target: LetterStatus, date: CalendarDate? = nil,
                           note: String? = nil, party: Party? = nil) throws(RulesError) -> SaveOutcome {
        let letter = try current(slug, year)
        return try transition(letter, from: letter, to: target, date: date, note: note, party: party)
    }
}
