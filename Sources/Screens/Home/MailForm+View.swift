import LetterRules
import TerminalUI

/// The mail box's text: the plan as lines, and the box drawn as laid out.
extension MailForm {
    /// What would be sent: a line per message (to whom, cc whom, how long it waited), the
    /// addresses left out, and each skipped letter with why; or why nothing can be composed.
    func planLines() -> [(String, Role)] {
        let plan: MailPlan
        switch self.plan {
        case .failure(let error): return [("! Nothing can be sent: " + Self.describe(error), .error)]
        case .success(let composed): plan = composed
        }
        let noun = kind == .invitation ? "invitation" : "reminder"
        let count = plan.messages.count
        var lines: [(String, Role)] = [(count == 0 ? "No \(noun) to send." : "\(count) \(noun)\(count == 1 ? "" : "s") to send:", .accent)]
        for mail in plan.messages {
            let cc = mail.message.cc.isEmpty ? "" : "; cc " + mail.message.cc.map(\.address).joined(separator: ", ")
            lines.append(("  \(mail.districtName): to \(mail.message.to.map(\.address).joined(separator: ", "))\(cc)\(Self.waited(mail))", .text))
            for note in mail.leftOut { lines.append(("    left out \(note)", .muted)) }
        }
        if !plan.skipped.isEmpty {
            lines.append(("\(plan.skipped.count) skipped:", .warning))
            for skipped in plan.skipped {
                lines.append(("  \(name(of: skipped.target, else: skipped.what)): \(skipped.reason)", .text))
            }
        }
        return lines
    }

    /// " (waiting 16 days)" for a reminder whose letter's history says when it went to review.
    static func waited(_ mail: ComposedMail) -> String {
        guard mail.kind == .reminder, let days = mail.waitingDays else { return "" }
        return " (waiting \(days == 1 ? "1 day" : "\(days) days"))"
    }

    /// Draws the box as laid out.
    func draw(on surface: any DrawingSurface, keymap: Keymap) {
        surface.fill(box, role: .text)
        let title = letters.count == 1 ? "E-mail the district of \(letters[0].districtName)" : "E-mail the districts of \(letters.count) letters"
        let inner = Box().draw(on: surface, in: box, title: title).inset(left: 1, right: 1)
        surface.put("To the points of contact; each message sent is recorded in the history.",
                    at: Point(x: inner.x, y: inner.y), role: .muted, width: inner.width)
        layout.draw(on: surface) { field, cells, isFocused, _ in drawField(field, in: cells, focused: isFocused, on: surface) }
        surface.put("Enter: send · ←/→/Space: choose · \(keymap.spoken(.nextField)): next · \(keymap.spoken(.back)): cancel",
                    at: Point(x: inner.x, y: inner.maxY - 1), role: .muted, width: inner.width)
    }

    private func drawField(_ field: Field, in cells: Rect, focused: Bool, on surface: any DrawingSurface) {
        let role: Role = focused ? .focusedField : .field
        switch field {
        case .kind:
            surface.put("‹ \(kind == .invitation ? "invitation to review" : "reminder: still waiting") ›", at: cells.origin, role: role, width: cells.width)
        case .superintendent:
            surface.put("‹ \(superintendent ? "yes, also the superintendent" : "no, the contacts only") ›", at: cells.origin, role: role, width: cells.width)
        }
    }
}
