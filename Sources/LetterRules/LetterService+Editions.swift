import LetterDomain
import LetterStore

extension LetterService {
    /// Moves a stored letter that was never approved or signed onto another edition
    /// (`EditionMove`): answers whose questions exist on both forms are kept, the rest is
    /// listed in the result and kept in full in the history.
    public func changeEdition(of slug: DistrictSlug, year: SchoolYear, to editionID: String) throws(RulesError) -> EditionChange {
        let current = try current(slug, year)
        let old = try edition(of: current)
        let new: Edition
        do { new = try editions.edition(id: editionID) } catch { throw .edition(error) }
        let moved: EditionMove.Result
        do { moved = try EditionMove.move(current, from: old, to: new, by: user, now: now()) } catch { throw .editionMove(error) }
        do {
            let stored = try store.save(moved.letter, by: user, now: now())
            return EditionChange(letter: stored, from: old.id, leftBehind: moved.leftBehind)
        } catch {
            throw .store(error)
        }
    }
}

/// A letter moved to another edition.
public struct EditionChange: Sendable {
    /// The letter as stored on its new edition.
    public var letter: Letter
    /// The edition it was on.
    public var from: String
    /// What the new form has no place for (kept in full in the letter's history).
    public var leftBehind: [EditionMove.LeftBehind]
}
