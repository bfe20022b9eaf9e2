import LetterDomain
import LetterStore
import TerminalUI

/// Laying out the edition editor: the rows of the form, their heights and the problems under them.
extension EditionEditorState {

    var pageWidth: Int { max(20, size.columns - 2) }
    /// Rows of the form between the title line and the status bar.
    var pageHeight: Int { max(3, size.rows - 3) }

    /// The height a text area gets: its text, 2 to 8 lines.
    func areaHeight(_ control: EditionEditorControl) -> Int {
        let area = areas[control] ?? TextArea()
        return min(8, max(2, area.visualLines(columns: pageWidth).count))
    }

    /// The rows of the form in order: the edition, each section, then the rules and addresses.
    func rows() -> [FormRow<EditionEditorControl>] {
        var out: [FormRow<EditionEditorControl>] = [
            .text("Edition \(original.id) · stored in this store · the words of the form as printed", .muted),
            .gap,
            .line(label: "School year", id: .schoolYear, hint: nil),
            .line(label: "Network name", id: .networkName, hint: nil),
            .line(label: "Abbreviation", id: .networkAbbreviation, hint: nil),
            .line(label: "Title", id: .title, hint: nil),
            .text("Header lines, one per line (printed above the first section):", .text),
            block(.headerLines),
        ]
        for (s, section) in working.sections.enumerated() {
            out += sectionRows(s, section)
        }
        return out + closingRows()
    }

    private func block(_ control: EditionEditorControl) -> FormRow<EditionEditorControl> {
        .block(control, height: areaHeight(control))
    }

    private func line(_ label: String, _ control: EditionEditorControl) -> FormRow<EditionEditorControl> {
        .line(label: label, id: control, hint: nil)
    }

    /// One section: its heading, then each block as its kind is edited.
    private func sectionRows(_ s: Int, _ section: EditionSection) -> [FormRow<EditionEditorControl>] {
        var out: [FormRow<EditionEditorControl>] = [
            .gap, .text("Section \(s + 1) · wizard step \(section.step.number) \(section.step.title)", .accent), line("Heading", .sectionHeading(s)),
        ]
        for (b, item) in section.blocks.enumerated() {
            switch item {
            case .paragraph:
                out.append(.text("Paragraph (" + (section.step == .agreement ? "agreement clause; " : "") + "{district} is the district's name):", .muted))
                out.append(block(.paragraph(section: s, block: b)))
            case .subheading:
                out.append(line("Subheading", .subheading(section: s, block: b)))
            case .list(let role, let style, _):
                let note = role == .expectations ? "; each is acknowledged by the district" : ""
                out.append(.text("List of \(role.rawValue) (\(style.rawValue)), one item per line\(note):", .muted))
                out.append(block(.list(section: s, block: b)))
            case .field(let field, _):
                out.append(line("Label of \(field.rawValue)", .fieldLabel(section: s, block: b)))
            case .prompt(let prompt):
                out += [.text("Question \"\(prompt.id)\":", .muted), block(.prompt(section: s, block: b)),
                        line("Answer", .promptAnswer(section: s, block: b)), line("Note after it", .promptNote(section: s, block: b))]
            case .signatures:
                for (i, signatory) in working.signatories.enumerated() {
                    let party = signatory.party == .kde ? "KDE" : "District"
                    out += [line("\(party) signature line", .signatoryLabel(i)), line("\(party) date caption", .signatoryDateLabel(i))]
                }
            }
        }
        return out
    }

    /// The rules and the return address, after the last section.
    private func closingRows() -> [FormRow<EditionEditorControl>] {
        [
            .gap,
            .text("Rules and addresses", .accent),
            .text("In force: " + working.effectivePeriod.summary, .muted),
            line("Effective period", .effectivePeriod),
            line("KDE designee name", .designeeName),
            line("KDE designee title", .designeeTitle),
            line("Return to: name", .returnName),
            line("Return to: title", .returnTitle),
            line("Return to: email", .returnEmail),
            .text("Return to: office lines, one per line:", .text),
            block(.returnOffice),
            .text("Return to: postal address lines (empty when the form asks for email only):", .text),
            block(.returnPostalAddress),
            .text("The return block as the form prints it, line by line:", .text),
            block(.returnText),
        ]
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

    /// Where the form is drawn: the page under the title, below the read-only notice if any.
    var formRect: Rect {
        var page = Rect(x: 1, y: 2, width: max(0, size.columns - 2), height: max(0, size.rows - 3))
        if let readOnlyReason {
            page = page.inset(top: TextWrapper.wrap(readOnlyReason, width: page.width).count + 1)
        }
        return page
    }

    /// Lays the form out again (size, focus, text or problems changed); drawing and paging read `form`.
    mutating func layoutForm() {
        let general = generalProblems.map { FormRow<EditionEditorControl>.text("! " + $0, .error) }
        let state = self
        form = FormPageLayout(rows: general + rows(), in: formRect, labelWidth: Self.labelWidth, focused: focused,
                              scrolling: .clippedAtBottom, messages: { state.problemMessages(for: $0) })
        // Each editor gets the size it is drawn at, so editing scrolls the text as it shows.
        let columns = pageWidth, fieldWidth = max(10, columns - Self.labelWidth)
        for item in form.placed {
            switch item.row {
            case .line(_, let control, _) where fields[control]?.visibleWidth != fieldWidth:
                fields[control]?.visibleWidth = fieldWidth
            case .block(let control, let height) where areas[control]?.viewport != Size(columns: columns, rows: height):
                areas[control]?.viewport = Size(columns: columns, rows: height)
            default:
                break
            }
        }
    }
}
