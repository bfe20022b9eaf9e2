/// Text attributes a theme can give a role.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// Raw bits (not ncurses bits; `NcursesSurface` translates them).
    public let rawValue: UInt8

    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold / bright.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Underlined.
    public static let underline = TextAttributes(rawValue: 1 << 1)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Dim / half-bright.
    public static let dim = TextAttributes(rawValue: 1 << 3)

    /// Names used in theme files, in a stable order.
    public static let names: [(name: String, value: TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]

    /// The attribute called `name` in a theme file, or nil.
    public init?(name: String) {
        guard let match = TextAttributes.names.first(where: { $0.name == name }) else { return nil }
        self = match.value
    }

    /// The names of the attributes set, in file order.
    public var attributeNames: [String] {
        TextAttributes.names.filter { contains($0.value) }.map(\.name)
    }
}
