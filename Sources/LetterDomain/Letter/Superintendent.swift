/// The district's superintendent.
public struct Superintendent: Codable, Sendable, Equatable {
    public var name: String
    public var email: String

    public init(name: String = "", email: String = "") {
        self.name = name
        self.email = email
    }
}
