/// The network a letter joins, as its edition names it.
public struct Network: Codable, Sendable, Equatable {
    /// Full name, e.g. "Kentucky Innovative Learning Network".
    public var name: String
    /// Short form used in the text, e.g. "KY ILN" or "KYILN".
    public var abbreviation: String

    public init(name: String, abbreviation: String) {
        self.name = name
        self.abbreviation = abbreviation
    }
}
