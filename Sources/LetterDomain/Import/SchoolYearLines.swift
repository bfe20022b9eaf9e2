/// The school year a letter is for, read only from the form's own lines: its header lines,
/// a title line that carries the year, or the page header. A year in the district's
/// answers ("during the 2018-2019 school year") says nothing about the letter's year.
enum SchoolYearLines {
    /// Words a title line may hold besides the year.
    private static let titleWords: Set<String> = ["letter", "of", "commitment", "loc", "school", "year", "page", "for", "the", "-", "–", ":", "#", "#of#"]

    static func find(_ lines: [ImportLine], furniture: [ImportLine], anchors: FormAnchors, report: inout ImportReport) -> SchoolYear? {
        guard let edition = report.edition else { return nil }
        var allowed = titleWords
        for text in edition.headerLines + [edition.title, edition.network.name, edition.network.abbreviation, report.districtName ?? ""] {
            for word in ImportText.key(text).split(separator: " ") { allowed.insert(String(word)) }
        }
        var found: [(SchoolYear, ImportLine)] = []
        for line in lines + furniture where !line.isJunk {
            guard let year = ImportFields.schoolYear(in: line.clean) else { continue }
            let words = PageFurniture.shape(ImportText.key(line.clean)).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
            let isTitle = words.allSatisfy { word in allowed.contains(String(word)) || word == "#-#" || word == "#" || word.allSatisfy { !$0.isLetter } }
            if isTitle { found.append((year, line)) }
        }
        let distinct = Set(found.map(\.0))
        if distinct.count > 1 {
            for (_, line) in found { report.unplaced.append(UnplacedText(line: line.number, text: line.clean, reason: "the form's lines print different school years; which is the letter's is unclear")) }
            return nil
        }
        return distinct.first
    }
}
