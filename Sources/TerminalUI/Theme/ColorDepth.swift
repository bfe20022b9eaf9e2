/// How many colours the terminal offers.
public enum ColorDepth: Sendable, Equatable {
    /// No colour (or `NO_COLOR` is set): attributes only.
    case none
    /// 8 (or 16) colours: palette indexes fall back to basic colours.
    case basic8
    /// 256 colours or more.
    case indexed256

    /// The depth for ncurses's `has_colors()` and `COLORS`.
    public init(hasColors: Bool, colors: Int) {
        if !hasColors || colors < 8 {
            self = .none
        } else if colors >= 256 {
            self = .indexed256
        } else {
            self = .basic8
        }
    }
}
