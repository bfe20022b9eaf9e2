import LetterDomain
import LetterRules
import LetterStore

/// The accessible line mode: the same letters and fields as the wizard, as plain
/// numbered prompts on standard input and output — no cursor addressing, no colours,
/// no box drawing — so a screen reader reads every word in order.
///
/// At any prompt: `?` help, an empty answer keeps the value, `back` goes to the previous
/// question, `save` saves, `show` prints the letter, `quit` leaves. To answer one of
/// those words literally, start the answer with a backslash (`\back`).
public struct LineWizard {
    let context: AppContext
    let io: LineIO

    public init(context: AppContext, io: LineIO) {
        self.context = context
        self.io = io
    }

    /// Runs the session until `quit` or the end of input.
    public func run() {
        io.say("kyiln, line mode. Type ? at any prompt for help.")
        var year = SchoolYear(containing: context.today())
        if let newest = try? context.store.schoolYears().last { year = newest }
        while true {
            let summaries = (try? context.store.summaries(year: year, summarize: context.store.summarize).summaries) ?? []
            io.say("")
            io.say("Letters of \(year): \(summaries.count).")
            for (i, summary) in summaries.enumerated() {
                io.say("\(i + 1). \(summary.districtName): \(summary.status.label), \(summary.leftToFill).")
            }
            io.say("Type a number to open that letter, new for a new letter, year and a school year (such as year 2023-2024) to change year, or quit.")
            guard let answer = io.ask("Letters") else { return }
            switch answer.lowercased() {
            case "quit", "q", "exit": return
            case "?", "help": help()
            case "new", "n": year = newLetter(year: year)
            default:
                if answer.lowercased().hasPrefix("year ") {
                    do { year = try SchoolYear(String(answer.dropFirst(5))) } catch { io.say("\(error.description.capitalizedFirst).") }
                } else if let number = Int(answer), summaries.indices.contains(number - 1) {
                    let summary = summaries[number - 1]
                    edit(summary.slug, summary.schoolYear)
                } else {
                    io.say("Not understood: \(answer). Type a number from 1 to \(summaries.count), new, year, or quit.")
                }
            }
        }
    }

    private func help() {
        io.say("Help. Each question says its section, its label, the current value and what a valid answer looks like.")
        io.say("Empty answer: keep the value. back: the previous question. save: save the letter. show: print the letter as the form.")
        io.say("findings: what is left to do. quit: leave (asks to save first). Start an answer with a backslash to type one of these words literally.")
    }

    /// Creates a draft and walks it; returns the school year to list next.
    private func newLetter(year: SchoolYear) -> SchoolYear {
        guard let yearText = io.ask("New letter. School year, empty for \(year)") else { return year }
        let schoolYear: SchoolYear
        do { schoolYear = yearText.isEmpty ? year : try SchoolYear(yearText) } catch {
            io.say("\(error.description.capitalizedFirst).")
            return year
        }
        guard let name = io.ask("District name"), !name.isEmpty else {
            io.say("No name given: nothing was created.")
            return year
        }
        do {
            let letter = try context.service.create(districtName: name, year: schoolYear)
            io.say("Created the draft for \(letter.district.name), \(schoolYear), on the \(letter.editionID) edition.")
            edit(letter.district.slug, schoolYear)
            return schoolYear
        } catch {
            io.say("Not created: \(error.description).")
        }
        return year
    }

    /// Walks one letter question by question.
    private func edit(_ slug: DistrictSlug, _ year: SchoolYear) {
        var state: LineEditState
        do {
            let opened = try context.service.open(slug, year: year)
            state = LineEditState(letter: opened.letter, edition: opened.edition)
        } catch {
            io.say("Cannot open the letter: \(error).")
            return
        }
        io.say("\(state.letter.district.name), \(state.letter.schoolYear), \(state.letter.status.label). \(state.questions.count) questions, section by section.")
        if state.letter.status.locksContent { io.say(Self.lockedNotice(state.letter.status)) }
        var index = 0
        while true {
            let questions = state.questions
            if index >= questions.count {
                let open = state.findings
                io.say("End of the letter. " + (open.isEmpty ? "No findings: the letter is complete." : "\(open.count) finding(s) left:"))
                for finding in open { io.say("- \(finding.step.number) \(finding.step.title), \(finding.field.label): \(finding.message)") }
                io.say("Type save to save, back to go back, or quit.")
                guard let answer = io.ask("End") else { finish(&state); return }
                switch command(answer) {
                case .back: index = max(0, questions.count - 1)
                case .save: save(&state)
                case .quit: if finish(&state) { return }
                case .help: help()
                case .show: show(state)
                case .findings, .keep, .answer: break
                }
                continue
            }
            let question = questions[index]
            io.say("")
            io.say(state.describe(question, number: index + 1, of: questions.count))
            guard let answer = io.ask("\(question.step.number) \(question.step.title)") else { finish(&state); return }
            switch command(answer) {
            case .keep: index += 1
            case .back: index = max(0, index - 1)
            case .save: save(&state)
            case .quit: if finish(&state) { return }
            case .help: help()
            case .show: show(state)
            case .findings:
                let open = state.findings
                io.say(open.isEmpty ? "No findings." : open.map { "\($0.field.label): \($0.message)" }.joined(separator: "\n"))
            case .answer where state.letter.status.locksContent:
                // Said at once, not at save: nothing typed here could be stored.
                io.say(Self.lockedNotice(state.letter.status))
            case .answer(let text):
                var typed = text
                if case .answer = question { typed = io.readParagraphs(firstLine: text).text }
                switch state.apply(typed, to: question) {
                case .accepted(let notes):
                    for note in notes { io.say("Note: \(note)") }
                    index += 1
                case .added:
                    break
                case .refused(let reason):
                    io.say("Not taken: \(reason) Try again, or press Enter to keep the value.")
                }
            }
        }
    }

    /// Why a signed letter takes no answer, and how to unlock it.
    static func lockedNotice(_ status: LetterStatus) -> String {
        "Read-only: the letter is \(status.label), so what was signed cannot change. To change it, move it back to draft "
            + "(F2 in the full-screen wizard, or kyiln status with draft and a note), which clears both signature dates."
    }

    private enum Command {
        case keep, back, save, quit, help, show, findings
        case answer(String)
    }

    private func command(_ text: String) -> Command {
        switch text.lowercased() {
        case "": return .keep
        case "back": return .back
        case "save": return .save
        case "quit", "exit": return .quit
        case "?", "help": return .help
        case "show": return .show
        case "findings": return .findings
        default: return .answer(text.hasPrefix("\\") ? String(text.dropFirst()) : text)
        }
    }

    private func show(_ state: LineEditState) {
        io.write(TextRenderer().render(FormLayout(edition: state.edition, letter: state.letter)))
    }

    private func save(_ state: inout LineEditState, confirmingReopen: Bool = false) {
        guard state.isDirty else {
            io.say("Nothing to save: no changes since the last save.")
            return
        }
        do {
            switch try context.service.save(state.letter, from: state.saved, confirmingReopen: confirmingReopen) {
            case .saved(let saved):
                state.didSave(saved.letter)
                if let decision = saved.reopened {
                    io.say("The district's decision on revision \(decision.revision) (\(decision.by)) no longer counts: the letter is back in review.")
                }
                for value in saved.unstored { io.say("\(value.message).") }
                io.say("Saved (revision \(saved.letter.revision)). \(state.findings.isEmpty ? "The letter is complete." : "\(state.findings.count) finding(s) still open.")")
            case .unchanged(let unstored):
                io.say(unstored.isEmpty ? "Nothing to save: the store holds these values already." : "Not saved: " + unstored.map(\.message).joined(separator: "; ") + ".")
            case .conflict(let conflict):
                io.say("Not saved: \(conflict.description). Your answers are kept here; quit and open the letter again to see theirs.")
            case .confirmationNeeded(let decision):
                let verb = decision.status == .approved ? "approved" : "decided on"
                let when = decision.at.map { " on \(LocalTime.format($0))" } ?? ""
                io.say("\(decision.by) \(verb) revision \(decision.revision)\(when). Saving changes the letter, so it goes back to review and the district must review it again.")
                guard let answer = io.ask("Type yes to save anyway, anything else to keep editing"), answer.lowercased() == "yes" else {
                    io.say("Not saved. Your answers are kept.")
                    return
                }
                save(&state, confirmingReopen: true)
            }
        } catch {
            io.say("Not saved: \(error.description). Your answers are kept.")
        }
    }

    /// Leaves the letter; with unsaved answers asks first. Returns whether to leave.
    @discardableResult
    private func finish(_ state: inout LineEditState) -> Bool {
        guard state.isDirty else { return true }
        io.say("There are unsaved answers. Type save to save them, discard to leave without saving, or anything else to stay.")
        guard let answer = io.ask("Unsaved") else {
            // End of input with unsaved answers: keep them in the recovery file rather than lose them.
            try? context.store.writeRecovery(Recovery(letter: state.letter, savedAt: context.now()))
            io.say("Input ended: your answers were kept in the recovery file; the next start offers them.")
            return true
        }
        switch answer.lowercased() {
        case "save":
            save(&state)
            return !state.isDirty
        case "discard": return true
        default: return false
        }
    }
}
