/// How well an edition's wording matches an imported text.
public struct EditionScore: Sendable, Equatable {
    public var editionID: String
    /// Headings and paragraph openings of the edition found in the text.
    public var matched: Int
    /// Headings and paragraph openings the edition has.
    public var total: Int

    public init(editionID: String, matched: Int, total: Int) {
        self.editionID = editionID
        self.matched = matched
        self.total = total
    }

    /// The share matched, 0 to 1.
    public var ratio: Double { total == 0 ? 0 : Double(matched) / Double(total) }
}
