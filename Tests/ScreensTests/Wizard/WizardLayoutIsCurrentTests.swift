import LetterDomain
@testable import Screens
import TerminalUI
import Testing

/// The wizard lays its form page out once per key (the observers only mark it stale), so after
/// every entry point the kept layout must be the one a fresh layout makes: keys, typing, clicks,
/// the wheel, resizes, steps, undo and a save.
@Suite struct WizardLayoutIsCurrentTests {
    private func expectCurrent(_ d: ScreenDriver, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let wizard = d.wizard else { return }
        #expect(!wizard.formIsStale, "stale after \(step)", sourceLocation: sourceLocation)
        #expect(describe(wizard.form) == describe(wizard.freshLayout()), "kept layout differs after \(step)",
                sourceLocation: sourceLocation)
    }

    private func describe(_ layout: FormPageLayout<WizardControl>?) -> String {
        guard let layout else { return "none" }
        let rows = layout.placed.map { "\($0.y)+\($0.height) \($0.lines)" }.joined(separator: "; ")
        return "\(layout.rect) \(layout.labelWidth) \(String(describing: layout.focused)) \(layout.offset) | \(rows)"
    }

    @Test func theKeptLayoutIsAlwaysAFreshOne() throws {
        let store = try ScreenStore()
        var d = WizardKeyTests.newLetter(store)
        let steps: [(String, (inout ScreenDriver) -> Void)] = [
            ("PgDn to Contacts", { $0.press(.pageDown, times: 2) }),
            ("typing a name", { $0.type("Ann Lee") }),
            ("Tab", { $0.press(.tab) }),
            ("leaving an empty field", { $0.press(.tab, times: 3) }),
            ("Shift-Tab", { $0.press(.backTab) }),
            ("a click on a label", { _ = try? $0.click(on: "Superintendent") }),
            ("the wheel", { $0.app.handle(.key(.mouse(.wheelDown(Point(x: 30, y: 10))))) }),
            ("a resize", { $0.resize(100, 30) }),
            ("PgDn to Reflections", { $0.press(.pageDown) }),
            ("typing an answer", { $0.type("We will.\nAnd more") }),
            ("undo", { $0.press(.control("z")) }),
            ("redo", { $0.press(.control("y")) }),
            ("a smaller size", { $0.resize(80, 24) }),
            ("Tab to the points", { $0.press(.tab) }),
            ("typing a point", { $0.type("Grow the labs") }),
            ("PgDn to Agreement", { $0.press(.pageDown) }),
            ("a date typed", { $0.press(.tab, times: 2); $0.type("2026-13-") }),
            ("save", { $0.press(.control("s")) }),
            ("a click on a step", { _ = try? $0.click(on: "Contacts") }),
        ]
        for (name, step) in steps {
            step(&d)
            expectCurrent(d, name)
        }
    }
}

/// A key typed into a long answer in the wizard (drawn after every key, as the terminal does)
/// wraps a few rows, not the whole answer: counted through `TextArea.wrappedRows`, not timed.
@Suite struct WizardTypingCostTests {
    private func rowsPerKey(answerLength: Int) throws -> Double {
        let store = try ScreenStore()
        var d = WizardKeyTests.newLetter(store)
        d.go(to: .step(.reflections))
        let path = FieldPath.reflection(WizardKeyTests.textPrompt.id)
        let sentence = "The council reviews each plan, and the families see the work. "
        d.press(.paste(String(String(repeating: sentence, count: answerLength / sentence.count + 1).prefix(answerLength))))
        _ = d.render()
        let before = try #require(d.wizard?.areas[path]).wrappedRows
        for character in sentence.prefix(40) {
            d.press(.character(character))
            _ = d.render()
        }
        #expect(d.wizard?.letter.answer(to: WizardKeyTests.textPrompt.id).count == answerLength + 40)
        return Double(try #require(d.wizard?.areas[path]).wrappedRows - before) / 40
    }

    @Test func rowsWrappedPerKeyDoNotGrowWithTheAnswer() throws {
        let short = try rowsPerKey(answerLength: 100)
        let long = try rowsPerKey(answerLength: 19_000)
        #expect(long <= 6, "a key in a 19,000-character answer wrapped \(long) rows")
        #expect(long <= short * 2 + 1, "short \(short), long \(long)")
    }
}
