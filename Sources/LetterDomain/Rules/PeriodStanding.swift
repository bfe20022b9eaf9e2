/// Where a letter's effective period stands, given its status: the one place that decides
/// whether a period is printed as agreed, as what it would be, as over or as ended.
///
/// A period is only ever shown as in force for an `active` letter. Before both parties
/// have signed it is what the period *would* be (from the dates written so far); an
/// expired letter shows the period it was in force; a terminated one shows that it ended.
public enum PeriodStanding: Equatable, Sendable {
    /// No signature date yet, so no period to speak of.
    case none
    /// Not yet signed by both parties: the period the dates so far would give, and the one
    /// date it is counted from when only one party has dated its signature.
    case prospective(EffectivePeriod, onlyDate: CalendarDate?)
    /// `active`: the agreement is in force for this period.
    case inForce(EffectivePeriod)
    /// `expired`: the period it was in force, now over.
    case over(EffectivePeriod)
    /// Terminated after it took effect: the period it had, and the notice that ended it.
    case endedEarly(EffectivePeriod, Termination?)
    /// Terminated before it ever took effect.
    case neverInForce(Termination?)

    /// The standing of `letter` under an edition's rule.
    public static func of(_ letter: Letter, rule: EffectivePeriodRule) -> PeriodStanding {
        let signatures = letter.signatures
        let period = signatures.completedOn.map {
            EffectivePeriod.compute(rule: rule, letterYear: letter.schoolYear, signedOn: $0)
        }
        switch letter.status {
        case .draft, .inReview, .approved, .changesRequested, .signed:
            guard let period else { return .none }
            let both = signatures.district.date != nil && signatures.kde.date != nil
            return .prospective(period, onlyDate: both ? nil : signatures.completedOn)
        case .active:
            return period.map(PeriodStanding.inForce) ?? .none
        case .expired:
            return period.map(PeriodStanding.over) ?? .none
        case .terminated:
            // In force only once both parties had signed, and only if notice came after it began.
            let bothSigned = signatures.district.date != nil && signatures.kde.date != nil
            guard let period, bothSigned, letter.termination.map({ $0.date >= period.from }) ?? true else {
                return .neverInForce(letter.termination)
            }
            return .endedEarly(period, letter.termination)
        }
    }

    /// The line the printed letter carries below the signatures; nil when there is nothing to say.
    public var note: String? {
        switch self {
        case .none: return nil
        case .prospective(let period, nil): return "Effective period (once both parties have signed): \(period)"
        case .prospective(let period, let date?):
            // The period starts on the later signature: with one date, it is only what that date gives.
            return "Effective period (once both parties have signed; counted from the only signature date so far, \(date.longForm)): \(period)"
        case .inForce(let period): return "Effective period: \(period)"
        case .over(let period): return "Effective period (over; the letter has expired): \(period)"
        case .endedEarly(let period, let termination):
            let ended = termination.map { "ended early on \($0.date.longForm) by written notice from \($0.party.inSentence)" } ?? "ended early"
            return "Effective period: \(period); \(ended) (terminated)"
        case .neverInForce(let termination):
            let when = termination.map { " on \($0.date.longForm) by written notice from \($0.party.inSentence)" } ?? ""
            return "Never in force: terminated\(when)."
        }
    }

    /// The CSV cell: the period only where the letter is or was in force, ISO dates.
    ///
    /// Empty for a letter not (yet) in force: a row must not read as agreed. An expired
    /// letter shows the period it was in force (its status column says it is over); a
    /// terminated one shows when it ended ("2022-08-20 to 2022-10-01 (terminated)", or
    /// "terminated 2022-08-01, never in force").
    public var cell: String {
        switch self {
        case .none, .prospective: return ""
        case .inForce(let period), .over(let period):
            return period.through.map { "\(period.from) to \($0)" } ?? "from \(period.from) (no set end)"
        case .endedEarly(let period, let termination):
            return termination.map { "\(period.from) to \($0.date) (terminated)" } ?? "from \(period.from), terminated"
        case .neverInForce(let termination):
            return (termination.map { "terminated \($0.date)" } ?? "terminated") + ", never in force"
        }
    }
}

extension Party {
    /// "the district" or "KDE", as the letter names the party in a sentence.
    var inSentence: String {
        switch self {
        case .district: "the district"
        case .kde: "KDE"
        }
    }
}
