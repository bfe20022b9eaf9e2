import LetterDomain
import TerminalUI

/// Step 4: each prompt of the edition with a text area; points of action as 2 to 3 entries.
enum ReflectionsPage {
    static func rows(_ state: WizardState, height: Int) -> [FormRow<WizardControl>] {
        var rows: [FormRow<WizardControl>] = [.text(state.edition.sections(for: .reflections).last?.heading ?? "Reflections", .title), .gap]
        let areaHeight = state.areaViewport.rows
        for prompt in state.edition.prompts {
            let question = prompt.note.map { prompt.text + " " + $0 } ?? prompt.text
            rows.append(.text(question, .muted))
            switch prompt.answer {
            case .text:
                rows.append(.block(.area(.reflection(prompt.id)), height: areaHeight))
            case .points:
                for i in state.points.indices {
                    rows.append(.line(label: "Point of action \(i + 1)", id: .field(.action(i)), hint: nil))
                    if state.points.count > 2 {
                        rows.append(.line(label: "", id: .removePoint(i), hint: nil))
                    }
                }
                if state.points.count < FieldLimits.points.upperBound {
                    rows.append(.line(label: "", id: .addPoint, hint: nil))
                }
            }
            rows.append(.gap)
        }
        return rows
    }
}
