/// One place `ThemeLoader` looks for `<name>.json`, and why it is on the list.
public struct ThemeSearchDirectory: Equatable, Sendable {
    /// Where the directory came from, in search order.
    public enum Origin: String, Sendable, Equatable {
        /// `$KYILN_THEMES_DIR`.
        case environment = "KYILN_THEMES_DIR"
        /// `<store>/themes`, beside the letter store.
        case store = "store"
        /// `$XDG_DATA_HOME/kyiln/themes` (default `~/.local/share/kyiln/themes`).
        case userData = "user data"
        /// `<executable dir>/../share/kyiln/themes`, for installed copies.
        case installed = "installed"
        /// The source tree's `Themes/` folder, found from the executable's real path.
        case package = "package"
    }

    /// Absolute or relative directory path.
    public var path: String
    /// Why it is searched.
    public var origin: Origin

    /// Creates a search directory.
    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }
}
