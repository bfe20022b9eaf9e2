/// How one role looks: colours, 8-colour fallbacks and attributes.
public struct RoleStyle: Equatable, Hashable, Sendable {
    /// Foreground colour.
    public var foreground: ThemeColor
    /// Background colour.
    public var background: ThemeColor
    /// Foreground on 8-colour terminals; nil derives it from `foreground`.
    public var foreground8: ThemeColor?
    /// Background on 8-colour terminals; nil derives it from `background`.
    public var background8: ThemeColor?
    /// Bold, underline, reverse, dim.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                foreground8: ThemeColor? = nil, background8: ThemeColor? = nil,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.foreground8 = foreground8
        self.background8 = background8
        self.attributes = attributes
    }

    /// Shorthand for the built-in themes.
    static func style(_ fg: ThemeColor = .terminalDefault, _ bg: ThemeColor = .terminalDefault,
                      fg8: ThemeColor? = nil, bg8: ThemeColor? = nil, _ attributes: TextAttributes = []) -> RoleStyle {
        RoleStyle(foreground: fg, background: bg, foreground8: fg8, background8: bg8, attributes: attributes)
    }

    /// The (foreground, background) ncurses colour numbers for `depth`; -1 is the terminal default.
    public func colorNumbers(for depth: ColorDepth) -> (foreground: Int, background: Int) {
        switch depth {
        case .none:
            return (-1, -1)
        case .basic8:
            return ((foreground8 ?? foreground).colorNumber(for: .basic8),
                    (background8 ?? background).colorNumber(for: .basic8))
        case .indexed256:
            return (foreground.colorNumber(for: .indexed256), background.colorNumber(for: .indexed256))
        }
    }
}
