/// Making a new year's edition from an old one.
public enum EditionCopy {
    /// The edition for `year`: its school year set and every mention of the old year
    /// in its text ("2022 - 2023", "2022-2023") replaced by the new one.
    public static func retitled(_ source: Edition, to year: SchoolYear) -> Edition {
        var edition = source
        let old = source.schoolYear
        edition.schoolYear = year
        guard old != year else { return edition }
        func swap(_ text: String) -> String {
            text.replacing(old.printed, with: year.printed).replacing(old.description, with: year.description)
        }
        edition.title = swap(edition.title)
        edition.headerLines = edition.headerLines.map(swap)
        edition.sections = edition.sections.map { section in
            var section = section
            section.heading = swap(section.heading)
            section.blocks = section.blocks.map { block in
                switch block {
                case .paragraph(let text): return .paragraph(swap(text))
                case .subheading(let text): return .subheading(swap(text))
                case .prompt(var prompt):
                    prompt.text = swap(prompt.text)
                    return .prompt(prompt)
                case .list(let role, let style, let items):
                    return .list(role: role, style: style, items: items.map { item in
                        var item = item
                        item.text = swap(item.text)
                        return item
                    })
                case .field, .signatures: return block
                }
            }
            return section
        }
        edition.returnTo.text = edition.returnTo.text.map(swap)
        // The form date belongs to the old form.
        edition.formDate = nil
        return edition
    }
}
