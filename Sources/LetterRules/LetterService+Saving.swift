import LetterDomain
import LetterStore

extension LetterService {
    /// Saves the edits made to `baseline` (the letter as it was read) that `edited` holds.
    ///
    /// The rules, in order:
    /// - someone saved the letter since `baseline` was read: `.conflict`, nothing written;
    /// - a district decision that arrived meanwhile (a review) is kept, not overwritten;
    /// - a signature date after today is not stored: the stored value stays and the outcome
    ///   says so by name (`UnstoredValue`), and everything else is saved;
    /// - nothing differs from the stored letter: `.unchanged`, nothing written;
    /// - a signed, countersigned or ended letter refuses every change (`RulesError.locked`);
    /// - a content change to an approved letter sends it back to review, which undoes the
    ///   district's approval: without `confirmingReopen` the outcome asks first.
    public func save(_ edited: Letter, from baseline: Letter, confirmingReopen: Bool = false) throws(RulesError) -> SaveOutcome {
        let current: Letter
        switch try stored(for: edited, from: baseline) {
        case .current(let letter): current = letter
        case .stale(let conflict): return .conflict(conflict)
        }
        var (rebased, unstored) = rebase(edited, onto: current)
        let changed = rebased.differingFields(from: current)
        if changed.isEmpty { return .unchanged(unstored: unstored) }
        if current.status.locksContent { throw .locked(current.status, fields: changed) }
        let reopens = current.status == .approved && !Workflow.contentFields(changed).isEmpty
        if reopens && !confirmingReopen { return .confirmationNeeded(.of(current)) }
        do { rebased = try Workflow.afterEdit(old: current, new: rebased, by: user, now: now()) } catch { throw .refused(error) }
        return try store(rebased, unstored: &unstored, reopened: reopens ? .of(current) : nil)
    }

    /// The letter as stored now, unless someone saved it since `baseline` was read.
    enum Stored {
        case current(Letter)
        case stale(SaveConflict)
    }

    func stored(for edited: Letter, from baseline: Letter) throws(RulesError) -> Stored {
        let slug = baseline.district.slug, year = baseline.schoolYear
        let current = try current(slug, year)
        guard current.revision == baseline.revision else {
            return .stale(SaveConflict(path: store.letterPath(slug, year), yourRevision: baseline.revision, theirs: current,
                                       differingFields: edited.differingFields(from: current)))
        }
        return .current(current)
    }

    /// `edited`'s fields on top of the letter as stored now (status, history, edition and
    /// revision are the store's: only transitions and reviews change those), less the values
    /// the rules do not store, which keep their stored value and are listed.
    func rebase(_ edited: Letter, onto current: Letter) -> (Letter, [UnstoredValue]) {
        var rebased = edited.keepingFields(onRecordOf: current)
        var unstored: [UnstoredValue] = []
        let today = today()
        for path in [FieldPath.districtSignatureDate, .kdeSignatureDate] where rebased.value(at: path) != current.value(at: path) {
            let typed = path == .districtSignatureDate ? rebased.signatures.district.date : rebased.signatures.kde.date
            guard let typed, typed > today else { continue }
            unstored.append(UnstoredValue(field: path, typed: typed.description,
                                          reason: "\(typed) is after today"))
            if path == .districtSignatureDate { rebased.signatures.district.date = current.signatures.district.date }
            else { rebased.signatures.kde.date = current.signatures.kde.date }
        }
        return (rebased, unstored)
    }

    /// Writes a checked letter through the store's revision check.
    func store(_ letter: Letter, unstored: inout [UnstoredValue], reopened: DistrictDecision?) throws(RulesError) -> SaveOutcome {
        do {
            let stored = try store.save(letter, by: user, now: now())
            return .saved(SavedLetter(letter: stored, unstored: unstored, reopened: reopened))
        } catch {
            if case .conflict(let conflict) = error { return .conflict(conflict) }
            throw .store(error)
        }
    }

    /// Sets one field of a stored letter from text (the command line's `set`), under the same
    /// rules as a save. A value the rules do not store is refused as a whole (`.unstored`).
    public func set(_ path: FieldPath, to text: String, of slug: DistrictSlug, year: SchoolYear) throws(RulesError) -> SaveOutcome {
        let opened = try open(slug, year: year)
        var edited = opened.letter
        do { try edited.set(path, to: text, edition: opened.edition) } catch { throw .field(error) }
        // A script said what it wants: it sees the reopened review in the outcome instead of a question.
        let outcome = try save(edited, from: opened.letter, confirmingReopen: true)
        switch outcome {
        case .saved(let saved) where !saved.unstored.isEmpty: throw .unstored(saved.unstored)
        case .unchanged(let unstored) where !unstored.isEmpty: throw .unstored(unstored)
        default: return outcome
        }
    }
}
