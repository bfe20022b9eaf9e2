import LetterDomain
import TerminalUI

extension App {
    // MARK: Drawing

    /// Draws the whole screen for the current state.
    public func draw(on surface: any DrawingSurface) {
        surface.setCursor(nil)
        surface.clear(surface.bounds)
        if isTooSmall {
            drawTooSmall(on: surface)
            return
        }
        switch route {
        case .home(let home): home.draw(on: surface, status: status, keymap: keymap)
        case .newLetter(let form): form.draw(on: surface, status: status, catalog: context.editions, keymap: keymap)
        case .wizard(let wizard): wizard.draw(on: surface, status: status)
        case .editions(let editions): editions.draw(on: surface, status: status, keymap: keymap)
        case .importing(let screen): screen.draw(on: surface, status: status, keymap: keymap)
        case .idle: break
        }
        switch overlay {
        case .help(let help):
            let rect = surface.bounds.centered(Size(columns: min(76, size.columns - 4), rows: min(size.rows - 2, help.bindings.count + 4)))
            surface.setCursor(nil)
            help.draw(on: surface, in: rect)
        case .confirm(let dialog, _):
            surface.setCursor(nil)
            dialog.draw(on: surface, in: surface.bounds)
        case .status(let change):
            if case .wizard(let wizard) = route { change.draw(on: surface, current: wizard.letter.status) }
            var bar = StatusBar(hints: change.keyHints(keymap))
            bar.clearMessage()
            bar.draw(on: surface, in: Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1))
        case .history(let view):
            if case .wizard(let wizard) = route { HistoryView.draw(view, title: "History of \(wizard.letter.district.name) \(wizard.letter.schoolYear)", on: surface) }
        case .conflict(let conflict):
            conflict.draw(on: surface)
            var bar = StatusBar(hints: conflict.keyHints(keymap))
            bar.clearMessage()
            bar.draw(on: surface, in: Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1))
        case .export(let form):
            form.draw(on: surface, keymap: keymap)
            let bar = StatusBar(hints: form.keyHints(keymap))
            bar.draw(on: surface, in: Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1))
        case .decision(let form):
            form.draw(on: surface, keymap: keymap)
        case .mail(let form):
            form.draw(on: surface, keymap: keymap)
        case .report(let title, let view):
            HistoryView.draw(view, title: title, on: surface)
        case nil:
            break
        }
    }

    func drawTooSmall(on surface: any DrawingSurface) {
        let lines = ["Please enlarge the terminal to at least 80x24.",
                     "It is \(size.columns)x\(size.rows) now. Nothing you typed is lost.",
                     "\(keymap.keyNames(for: .quit, separator: " or ")) quits."]
        for (i, line) in lines.enumerated() where i < size.rows {
            surface.put(line, at: Point(x: 0, y: i), role: i == 0 ? .warning : .text, width: size.columns)
        }
    }
}
