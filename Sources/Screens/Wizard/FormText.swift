import LetterDomain

/// The read-only text of the first two steps, in the form's own words.
///
/// `edition` is the one the wizard (or line mode) holds, already worded for the letter's
/// school year (`Edition.worded(for:)`), so these pages name the letter's year wherever the
/// form names its own.
enum FormText {
    /// Statement of purpose, priorities or pillars, beliefs: everything on the purpose step.
    static func purpose(of edition: Edition, district: String) -> String {
        var letter: Letter?
        if !district.isEmpty, let slug = try? DistrictSlug(deriving: district) {
            letter = Letter(district: District(name: district, slug: slug), schoolYear: edition.schoolYear, editionID: edition.id, createdBy: "")
        }
        return render(FormLayout(edition: edition, letter: letter).blocks(of: .purpose))
    }

    /// What KDE commits and what members commit.
    static func commitments(of edition: Edition) -> String {
        render(FormLayout(edition: edition, letter: nil).blocks(of: .commitments))
    }

    private static func render(_ blocks: [FormBlock]) -> String {
        // The text view wraps to the screen, so no wrapping here: one paragraph per line.
        var text = TextRenderer(width: 10_000).render(blocks: blocks)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
