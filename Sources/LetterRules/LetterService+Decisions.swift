import LetterDomain
import LetterStore

/// Decisions that reached KDE another way than the SSH review.
extension LetterService {
    /// Records that the district approved or asked for changes by e-mail, phone or on paper.
    /// It counts like a review: only a letter in review takes it (as the district's reviews
    /// leave it: one a district already decided over SSH is not in review), asking for
    /// changes needs a note, and the day is not after today. The letter moves to approved or
    /// changes requested, with a history entry by the KDE user that says how it came.
    public func recordDecision(_ recorded: RecordedDecision, of slug: DistrictSlug, year: SchoolYear) throws(RulesError) -> Letter {
        let letter = try current(slug, year)
        guard letter.status == .inReview else { throw .decision(.notInReview(letter.status)) }
        var decision = recorded
        decision.person = recorded.person.trimmed
        guard !decision.person.isEmpty else { throw .decision(.noPerson) }
        if decision.decision == .requestChanges && decision.note.trimmed.isEmpty { throw .decision(.noNote) }
        let today = today()
        if decision.date > today { throw .decision(.dateInFuture(decision.date, today: today)) }
        var decided = letter
        decided.status = decision.decision.status
        decided.history.append(HistoryEntry(at: now(), by: user, action: .reviewed, fromStatus: .inReview, toStatus: decided.status,
                                            note: decision.historyNote(recordedBy: user), recorded: decision))
        do { return try store.save(decided, by: user, now: now()) } catch { throw .store(error) }
    }
}
