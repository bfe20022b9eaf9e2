import LetterDomain
import TerminalUI

/// The last page: every finding (Enter jumps to its field) above the whole letter as the form.
enum ReviewPage {
    static func draw(_ state: WizardState, on surface: any DrawingSurface, in rect: Rect) {
        let count = state.findings.count
        let heading = count == 0 ? "No findings: the letter is complete." : "\(count) finding\(count == 1 ? "" : "s") (Enter goes to the field):"
        surface.put(heading, at: rect.origin, role: count == 0 ? .success : .warning, width: rect.width)
        let listRect = state.findingsRect(in: rect)
        // The viewports were given these sizes when the page was laid out (`fitReadingViewports`).
        if count > 0 {
            state.findingsList.draw(on: surface, in: listRect, focused: state.focused == .findings)
        }
        let textRect = state.readingRect(in: rect)
        surface.fill(Rect(x: rect.x, y: textRect.y - 1, width: rect.width, height: 1), role: .text)
        state.reading.draw(on: surface, in: textRect, focused: state.focused == .reading)
    }
}
