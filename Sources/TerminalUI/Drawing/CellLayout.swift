/// Where each grapheme of a string lands on a row, shared by every surface so
/// the grid used in tests and the real terminal clip identically.
struct CellLayout {
    /// One grapheme placed at a column.
    struct Placement {
        /// Column of the grapheme's first cell.
        var column: Int
        /// The grapheme itself (already sanitised); a single space for a half-visible wide character.
        var character: Character
        /// Cells it covers: 1 or 2.
        var width: Int
    }

    /// Places the sanitised `text` starting at `column`, keeping only what fits in `0..<columns`.
    /// Zero-width graphemes (e.g. a lone U+200B) are dropped: they would otherwise attach to an unrelated cell.
    static func place(_ text: String, column: Int, columns: Int) -> [Placement] {
        var placements: [Placement] = []
        var x = column
        for character in Sanitizer.displayable(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x >= columns { break }
            if x + width > columns {
                // A wide character cut by the right edge: show a blank rather than half a glyph.
                placements.append(Placement(column: x, character: " ", width: 1))
                break
            }
            if x >= 0 {
                placements.append(Placement(column: x, character: character, width: width))
            } else if x + width > 0 {
                placements.append(Placement(column: 0, character: " ", width: 1))
            }
            x += width
        }
        return placements
    }
}
