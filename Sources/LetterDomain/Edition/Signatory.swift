/// The two parties that sign a letter.
public enum Party: String, Codable, Sendable, CaseIterable {
    /// The district superintendent or designee.
    case district
    /// The KDE designee, who countersigns.
    case kde
}

/// One signature line of the form, in the order the form prints them.
public struct Signatory: Codable, Sendable, Equatable {
    public var party: Party
    /// The caption under the signature line, word for word.
    public var label: String
    /// The caption under the date line ("Date:" or "Date").
    public var dateLabel: String

    public init(party: Party, label: String, dateLabel: String) {
        self.party = party
        self.label = label
        self.dateLabel = dateLabel
    }
}
