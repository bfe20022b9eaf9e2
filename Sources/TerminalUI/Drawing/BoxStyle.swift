/// The characters used to draw a frame.
public struct BoxStyle: Equatable, Sendable {
    /// Top-left corner.
    public var topLeft: String
    /// Top-right corner.
    public var topRight: String
    /// Bottom-left corner.
    public var bottomLeft: String
    /// Bottom-right corner.
    public var bottomRight: String
    /// Horizontal edge.
    public var horizontal: String
    /// Vertical edge.
    public var vertical: String

    /// Creates a style from its six pieces.
    public init(topLeft: String, topRight: String, bottomLeft: String, bottomRight: String,
                horizontal: String, vertical: String) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// Light Unicode box drawing: ┌─┐│└┘.
    public static let unicode = BoxStyle(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                         horizontal: "─", vertical: "│")
    /// Rounded Unicode corners: ╭─╮│╰╯.
    public static let rounded = BoxStyle(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
                                         horizontal: "─", vertical: "│")
    /// ASCII fallback for terminals or fonts without box drawing: +-+|.
    public static let ascii = BoxStyle(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                       horizontal: "-", vertical: "|")

    /// `.ascii` when `ascii` is true, else `.unicode`.
    public static func standard(ascii: Bool) -> BoxStyle { ascii ? .ascii : .unicode }
}
