import LetterDomain
import TerminalUI

extension WizardState {
    /// Draws the wizard: title, step indicator, the page, the status bar.
    /// Where the page's controls go on a screen of `bounds` (shared by drawing and clicks).
    static func pageRect(in bounds: Rect) -> Rect {
        let (_, rest) = bounds.splitTop(2)
        let (content, _) = rest.splitBottom(1)
        return content.inset(top: 1, left: 1, bottom: 0, right: 1)
    }

    /// The steps part of the step indicator line, and the indicator itself.
    var stepIndicator: (StepIndicator, width: Int) {
        let flagged = stepsWithFindings
        let steps = Step.allCases.map { StepIndicator.Step($0.title, hasFindings: flagged.contains($0)) }
        return (StepIndicator(steps: steps, current: page.index), screenSize.columns - DisplayWidth.of(" · Review"))
    }

    func draw(on surface: any DrawingSurface, status: StatusBar) {
        let bounds = surface.bounds
        let (top, rest) = bounds.splitTop(2)
        let (_, bottom) = rest.splitBottom(1)
        drawTitle(on: surface, in: Rect(x: 0, y: top.y, width: top.width, height: 1))
        drawSteps(on: surface, in: Rect(x: 0, y: top.y + 1, width: top.width, height: 1))
        if let lockReason, rest.height > 1 {
            // The blank line above the page says at once that a signed letter is read-only.
            surface.put(" " + lockReason, at: Point(x: 0, y: rest.y), role: .warning, width: bounds.width)
        }
        drawPage(on: surface, in: Self.pageRect(in: bounds))
        var bar = status
        bar.hints = keyHints
        bar.draw(on: surface, in: bottom)
    }

    private func drawTitle(on surface: any DrawingSurface, in rect: Rect) {
        surface.fill(rect, role: .title)
        let status = letter.status == saved.status ? letter.status.label : letter.status.label
        let left = " \(letter.district.name) · \(letter.schoolYear) · \(status) · edition \(edition.id)"
        let right = outsideNotice.map { "⚠ \($0) " } ?? (isDirty ? "● unsaved " : "saved ")
        let rightWidth = DisplayWidth.of(right)
        surface.put(left, at: rect.origin, role: .title, width: max(0, rect.width - rightWidth - 1))
        surface.put(right, at: Point(x: rect.maxX - rightWidth, y: rect.y), role: isDirty || outsideNotice != nil ? .warning : .title, width: rightWidth)
    }

    private func drawSteps(on surface: any DrawingSurface, in rect: Rect) {
        // The review page is not a section of the form: it follows the five numbered steps.
        let (indicator, width) = stepIndicator
        let stepsRect = Rect(x: rect.x, y: rect.y, width: width, height: 1)
        indicator.draw(on: surface, in: stepsRect)
        let x = stepsRect.x + DisplayWidth.of(indicator.text(width: stepsRect.width))
        surface.put(" · ", at: Point(x: x, y: rect.y), role: .muted, width: 3)
        surface.put("Review", at: Point(x: rect.x + reviewLabelColumns.lowerBound, y: rect.y), role: page == .review ? .stepCurrent : .stepTodo, width: 6)
    }

    /// Draws the page from the state as laid out (`fit`, `fitReadingViewports`, `form`): it reads, never changes.
    private func drawPage(on surface: any DrawingSurface, in rect: Rect) {
        switch page {
        case .step(.purpose):
            reading.draw(on: surface, in: rect, focused: true)
        case .step(.commitments):
            let textRect = readingRect(in: rect), boxRect = acknowledgementsRect(in: rect)
            reading.draw(on: surface, in: textRect, focused: focused == .reading)
            surface.put("The district acknowledges each member commitment (Space ticks):", at: Point(x: rect.x, y: boxRect.y - 1), role: .accent, width: rect.width)
            acknowledgements.draw(on: surface, in: boxRect, focused: focused == .acknowledgements)
        case .step(.contacts), .step(.reflections), .step(.agreement):
            currentForm?.draw(on: surface) { control, cells, isFocused, hint in
                drawFormControl(control, in: cells, focused: isFocused, hint: hint, on: surface)
            }
        case .review:
            ReviewPage.draw(self, on: surface, in: rect)
        }
    }
}
