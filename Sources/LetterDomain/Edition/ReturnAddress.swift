/// Where a signed letter goes back to.
public struct ReturnAddress: Codable, Sendable, Equatable {
    public var name: String
    public var title: String
    /// Organisation, office and division lines.
    public var office: [String]
    /// Street and city lines; empty when the edition asks for email only.
    public var postalAddress: [String]
    public var email: String
    /// The block exactly as the form prints it, line by line (blank lines kept).
    public var text: [String]

    public init(name: String, title: String, office: [String], postalAddress: [String], email: String, text: [String]) {
        self.name = name
        self.title = title
        self.office = office
        self.postalAddress = postalAddress
        self.email = email
        self.text = text
    }
}
