import FoundationEssentials

/// The rules of a letter's yearly life:
/// `draft → in-review → approved | changes-requested → signed → active → expired | terminated`.
///
/// Pure functions: they take a letter and return the changed letter with a history
/// entry, or throw a `TransitionError` saying why not. Saving is the caller's job, so
/// the command line and the wizard apply exactly the same rules.
public enum Workflow {
    /// Moves a letter to `target`, checking the edge and what the target needs.
    ///
    /// - `signed` sets the district's signature date (`date`, default `today`) and needs
    ///   a letter without error findings, signatory name and title included.
    /// - `active` (countersigned) sets KDE's date (default `today`), never before the
    ///   district's, and fills KDE's name from the edition's designee when empty.
    /// - `expired` only once the effective period is over on `today`.
    /// - `terminated` needs the notice date, a reason (`note`) and the `party` that gave notice.
    /// - `draft` from a signed or countersigned letter needs a reason and clears both dates.
    /// - `approved` and `changes-requested` come only from `apply(review:to:)`.
    public static func transition(
        _ letter: Letter, to target: LetterStatus, date: CalendarDate? = nil, note: String? = nil, party: Party? = nil,
        by user: String, edition: Edition, today: CalendarDate, now: Date = Date()
    ) throws(TransitionError) -> Letter {
        let from = letter.status
        if from == target { throw .alreadyThere(target) }
        guard from.nextStatuses.contains(target) else { throw .notAnEdge(from: from, to: target) }
        if target == .approved || target == .changesRequested { throw .decidedByDistrict(target) }
        let note = note.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if let date {
            guard [.signed, .active, .terminated].contains(target) else { throw .dateNotUsed(target) }
            // Signatures and notices record what happened; a date ahead of today is a typo.
            if date > today { throw .dateInFuture(to: target, date: date, today: today) }
        }
        var next = letter
        next.status = target
        switch target {
        case .inReview:
            if (from == .approved || from == .changesRequested) && !changedSinceDecision(letter) {
                throw .unchangedSinceDecision(from)
            }
        case .draft:
            if from.locksContent {
                // Reopening a signed letter voids the signatures: what they signed is about to change.
                guard note != nil else { throw .missing(to: .draft, what: "say why with a note (--note); both signature dates will be cleared") }
                voidSignatures(&next)
            }
        case .signed:
            // A date someone typed on the signature line is what they signed on: never replaced by today.
            let signedOn = date ?? letter.signatures.district.date ?? today
            if signedOn > today { throw .dateInFuture(to: target, date: signedOn, today: today) }
            next.signatures.district.date = signedOn
            let errors = errorFindings(next, edition)
            if !errors.isEmpty { throw .findingsRemain(to: .signed, findings: errors) }
        case .active:
            let kdeDate = date ?? letter.signatures.kde.date ?? today
            if kdeDate > today { throw .dateInFuture(to: target, date: kdeDate, today: today) }
            guard let districtDate = letter.signatures.district.date, kdeDate >= districtDate else {
                throw .countersignBeforeDistrict(district: letter.signatures.district.date, kde: kdeDate)
            }
            if next.signatures.kde.name.trimmed.isEmpty {
                guard let designee = edition.kdeDesignee.name, !designee.trimmed.isEmpty else { throw .missingKDEName }
                next.signatures.kde.name = designee
            }
            next.signatures.kde.date = kdeDate
            let errors = errorFindings(next, edition)
            if !errors.isEmpty { throw .findingsRemain(to: .active, findings: errors) }
        case .expired:
            guard let signedOn = letter.signatures.completedOn else { throw .unsigned }
            let period = EffectivePeriod.compute(rule: edition.effectivePeriod, letterYear: letter.schoolYear, signedOn: signedOn)
            guard let through = period.through else { throw .neverExpires(editionID: edition.id) }
            guard today > through else { throw .stillInForce(through: through, today: today) }
        case .terminated:
            guard let date else { throw .missing(to: .terminated, what: "give the date of the written notice (--date)") }
            guard let note else { throw .missing(to: .terminated, what: "give the reason for ending it (--note)") }
            guard let party else { throw .missing(to: .terminated, what: "say which party gave written notice (--party district or kde)") }
            next.termination = Termination(date: date, party: party, reason: note)
        case .approved, .changesRequested:
            break // refused above
        }
        next.history.append(HistoryEntry(at: now, by: user, action: .transition, fromStatus: from, toStatus: target,
                                         changes: FieldChange.between(letter, next), note: note))
        return next
    }

    /// Records a district's review: accepted only while the letter is in review and
    /// the reviewer read the revision that is current now.
    public static func apply(review: Review, to letter: Letter) throws(TransitionError) -> Letter {
        guard review.slug == letter.district.slug, review.schoolYear == letter.schoolYear else {
            throw .reviewDoesNotMatch("it is for \(review.slug) \(review.schoolYear), not \(letter.district.slug) \(letter.schoolYear)")
        }
        guard letter.status == .inReview else {
            throw .reviewDoesNotMatch("the letter is \(letter.status.label), not in review")
        }
        guard review.revision == letter.revision else {
            throw .reviewDoesNotMatch("the reviewer read revision \(review.revision), but the letter is at revision \(letter.revision): it changed since")
        }
        guard !review.reviewerName.trimmed.isEmpty else {
            throw .reviewDoesNotMatch("the reviewer did not type a name to confirm")
        }
        let comment = review.comment.trimmed
        if review.decision == .requestChanges && comment.isEmpty {
            throw .missing(to: .changesRequested, what: "a request for changes must say what to change")
        }
        var next = letter
        next.status = review.decision.status
        let who = review.fingerprint.isEmpty ? review.reviewerName : "\(review.reviewerName) (\(review.fingerprint))"
        next.history.append(HistoryEntry(at: review.at, by: who, action: .reviewed, fromStatus: letter.status,
                                         toStatus: next.status, note: comment.isEmpty ? nil : comment))
        return next
    }

    /// Checks an edit of `old` into `new` before it is saved.
    ///
    /// A content change to an approved letter sends it back to review (the district
    /// approved other words). A signed, countersigned or ended letter cannot change at all,
    /// signatures included, until it goes back to draft: its signature lines are part of the
    /// signed record, and only a transition (countersigning) adds to them. Before signing,
    /// signature fields are not content: filling them is how a letter gets ready to sign.
    public static func afterEdit(old: Letter, new: Letter, by user: String, now: Date = Date()) throws(TransitionError) -> Letter {
        if old.status.locksContent {
            let changed = new.differingFields(from: old)
            if !changed.isEmpty { throw .contentLocked(status: old.status, fields: changed.map(\.description)) }
            return new
        }
        let fields = contentFields(new.differingFields(from: old))
        if fields.isEmpty { return new }
        guard old.status == .approved else { return new }
        var next = new
        next.status = .inReview
        let listed = fields.prefix(3).map(\.description).joined(separator: ", ") + (fields.count > 3 ? " and \(fields.count - 3) more" : "")
        next.history.append(HistoryEntry(at: now, by: user, action: .transition, fromStatus: .approved, toStatus: .inReview,
                                         note: "changed after approval (\(listed)); the district must review it again"))
        return next
    }

    /// The fields whose change alters what the district reviews and signs.
    public static func contentFields(_ fields: [FieldPath]) -> [FieldPath] {
        fields.filter {
            switch $0 {
            case .districtSignatureName, .districtSignatureTitle, .districtSignatureDate, .kdeSignatureName, .kdeSignatureDate: false
            default: true
            }
        }
    }

    /// Whether a content field was saved since the letter entered its current status.
    /// A letter with no record of that decision (older files) is given the benefit of the doubt.
    static func changedSinceDecision(_ letter: Letter) -> Bool {
        guard let decided = letter.history.lastIndex(where: { $0.toStatus == letter.status }) else { return true }
        return letter.history[(decided + 1)...].contains { entry in
            entry.action == .saved && entry.changes.contains { !$0.field.hasPrefix("signatures.") }
        }
    }

    /// Clears both signature dates and records: the history keeps who signed what and when.
    private static func voidSignatures(_ letter: inout Letter) {
        letter.signatures.district.date = nil
        letter.signatures.kde.date = nil
        letter.signatures.district.record = nil
        letter.signatures.kde.record = nil
    }

    private static func errorFindings(_ letter: Letter, _ edition: Edition) -> [Finding] {
        Validator(edition: edition).findings(for: letter).filter { $0.severity == .error }
    }
}
