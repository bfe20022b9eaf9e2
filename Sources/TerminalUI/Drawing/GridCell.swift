/// One cell of a `GridSurface`.
public struct GridCell: Equatable, Sendable {
    /// The grapheme shown here; empty for the right half of a wide character.
    public var character: String
    /// The role it was drawn with.
    public var role: Role

    /// Creates a cell.
    public init(character: String, role: Role) {
        self.character = character
        self.role = role
    }

    /// A blank cell in the text role.
    public static let blank = GridCell(character: " ", role: .text)
    /// True for the right half of a wide character.
    public var isContinuation: Bool { character.isEmpty }
}
