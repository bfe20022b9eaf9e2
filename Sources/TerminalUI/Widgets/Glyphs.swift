/// Decorative characters used by widgets, with an ASCII set for terminals or fonts without them.
public struct Glyphs: Equatable, Sendable {
    /// Frame characters.
    public var box: BoxStyle
    /// Shown at the top of a scroll bar when there is more above.
    public var scrollUp: String
    /// Shown at the bottom of a scroll bar when there is more below.
    public var scrollDown: String
    /// The scroll bar's position marker.
    public var scrollThumb: String
    /// Between steps in the step indicator.
    public var stepSeparator: String
    /// Checked checkbox.
    public var checked: String
    /// Unchecked checkbox.
    public var unchecked: String
    /// Marks the selected row of a list.
    public var pointer: String

    /// Creates a glyph set.
    public init(box: BoxStyle, scrollUp: String, scrollDown: String, scrollThumb: String,
                stepSeparator: String, checked: String, unchecked: String, pointer: String) {
        self.box = box
        self.scrollUp = scrollUp
        self.scrollDown = scrollDown
        self.scrollThumb = scrollThumb
        self.stepSeparator = stepSeparator
        self.checked = checked
        self.unchecked = unchecked
        self.pointer = pointer
    }

    /// Unicode glyphs (the default).
    public static let unicode = Glyphs(box: .unicode, scrollUp: "▲", scrollDown: "▼", scrollThumb: "█",
                                       stepSeparator: " · ", checked: "[x]", unchecked: "[ ]", pointer: ">")
    /// Plain ASCII glyphs.
    public static let ascii = Glyphs(box: .ascii, scrollUp: "^", scrollDown: "v", scrollThumb: "#",
                                     stepSeparator: " - ", checked: "[x]", unchecked: "[ ]", pointer: ">")
}
