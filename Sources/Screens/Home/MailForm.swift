import LetterDomain
import LetterRules
import TerminalUI

/// `m` or the mail key on Home: invite or remind the districts of the marked letters (else
/// the selected one) by e-mail. The box shows what the rules service would send now (how
/// many messages, to whom, which letters are skipped and why); Enter asks the app to send.
struct MailForm: Sendable {
    enum Outcome: Equatable {
        case pending
        case cancel
        /// The message or the recipients changed: the app composes the plan again.
        case recompose
        /// Enter on a plan with messages: the app sends them (after drawing "Sending…").
        case send
    }

    /// The form's controls, in focus order.
    enum Field: CaseIterable, Hashable, Sendable {
        case kind, superintendent
    }

    let letters: [LetterSummary]
    var kind = MailKind.invitation
    var superintendent = false
    /// What would be sent with these choices, or why nothing can be composed.
    var plan: Result<MailPlan, MailError> { didSet { relayout() } }
    /// Set by Enter; the app sends on its next tick, so "Sending…" is on screen meanwhile.
    var isSending = false { didSet { relayout() } }
    /// Why the last Enter sent nothing.
    var error: String? { didSet { relayout() } }
    var focus = Field.kind { didSet { relayout() } }
    private(set) var size: Size
    private(set) var box = Rect(x: 0, y: 0, width: 0, height: 0)
    private(set) var layout = FormPageLayout<Field>(rows: [], in: Rect(x: 0, y: 0, width: 0, height: 0), labelWidth: 16,
                                                    focused: nil, messages: { _ in [] })

    init(letters: [LetterSummary], plan: Result<MailPlan, MailError>, size: Size) {
        self.letters = letters
        self.plan = plan
        self.size = size
        relayout()
    }

    /// The options the plan is composed with.
    var options: MailOptions { MailOptions(superintendent: superintendent) }

    /// The letters' targets for the rules service.
    var targets: [MailTarget] { letters.map { MailTarget(slug: $0.slug, year: $0.schoolYear) } }

    mutating func fit(to size: Size) {
        self.size = size
        relayout()
    }

    /// The district's name of a letter in the box (the slug and year when it is not one of them).
    func name(of target: MailTarget?, else what: String) -> String {
        letters.first { $0.slug == target?.slug && $0.schoolYear == target?.year }?.districtName ?? what
    }

    private mutating func relayout() {
        let bounds = Rect(origin: .zero, size: size)
        let width = min(96, bounds.width - 4)
        let textWidth = width - 4
        var rows: [FormRow<Field>] = Field.allCases.map { .line(label: Self.label($0), id: $0, hint: nil) }
        rows.append(.gap)
        // Every line of the plan when it fits; else as many as fit, and how many more there are
        // (the report after sending lists them all).
        let room = max(3, size.rows - 14)
        var lines = planLines()
        var wrapped = lines.reduce(0) { $0 + TextWrapper.wrap($1.0, width: textWidth).count }
        if wrapped > room {
            var kept: [(String, Role)] = []
            var used = 1
            for line in lines {
                let height = TextWrapper.wrap(line.0, width: textWidth).count
                if used + height > room { break }
                kept.append(line)
                used += height
            }
            kept.append(("… and \(lines.count - kept.count) more lines, all listed after sending.", .muted))
            lines = kept
            wrapped = used
        }
        rows += lines.map { .text($0.0, $0.1) }
        var extra = 0
        if let said = isSending ? "Sending… (the mail program has up to 2 minutes for each message)" : error.map({ "! " + $0 }) {
            rows.append(.gap)
            rows.append(.text(said, isSending ? .accent : .error))
            extra = 1 + TextWrapper.wrap(said, width: textWidth).count
        }
        box = bounds.centered(Size(columns: width, rows: min(bounds.height - 2, 9 + wrapped + extra)))
        let inner = box.inset(by: 1).inset(left: 1, right: 1)
        let rect = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 3))
        layout = FormPageLayout(rows: rows, in: rect, labelWidth: 16, focused: focus, messages: { _ in [] })
    }

    static func label(_ field: Field) -> String {
        switch field {
        case .kind: "Message"
        case .superintendent: "Superintendent"
        }
    }

    mutating func update(_ press: KeyPress) -> Outcome {
        if isSending { return .pending }  // the app sends on its next tick
        switch press.action {
        case .back?: return .cancel
        case .save?: return submit()
        case .nextField?, .previousField?:
            focus = FocusOrder.moved(focus, by: press.is(.nextField) ? 1 : -1, in: Field.allCases) ?? focus
            return .pending
        default: break
        }
        switch (press.key, focus) {
        case (.enter, _): return submit()
        case (.down, _), (.up, _):
            focus = FocusOrder.moved(focus, by: press.key == .down ? 1 : -1, in: Field.allCases) ?? focus
        case (.left, .kind), (.right, .kind), (.space, .kind):
            kind = kind == .invitation ? .reminder : .invitation
            error = nil
            return .recompose
        case (.left, .superintendent), (.right, .superintendent), (.space, .superintendent):
            superintendent.toggle()
            error = nil
            return .recompose
        default: break
        }
        return .pending
    }

    private mutating func submit() -> Outcome {
        switch plan {
        case .failure(let failure):
            error = "Nothing sent: " + Self.describe(failure)
            return .pending
        case .success(let plan) where plan.messages.isEmpty:
            error = "Nothing to send: every letter here is skipped (listed above with why)."
            return .pending
        case .success:
            isSending = true
            return .send
        }
    }

    /// Why nothing can be composed, with the commands that set missing settings.
    static func describe(_ error: MailError) -> String {
        switch error {
        case .missingSettings(let keys):
            "the store's settings lack \(keys.map(\.rawValue).joined(separator: " and ")); set "
                + (keys.count == 1 ? "it" : "them") + " with " + keys.map(\.setCommand).joined(separator: " and ") + "."
        default:
            error.description.capitalizedFirst + "."
        }
    }
}
