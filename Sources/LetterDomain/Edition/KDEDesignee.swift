/// The person who countersigns for KDE, when the edition prints one.
public struct KDEDesignee: Codable, Sendable, Equatable {
    public var name: String?
    public var title: String?

    public init(name: String? = nil, title: String? = nil) {
        self.name = name
        self.title = title
    }
}
