import LetterDomain
import LetterStore
import TerminalUI

/// Laying out the edition editor: the rows of the form, their heights and the problems under them.
extension EditionEditorState {

    var pageWidth: Int { max(20, size.columns - 2) }
    /// Rows of the form between the title line and the status bar.
    var pageHeight: Int { max(3, size.rows - 3) }

    /// One row of the form.
    enum Row {
        case text(String, Role)
        case labelled(String, EditionEditorControl)
        case tall(EditionEditorControl)
        case gap
    }

    /// A row placed on the page: where, how high, and the problem lines under it.
    struct Placed {
        var y: Int
        var height: Int
        var row: Row
        var lines: [String]
        var problems: [String]

        var control: EditionEditorControl? {
            switch row {
            case .labelled(_, let control), .tall(let control): control
            default: nil
            }
        }
    }

    /// The height a text area gets: its text, 2 to 8 lines.
    func areaHeight(_ control: EditionEditorControl) -> Int {
        let area = areas[control] ?? TextArea()
        return min(8, max(2, area.visualLines(columns: pageWidth).count))
    }

    /// The rows of the form in order.
    func rows() -> [Row] {
        let edition = working
        var out: [Row] = [
            .text("Edition \(original.id) · stored in this store · the words of the form as printed", .muted),
            .gap,
            .labelled("School year", .schoolYear),
            .labelled("Network name", .networkName),
            .labelled("Abbreviation", .networkAbbreviation),
            .labelled("Title", .title),
            .text("Header lines, one per line (printed above the first section):", .text),
            .tall(.headerLines),
        ]
        for (s, section) in edition.sections.enumerated() {
            out.append(.gap)
            out.append(.text("Section \(s + 1) · wizard step \(section.step.number) \(section.step.title)", .accent))
            out.append(.labelled("Heading", .sectionHeading(s)))
            for (b, block) in section.blocks.enumerated() {
                switch block {
                case .paragraph:
                    out.append(.text("Paragraph (" + (section.step == .agreement ? "agreement clause; " : "") + "{district} is the district's name):", .muted))
                    out.append(.tall(.paragraph(section: s, block: b)))
                case .subheading:
                    out.append(.labelled("Subheading", .subheading(section: s, block: b)))
                case .list(let role, let style, _):
                    let note = role == .expectations ? "; each is acknowledged by the district" : ""
                    out.append(.text("List of \(role.rawValue) (\(style.rawValue)), one item per line\(note):", .muted))
                    out.append(.tall(.list(section: s, block: b)))
                case .field(let field, _):
                    out.append(.labelled("Label of \(field.rawValue)", .fieldLabel(section: s, block: b)))
                case .prompt(let prompt):
                    out.append(.text("Question \"\(prompt.id)\":", .muted))
                    out.append(.tall(.prompt(section: s, block: b)))
                    out.append(.labelled("Answer", .promptAnswer(section: s, block: b)))
                    out.append(.labelled("Note after it", .promptNote(section: s, block: b)))
                case .signatures:
                    for (i, signatory) in edition.signatories.enumerated() {
                        let party = signatory.party == .kde ? "KDE" : "District"
                        out.append(.labelled("\(party) signature line", .signatoryLabel(i)))
                        out.append(.labelled("\(party) date caption", .signatoryDateLabel(i)))
                    }
                }
            }
        }
        out += [
            .gap,
            .text("Rules and addresses", .accent),
            .text("In force: " + edition.effectivePeriod.summary, .muted),
            .labelled("Effective period", .effectivePeriod),
            .labelled("KDE designee name", .designeeName),
            .labelled("KDE designee title", .designeeTitle),
            .labelled("Return to: name", .returnName),
            .labelled("Return to: title", .returnTitle),
            .labelled("Return to: email", .returnEmail),
            .text("Return to: office lines, one per line:", .text),
            .tall(.returnOffice),
            .text("Return to: postal address lines (empty when the form asks for email only):", .text),
            .tall(.returnPostalAddress),
            .text("The return block as the form prints it, line by line:", .text),
            .tall(.returnText),
        ]
        return out
    }

    /// Problems without a field of their own, shown at the top.
    var generalProblems: [String] {
        let edition = working
        return problems.filter { $0.field.flatMap { EditionEditorControl.showing($0, in: edition) } == nil }.map(\.message)
    }

    /// The problem messages shown under a control.
    func problemMessages(for control: EditionEditorControl) -> [String] {
        let edition = working
        return problems.filter { $0.field.flatMap { EditionEditorControl.showing($0, in: edition) } == control }.map(\.message)
    }

    /// Every row placed for a page `width` wide.
    func layout(width: Int) -> [Placed] {
        var y = 0
        var out: [Placed] = []
        var all = rows()
        if !generalProblems.isEmpty {
            all = generalProblems.map { Row.text("! " + $0, .error) } + all
        }
        for row in all {
            let placed: Placed
            switch row {
            case .text(let text, _):
                let lines = TextWrapper.wrap(text, width: width)
                placed = Placed(y: y, height: lines.count, row: row, lines: lines, problems: [])
            case .labelled(_, let control):
                let problems = problemMessages(for: control).flatMap { TextWrapper.wrap("! " + $0, width: max(10, width - Self.labelWidth)) }
                placed = Placed(y: y, height: 1 + problems.count, row: row, lines: [], problems: problems)
            case .tall(let control):
                let problems = problemMessages(for: control).flatMap { TextWrapper.wrap("! " + $0, width: width) }
                placed = Placed(y: y, height: areaHeight(control) + problems.count, row: row, lines: [], problems: problems)
            case .gap:
                placed = Placed(y: y, height: 1, row: row, lines: [], problems: [])
            }
            out.append(placed)
            y += placed.height
        }
        return out
    }
}
