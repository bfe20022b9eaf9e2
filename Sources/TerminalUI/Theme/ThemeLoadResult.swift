/// The theme to use, plus any warning to show the user (never a crash for a bad theme).
public struct ThemeLoadResult: Equatable, Sendable {
    /// The theme to apply: the requested one, or the built-in default when it could not be used.
    public var theme: Theme
    /// Where the theme came from; nil for a built-in theme.
    public var path: String?
    /// Human-readable problems, e.g. "Theme file …: unknown role "txt" … Using the built-in default theme."
    public var warnings: [String]

    /// Creates a result.
    public init(theme: Theme, path: String?, warnings: [String]) {
        self.theme = theme
        self.path = path
        self.warnings = warnings
    }
}
