/// A colour in a theme: the terminal's own default, one of the 8 basic colours, or a 256-colour index.
public enum ThemeColor: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The terminal's default foreground or background (`"default"`).
    case terminalDefault
    /// One of the 8 basic colours (`"red"`).
    case basic(BasicColor)
    /// A 256-colour palette index (`208`).
    case indexed(Int)

    /// Parses a theme-file value: a colour name, `"default"`, or an integer 0–255; nil for anything else.
    public init?(name: String) {
        if name == "default" {
            self = .terminalDefault
        } else if let basic = BasicColor(name: name) {
            self = .basic(basic)
        } else {
            return nil
        }
    }

    /// Parses an index 0–255; nil outside that range.
    public init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self = .indexed(index)
    }

    /// How it is written in a theme file (a JSON fragment).
    public var description: String {
        switch self {
        case .terminalDefault: return "\"default\""
        case .basic(let color): return "\"\(color.name)\""
        case .indexed(let index): return String(index)
        }
    }

    /// The nearest colour an 8-colour terminal can show: basic colours and the default stay,
    /// palette indexes map to the basic colour with the same bright channels.
    public var eightColorFallback: ThemeColor {
        guard case .indexed(let index) = self else { return self }
        switch index {
        case 0...7:
            return .basic(BasicColor(rawValue: index)!)
        case 8...15:
            return .basic(BasicColor(rawValue: index - 8)!)
        case 16...231:
            // 6x6x6 cube: a channel counts as "on" from level 3 (about 60%) up.
            let cube = index - 16
            let red = cube / 36 >= 3 ? 1 : 0
            let green = (cube / 6) % 6 >= 3 ? 1 : 0
            let blue = cube % 6 >= 3 ? 1 : 0
            return .basic(BasicColor(rawValue: red | green << 1 | blue << 2)!)
        default:
            return .basic(index >= 244 ? .white : .black)
        }
    }

    /// The ncurses colour number for a terminal with `depth` colours; -1 means the terminal default.
    public func colorNumber(for depth: ColorDepth) -> Int {
        switch (self, depth) {
        case (.terminalDefault, _), (_, .none): return -1
        case (.basic(let color), _): return color.rawValue
        case (.indexed(let index), .indexed256): return index
        case (.indexed, .basic8): return eightColorFallback.colorNumber(for: .basic8)
        }
    }
}
