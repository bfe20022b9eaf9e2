import FoundationEssentials

/// A past year's letter brought in from the archive as what it was: signed, active
/// (countersigned) or expired, on the signature dates the file itself holds. No review is
/// invented: the history says the letter was imported from the file and recorded in that
/// status as the file shows it.
public enum ArchiveRecord {
    /// The statuses an archived letter can be recorded in.
    public static let statuses: [LetterStatus] = [.signed, .active, .expired]

    /// The imported draft `letter` recorded as `status`. Refused (with the reason) when the
    /// file did not hold the signature dates that status needs, KDE's date is before the
    /// district's, a date is after today, or an expired letter's period is not over.
    public static func record(_ letter: Letter, as status: LetterStatus, source: String, edition: Edition,
                              by user: String, today: CalendarDate, now: Date) throws(TransitionError) -> Letter {
        guard statuses.contains(status) else { throw .notAnEdge(from: .draft, to: status) }
        guard let districtDate = letter.signatures.district.date else {
            throw .missing(to: status, what: "the district's signature date was not found in \(source), so it cannot be recorded as \(status.label); import it as a draft")
        }
        if districtDate > today { throw .dateInFuture(to: status, date: districtDate, today: today) }
        var next = letter
        var note = "as recorded in \(source): the district signed on \(districtDate)"
        if status != .signed {
            guard let kdeDate = letter.signatures.kde.date else {
                throw .missing(to: status, what: "KDE's signature date was not found in \(source), so it cannot be recorded as \(status.label); use --as signed")
            }
            if kdeDate > today { throw .dateInFuture(to: status, date: kdeDate, today: today) }
            guard kdeDate >= districtDate else { throw .countersignBeforeDistrict(district: districtDate, kde: kdeDate) }
            note += ", KDE on \(kdeDate)"
        }
        if status == .expired {
            guard let signedOn = letter.signatures.completedOn else { throw .unsigned }
            let period = EffectivePeriod.compute(rule: edition.effectivePeriod, letterYear: letter.schoolYear, signedOn: signedOn)
            guard let through = period.through else { throw .neverExpires(editionID: edition.id) }
            guard today > through else { throw .stillInForce(through: through, today: today) }
        }
        next.status = status
        next.history.append(HistoryEntry(at: now, by: user, action: .transition, fromStatus: .draft, toStatus: status, note: note))
        return next
    }
}
