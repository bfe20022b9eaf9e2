/// When a signed letter is in force.
public struct EffectivePeriod: Equatable, Sendable, CustomStringConvertible {
    /// First day in force.
    public var from: CalendarDate
    /// Last day in force; nil when the period has no end (2015-2016 rule).
    public var through: CalendarDate?
    /// The school years covered; empty when open-ended.
    public var schoolYears: [SchoolYear]

    public init(from: CalendarDate, through: CalendarDate?, schoolYears: [SchoolYear]) {
        self.from = from
        self.through = through
        self.schoolYears = schoolYears
    }

    /// Applies an edition's rule to a letter of `letterYear` signed on `signedOn`.
    ///
    /// School years turn on June 1, the boundary the 2019 form itself uses.
    public static func compute(rule: EffectivePeriodRule, letterYear: SchoolYear, signedOn: CalendarDate) -> EffectivePeriod {
        let years: [SchoolYear]
        switch rule {
        case .fromSignature:
            return EffectivePeriod(from: signedOn, through: nil, schoolYears: [])
        case .schoolYear:
            years = [letterYear]
        case .signingDateWindow:
            let current = SchoolYear(containing: signedOn)
            // June 1 to December 31: the current year; January 1 to May 31: this and the next.
            years = signedOn.month >= 6 ? [current] : [current, current.next]
        }
        return EffectivePeriod(from: max(signedOn, years[0].firstDay), through: years[years.count - 1].lastDay, schoolYears: years)
    }

    /// Whether the period covers `date`.
    public func contains(_ date: CalendarDate) -> Bool {
        date >= from && (through.map { date <= $0 } ?? true)
    }

    /// "the 2022-2023 school year (June 1, 2022 to May 31, 2023)".
    public var description: String {
        let range = "\(from.longForm) to \(through?.longForm ?? "no set end")"
        switch schoolYears.count {
        case 0: return "from \(from.longForm), with no set end"
        case 1: return "the \(schoolYears[0]) school year (\(range))"
        default: return "the \(schoolYears.map(\.description).joined(separator: " and ")) school years (\(range))"
        }
    }
}

extension CalendarDate {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// "June 1, 2022".
    public var longForm: String { "\(CalendarDate.monthNames[month - 1]) \(day), \(year)" }
}
