/// A point of contact for the network in the district.
public struct Contact: Codable, Sendable, Equatable {
    public var name: String
    public var title: String
    public var email: String

    public init(name: String = "", title: String = "", email: String = "") {
        self.name = name
        self.title = title
        self.email = email
    }

    /// True when nothing has been typed in any of the three fields.
    public var isEmpty: Bool { name.trimmed.isEmpty && title.trimmed.isEmpty && email.trimmed.isEmpty }
}
