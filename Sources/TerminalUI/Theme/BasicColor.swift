/// The eight colours every colour terminal has, with their ANSI numbers.
public enum BasicColor: Int, CaseIterable, Sendable, Hashable {
    /// 0
    case black = 0
    /// 1
    case red
    /// 2
    case green
    /// 3
    case yellow
    /// 4
    case blue
    /// 5
    case magenta
    /// 6
    case cyan
    /// 7
    case white

    /// The name used in theme files.
    public var name: String {
        switch self {
        case .black: return "black"
        case .red: return "red"
        case .green: return "green"
        case .yellow: return "yellow"
        case .blue: return "blue"
        case .magenta: return "magenta"
        case .cyan: return "cyan"
        case .white: return "white"
        }
    }

    /// The colour called `name` (lowercase), or nil.
    public init?(name: String) {
        guard let match = BasicColor.allCases.first(where: { $0.name == name }) else { return nil }
        self = match
    }
}
