import Testing
@testable import TerminalUI

@Suite struct StepIndicatorTests {
    func indicator(current: Int, findings: Set<Int> = []) -> StepIndicator {
        let titles = ["Purpose", "Commitments", "Contacts", "Reflections", "Agreement"]
        return StepIndicator(steps: titles.enumerated().map { .init($1, hasFindings: findings.contains($0)) },
                             current: current)
    }

    @Test func fullLineFitsEightyColumns() {
        let steps = indicator(current: 2, findings: [0, 1, 3, 4])
        let grid = GridSurface(columns: 80, rows: 1)
        steps.draw(on: grid, in: Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(grid.text() == "1 Purpose! · 2 Commitments! · 3 Contacts · 4 Reflections! · 5 Agreement!")
        #expect(DisplayWidth.of(grid.text()) <= 80)
    }

    @Test func rolesMarkCurrentDoneTodoAndFindings() {
        let steps = indicator(current: 2, findings: [3])
        let grid = GridSurface(columns: 80, rows: 1)
        steps.draw(on: grid, in: Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(grid.text() == "1 Purpose · 2 Commitments · 3 Contacts · 4 Reflections! · 5 Agreement")
        #expect(grid.role(at: grid.find("1 Purpose")!) == .stepDone)
        #expect(grid.role(at: grid.find("3 Contacts")!) == .stepCurrent)
        #expect(grid.role(at: grid.find("4 Reflections")!) == .stepFindings)
        #expect(grid.role(at: grid.find("5 Agreement")!) == .stepTodo)
    }

    @Test func compactsWhenNarrow() {
        #expect(indicator(current: 1).text(width: 40) == "1 · 2 Commitments · 3 · 4 · 5")
        #expect(indicator(current: 1, findings: [4]).text(width: 22) == "1 2 Commitments 3 4 5!")
    }
}
