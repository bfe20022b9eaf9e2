/// How a letter ended early: the agreement lets either party end it by written notice.
public struct Termination: Codable, Sendable, Equatable {
    /// The date of the written notice.
    public var date: CalendarDate
    /// The party that gave written notice.
    public var party: Party
    /// Why, in the words of whoever recorded it.
    public var reason: String

    public init(date: CalendarDate, party: Party, reason: String) {
        self.date = date
        self.party = party
        self.reason = reason
    }
}
