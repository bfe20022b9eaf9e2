import LetterDomain
import LetterStore
import TerminalUI

/// What the export box offers, from Home and from the wizard.
extension ExportForm {
    /// From Home: the marked letters (one HTML file each), the selected letter in each format,
    /// then the year (CSV overview, or every letter as HTML into a folder).
    static func forHome(_ home: HomeState, size: Size) -> ExportForm {
        var choices: [Choice] = []
        let marked = home.markedSummaries.map(ExportedLetter.init)
        if !marked.isEmpty {
            choices.append(Choice(title: "The \(marked.count) marked letter\(marked.count == 1 ? "" : "s"): HTML, one file each, into a folder",
                                  kind: .folder(marked, home.year), defaultPath: "marked-letters-\(home.year)"))
        }
        if let selected = home.selected { choices += letterChoices(ExportedLetter(selected)) }
        if !home.summaries.isEmpty {
            let all = home.summaries.map(ExportedLetter.init)
            choices.append(Choice(title: "The year \(home.year): overview, one row per district (CSV)",
                                  kind: .yearCSV(home.year), defaultPath: "letters-\(home.year).csv"))
            choices.append(Choice(title: "The year \(home.year): every letter as HTML, one file each, into a folder",
                                  kind: .folder(all, home.year), defaultPath: "letters-\(home.year)"))
        }
        return ExportForm(choices: choices, size: size)
    }

    /// From the wizard: the open letter in each format. Unsaved edits are not in a file read
    /// from the store, and the box says so.
    static func forLetter(_ letter: ExportedLetter, unsaved: Bool, saveKey: String, size: Size) -> ExportForm {
        let note = unsaved ? "The export is the letter as last saved: your unsaved changes are not in it (\(saveKey) saves)." : nil
        return ExportForm(choices: letterChoices(letter), note: note, size: size)
    }

    static func letterChoices(_ letter: ExportedLetter) -> [Choice] {
        LetterExportFormat.allCases.map { format in
            Choice(title: "\(letter.districtName) \(letter.schoolYear): \(format.title)", kind: .letter(letter, format),
                   defaultPath: format.fileName(slug: letter.slug, year: letter.schoolYear))
        }
    }
}
