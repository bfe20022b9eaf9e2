import LetterDomain
import TerminalUI

/// The letter being answered in line mode, and how answers change it.
struct LineEditState {
    private(set) var letter: Letter
    private(set) var saved: Letter
    let edition: Edition
    /// How many point-of-action questions to ask (2, or 3 once added).
    private(set) var points: Int

    enum Result: Equatable {
        /// Stored; notes are findings about the new value.
        case accepted([String])
        /// Not stored (the value cannot be held by the field), with the reason.
        case refused(String)
        /// Questions were added where this one stood (a contact, a point): ask them next.
        case added
    }

    init(letter: Letter, edition: Edition) {
        var working = letter
        if working.signatures.kde.name.isEmpty, let name = edition.kdeDesignee.name { working.signatures.kde.name = name }
        self.letter = working
        self.saved = working
        // Worded for the letter's year, so questions name it (not the form's).
        self.edition = edition.worded(for: letter.schoolYear)
        self.points = max(2, letter.actions.count)
    }

    var questions: [LineQuestion] { LineQuestion.all(for: letter, edition: edition, points: points) }
    var findings: [Finding] { Validator(edition: edition).findings(for: letter).filter { $0.severity == .error } }
    var isDirty: Bool { letter != saved }

    mutating func didSave(_ stored: Letter) {
        letter = stored
        saved = stored
    }

    /// The prompt text: number, section, label, current value, what is expected.
    func describe(_ question: LineQuestion, number: Int, of total: Int) -> String {
        let head = "Question \(number) of \(total). Section \(question.step.number), \(question.step.title)."
        switch question {
        case .read(_, let text):
            return head + "\n" + text + "\n" + question.expects
        case .acknowledge(let item):
            return head + " Commitment: \(item.fullText)\nAcknowledged now: \(letter.isAcknowledged(item.id) ? "yes" : "no"). " + question.expects
        case .field(let path):
            return head + " \(path.label). " + current(letter.value(at: path)) + " " + question.expects
        case .answer(let prompt):
            let text = prompt.note.map { prompt.text + " " + $0 } ?? prompt.text
            return head + " \(text)\n" + current(letter.answer(to: prompt.id)) + " " + question.expects
        case .point(let i):
            let value = letter.actions.indices.contains(i) ? letter.actions[i] : ""
            return head + " Point of action \(i + 1). " + current(value) + " " + question.expects
        case .addContact:
            return head + " There \(letter.contacts.count == 1 ? "is 1 point of contact" : "are \(letter.contacts.count) points of contact"). Add another? " + question.expects
        case .addPoint:
            return head + " There are \(points) points of action. Add a third? " + question.expects
        }
    }

    private func current(_ value: String) -> String {
        value.trimmed.isEmpty ? "Current value: empty." : "Current value: \(value)."
    }

    /// Puts an answer into the letter.
    mutating func apply(_ answer: String, to question: LineQuestion) -> Result {
        switch question {
        case .read:
            return .accepted([])
        case .acknowledge(let item):
            guard let yes = Self.yesNo(answer) else { return .refused("answer yes or no.") }
            letter.acknowledgements[item.id] = yes ? true : nil
            return .accepted([])
        case .addContact:
            guard let yes = Self.yesNo(answer) else { return .refused("answer yes or no.") }
            if yes { letter.contacts.append(Contact()) }
            return yes ? .added : .accepted([])
        case .addPoint:
            guard let yes = Self.yesNo(answer) else { return .refused("answer yes or no.") }
            if yes { points = min(FieldLimits.points.upperBound, points + 1) }
            return yes ? .added : .accepted([])
        case .answer(let prompt):
            return set(.reflection(prompt.id), answer)
        case .point(let i):
            if let problem = limitProblem(answer, .action(i)) { return .refused(problem) }
            var typed = letter.actions + Array(repeating: "", count: max(0, points - letter.actions.count))
            typed[i] = answer
            letter.actions = typed.filter { !$0.trimmed.isEmpty }
            return .accepted(notes(for: .actions))
        case .field(let path):
            switch path {
            case .districtSignatureDate, .kdeSignatureDate:
                let text = answer == "-" ? "" : answer
                if !text.isEmpty, let problem = (Result.dateProblem(text)) { return .refused(problem) }
                return set(path, text)
            default:
                return set(path, answer)
            }
        }
    }

    private mutating func set(_ path: FieldPath, _ value: String) -> Result {
        if let problem = limitProblem(value, path) { return .refused(problem) }
        do { try letter.set(path, to: value, edition: edition) } catch { return .refused(error.reason + ".") }
        return .accepted(notes(for: path))
    }

    private func notes(for path: FieldPath) -> [String] {
        Validator(edition: edition).findings(for: letter).filter { $0.field == path }.map(\.message)
    }

    /// Why `value` is refused for going over the field's limit, or nil: an answer that does not
    /// fit is refused whole with the reason, never cut (as in the wizard).
    func limitProblem(_ value: String, _ path: FieldPath) -> String? {
        let limit: Int
        switch path {
        case .reflection: limit = FieldLimits.answer
        case .districtSignatureDate, .kdeSignatureDate, .acknowledgement, .contacts, .actions: return nil
        default: limit = path.maxLength
        }
        guard value.count > limit else { return nil }
        let count = value.count
        return "\(LengthRefusal.grouped(count)) characters, \(LengthRefusal.grouped(count - limit)) over the "
            + "\(LengthRefusal.grouped(limit))-character limit of \(path.label(in: edition)); nothing was stored, shorten it."
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "y", "yes", "true", "1": true
        case "n", "no", "false", "0": false
        default: nil
        }
    }
}

extension LineEditState.Result {
    static func dateProblem(_ text: String) -> String? {
        do { _ = try CalendarDate(parsing: text) } catch { return error.description.capitalizedFirst + "." }
        return nil
    }
}
