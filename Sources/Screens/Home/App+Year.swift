import LetterDomain
import LetterRules
import LetterStore
import TerminalUI

/// What Home's year actions and the wizard's export and next/previous letter ask of the app.
enum YearRequest: Equatable {
    /// The export box: Home's marked letters, selected letter and year, or the wizard's letter.
    case export
    /// Send these letters for review (the marked ones, else the selected one).
    case sendToReview([LetterSummary])
    /// From the wizard: the letter this many rows away in Home's list.
    case moveLetter(Int)
    /// From the dashboard: create this year's draft of a district that had last year's letter.
    case createMissing(LetterSummary)
    /// `k`: record the district's decision that came by e-mail, phone or paper.
    case recordDecision(LetterSummary)
    /// `m` or the mail key: invite or remind these letters' districts by e-mail (`App+Mail`).
    case mail([LetterSummary])
}

/// Export, many letters at once, the dashboard's letters and moving through Home's list. Every
/// change goes through the rules service; every refusal is said with its reason.
extension App {
    mutating func applyYear(_ request: YearRequest) {
        switch request {
        case .export: openExport()
        case .sendToReview(let letters): sendToReview(letters)
        case .moveLetter(let offset): moveLetter(by: offset)
        case .createMissing(let summary): createMissing(summary)
        case .recordDecision(let summary): overlay = .decision(DecisionForm(letter: summary, today: context.today(), size: size))
        case .mail(let letters): openMail(letters)
        }
    }

    /// The decision form's keys; Enter records through the rules service, and a refusal stays
    /// in the form with its reason and every typed value.
    mutating func handleDecision(_ form: DecisionForm, _ press: KeyPress) {
        var form = form
        switch form.update(press) {
        case .pending: overlay = .decision(form)
        case .cancel: overlay = nil
        case .record(let decision):
            do {
                let letter = try context.service.recordDecision(decision, of: form.letter.slug, year: form.letter.schoolYear)
                overlay = nil
                if case .home(var home) = route {
                    home.reload(context: context)
                    route = .home(home)
                }
                let said = letter.standingRecordedDecision?.attribution(recordedBy: context.user) ?? ""
                status.show("\(letter.district.name) is \(letter.status.label): \(said).", kind: .success, ticks: nil)
            } catch {
                form.error = error.description.capitalizedFirst
                overlay = .decision(form)
            }
        }
    }

    /// The export, decision and mail boxes are laid out again for a new terminal size, keeping what was typed.
    mutating func fitYearOverlays(to size: Size) {
        if case .export(var form) = overlay {
            form.fit(to: size)
            overlay = .export(form)
        }
        if case .decision(var form) = overlay {
            form.fit(to: size)
            overlay = .decision(form)
        }
        if case .mail(var form) = overlay {
            form.fit(to: size)
            overlay = .mail(form)
        }
    }

    mutating func openExport() {
        switch route {
        case .home(let home):
            let form = ExportForm.forHome(home, size: size)
            guard !form.choices.isEmpty else {
                status.show("Nothing to export: there are no letters for \(home.year).", kind: .info)
                return
            }
            overlay = .export(form)
        case .wizard(let wizard):
            let letter = wizard.saved
            let exported = ExportedLetter(slug: letter.district.slug, districtName: letter.district.name, schoolYear: letter.schoolYear)
            overlay = .export(.forLetter(exported, unsaved: wizard.isDirty, saveKey: keymap.spoken(.save), size: size))
        default:
            break
        }
    }

    mutating func handleExport(_ form: ExportForm, _ press: KeyPress) {
        var form = form
        switch form.update(press) {
        case .pending: overlay = .export(form)
        case .cancel: overlay = nil
        case .export(let request):
            overlay = nil
            let result = ExportJob.run(request, service: context.service)
            status.show(result.message + ".", kind: result.isFailure ? .error : result.refusals.isEmpty ? .success : .warning, ticks: nil)
            if !result.refusals.isEmpty { showReport("Not exported", result.refusals) }
        }
    }

    /// Sends each letter for review; the ones the workflow refuses are listed with why, and stay marked.
    mutating func sendToReview(_ letters: [LetterSummary]) {
        guard !letters.isEmpty else {
            status.show("No letter to send: mark letters with Space, or select one.", kind: .info)
            return
        }
        var sent: [DistrictSlug] = []
        var refused: [String] = []
        for summary in letters {
            do {
                switch try context.service.transition(summary.slug, year: summary.schoolYear, to: .inReview) {
                case .saved: sent.append(summary.slug)
                case .conflict: refused.append("\(summary.districtName): someone saved it at the same moment; try again")
                case .unchanged, .confirmationNeeded: refused.append("\(summary.districtName): nothing changed")
                }
            } catch {
                refused.append("\(summary.districtName): \(error.description)")
            }
        }
        if case .home(var home) = route {
            home.marked.subtract(sent)
            home.reload(context: context)
            route = .home(home)
        }
        let message = "Sent \(sent.count) of \(letters.count) letter\(letters.count == 1 ? "" : "s") for review"
            + (refused.isEmpty ? "." : "; \(refused.count) refused (listed, and still marked).")
        status.show(message, kind: refused.isEmpty ? .success : sent.isEmpty ? .error : .warning, ticks: nil)
        if !refused.isEmpty { showReport("Not sent for review", refused) }
    }

    /// A list of what was left undone and why, over the screen until Esc or Enter.
    mutating func showReport(_ title: String, _ lines: [String]) {
        let text = lines.map { "• " + $0 }.joined(separator: "\n")
        overlay = .report(title, TextView(text: text, viewport: Size(columns: size.columns - 8, rows: size.rows - 6)))
    }

    /// F8/F7 in the wizard: saves the open letter if it has edits (a question or a conflict
    /// stops the move, as leaving does), then opens the next or previous letter of Home's list.
    mutating func moveLetter(by offset: Int) {
        guard case .wizard(let wizard) = route else { return }
        let letter = wizard.letter
        guard let home = keptHome, home.year == letter.schoolYear, let target = home.neighbour(of: letter.district.slug, by: offset) else {
            status.show("No \(offset > 0 ? "next" : "previous") letter in Home's list after \(letter.district.name).", kind: .info)
            return
        }
        if wizard.isDirty, !save() { return }
        keptHome?.select(target.slug)
        open(target.slug, target.schoolYear)
    }

    /// Creates this year's draft for a district the dashboard lists as missing, and opens it.
    mutating func createMissing(_ previous: LetterSummary) {
        guard case .home(let home) = route else { return }
        do {
            let letter = try context.service.create(districtName: previous.districtName, slug: previous.slug, year: home.year)
            openWizard(WizardState(letter: letter, edition: try context.service.edition(of: letter)))
            status.show("Created the draft for \(letter.district.name), \(letter.schoolYear).", kind: .success)
        } catch {
            status.show("Not created: \(error.description)", kind: .error, ticks: nil)
        }
    }
}
