import LetterDomain
import TextSafety

/// The words of the import screen's preview of one file: what was read and how, then each
/// field found with its value (certain), each line that could not be placed with its reason
/// (unclear, left empty) and the fields not found (left empty). The same report
/// `kyiln import` prints, as a scrollable text. Every piece of text from the file goes
/// through `TextSafety` here, and again on drawing.
enum ImportPreview {
    static func text(of report: ImportReport, asked: SchoolYear?) -> String {
        var lines: [String] = []
        if !report.format.isEmpty { lines.append("Read as: \(report.format)") }
        if let edition = report.edition, let best = report.scores.first {
            lines.append("Edition: \(edition.id) (\(best.matched) of \(best.total) headings and paragraph openings found)")
        } else {
            lines.append("Edition: not recognised (nothing can be stored)")
        }
        switch (asked, report.schoolYear) {
        case let (asked?, found?) where asked != found: lines.append("School year: \(asked) (typed; the text says \(found))")
        case let (asked?, _): lines.append("School year: \(asked) (typed)")
        case let (nil, found?): lines.append("School year: \(found) (printed in the letter)")
        case (nil, nil): lines.append("School year: not found (go back and type one)")
        }
        lines.append("District: " + (report.districtName.map(safe) ?? "not found (nothing to file the letter under)"))
        lines.append("")
        lines.append("Certain (\(report.found.count)):")
        if report.found.isEmpty { lines.append("  none") }
        for field in report.found {
            let paragraphs = field.value.split(separator: "\n\n", omittingEmptySubsequences: true).count
            lines.append("  \(field.field): \(safe(field.value.collapsingWhitespace))"
                         + (paragraphs > 1 ? " [\(paragraphs) paragraphs]" : "") + "  (\(safe(field.source)))")
        }
        lines.append("")
        lines.append("Unclear, left empty (\(report.unplaced.count)):")
        if report.unplaced.isEmpty { lines.append("  none") }
        for item in report.unplaced {
            let at = item.line > 0 ? "line \(item.line): " : ""
            let text = item.text.isEmpty ? "" : "\"\(safe(item.text.collapsingWhitespace))\" "
            lines.append("  \(at)\(text)— \(safe(item.reason))")
        }
        lines.append("")
        lines.append("Not found, left empty (\(report.notFound.count)):")
        lines.append("  " + (report.notFound.isEmpty ? "none" : report.notFound.map(\.description).joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    /// Text from the file on one line, every control character shown as its placeholder.
    static func safe(_ text: String) -> String { TextSafety.visible(text, lines: .single) }
}
