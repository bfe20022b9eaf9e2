/// A theme file found by `ThemeLoader.list()`.
public struct ThemeListing: Equatable, Sendable {
    /// Theme name (file name without `.json`).
    public var name: String
    /// Full path of the file.
    public var path: String
    /// The search directory it was found in.
    public var origin: ThemeSearchDirectory.Origin
    /// True when a file of the same name earlier in the search order wins over this one.
    public var isShadowed: Bool

    /// Creates a listing.
    public init(name: String, path: String, origin: ThemeSearchDirectory.Origin, isShadowed: Bool) {
        self.name = name
        self.path = path
        self.origin = origin
        self.isShadowed = isShadowed
    }
}
