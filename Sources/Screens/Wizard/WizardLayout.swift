import LetterDomain
import TerminalUI

/// Where the parts of the wizard's screen go. Drawing, scrolling by key and the mouse all
/// use these, so a click lands on what is drawn and the read-only text scrolls exactly to
/// its end (a viewport taller than the drawn box would hide the last lines).
extension WizardState {
    /// The whole screen the wizard is laid out for.
    var screenRect: Rect { Rect(origin: .zero, size: screenSize) }

    /// The page area of the current screen.
    var currentPageRect: Rect { Self.pageRect(in: screenRect) }

    /// Where the read-only text of the page is drawn: the whole page on Purpose, above the
    /// checkboxes on Commitments, below the findings on Review (empty elsewhere).
    func readingRect(in page: Rect) -> Rect {
        switch self.page {
        case .step(.purpose): return page
        case .step(.commitments): return page.splitBottom(acknowledgementRows(in: page) + 2).rest
        case .review:
            let textTop = findingsRect(in: page).maxY + 1
            return Rect(x: page.x, y: textTop, width: page.width, height: max(0, page.maxY - textTop))
        default: return Rect(x: page.x, y: page.y, width: page.width, height: 0)
        }
    }

    /// Rows given to the acknowledgement checkboxes on Commitments.
    func acknowledgementRows(in page: Rect) -> Int {
        min(acknowledgements.items.count, max(3, page.height / 3))
    }

    /// Where the acknowledgement checkboxes are drawn on Commitments.
    func acknowledgementsRect(in page: Rect) -> Rect {
        let rows = acknowledgementRows(in: page)
        return Rect(x: page.x, y: page.maxY - rows, width: page.width, height: rows)
    }

    /// Where the list of findings is drawn on Review (no rows when there is none).
    func findingsRect(in page: Rect) -> Rect {
        let count = findings.count
        return Rect(x: page.x, y: page.y + 1, width: page.width, height: count == 0 ? 0 : min(count, max(3, page.height / 3)))
    }

    /// The columns of "Review" after the five steps on the step line (drawn after " · ").
    var reviewLabelColumns: Range<Int> {
        let (indicator, width) = stepIndicator
        let start = DisplayWidth.of(indicator.text(width: width)) + 3
        return start..<(start + DisplayWidth.of("Review"))
    }

    /// Gives the read-only text and the checkboxes the size they are drawn at.
    mutating func fitReadingViewports() {
        let page = currentPageRect
        reading.viewport = readingRect(in: page).size
        if self.page == .step(.commitments) { acknowledgements.viewport = acknowledgementsRect(in: page).size }
        if self.page == .review { findingsList.viewport = findingsRect(in: page).size }
    }
}
