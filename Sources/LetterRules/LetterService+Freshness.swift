import LetterDomain
import LetterStore
import FoundationEssentials

extension LetterService {
    /// The stamp of a letter's file and reviews: cheap to take every second, it moves when
    /// someone saves the letter or a district reviews it.
    public func stamp(of letter: Letter) -> LetterStamp {
        store.stamp(letter.district.slug, letter.schoolYear)
    }

    /// What changed in the store since `baseline` was read, or nil when nothing did.
    public func outsideChange(since baseline: Letter) -> OutsideChange? {
        let slug = baseline.district.slug, year = baseline.schoolYear
        guard store.exists(slug, year: year) else { return .deleted }
        // A signature written over SSH counts too: applied (and stored) as when the letter is opened.
        guard let current = (try? store.reviewedLetter(slug, year: year).letter).map(withSignatures) else { return nil }
        if current.revision != baseline.revision {
            // A district may also have decided on the new revision since: both are said.
            let decided = current.history.last.map { $0.action == .reviewed && $0.toStatus == current.status } ?? false
            return .saved(by: current.updatedBy, at: current.updatedAt, revision: current.revision,
                          status: decided ? current.history.last?.fromStatus ?? current.status : current.status,
                          decision: decided ? .of(current) : nil)
        }
        if current.status != baseline.status, current.status == .approved || current.status == .changesRequested {
            return .decided(.of(current))
        }
        return nil
    }
}

/// A change made to a letter while it was open somewhere else.
public enum OutsideChange: Sendable, Equatable {
    /// Someone (another session, a command) saved it, at `status`; a district may have decided
    /// on that revision since (`decision`).
    case saved(by: String, at: Date, revision: Int, status: LetterStatus, decision: DistrictDecision?)
    /// The district approved it or asked for changes.
    case decided(DistrictDecision)
    /// It was deleted.
    case deleted
}
