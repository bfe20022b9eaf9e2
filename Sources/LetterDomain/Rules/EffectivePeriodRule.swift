/// How an edition decides when a signed letter is in force.
public enum EffectivePeriodRule: String, Codable, Sendable, CaseIterable {
    /// 2019-2020: signed June 1 to December 31, the current school year; signed
    /// January 1 to May 31, the current and the next school year.
    case signingDateWindow = "signing-date-window"
    /// 2022-2023: the letter's school year.
    case schoolYear = "school-year"
    /// 2015-2016: from the date of signature on, with no end.
    case fromSignature = "from-signature"

    /// The rule in words, for the wizard and for `kyiln editions`.
    public var summary: String {
        switch self {
        case .signingDateWindow:
            "signed June 1 to December 31: the current school year; January 1 to May 31: the current and the next school year"
        case .schoolYear: "the letter's school year"
        case .fromSignature: "from the date of signature on"
        }
    }
}
