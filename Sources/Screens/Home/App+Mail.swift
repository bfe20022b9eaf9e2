import LetterDomain
import LetterRules
import Mail
import TerminalUI

/// Telling districts from Home: the mail box composes through the rules service (the same
/// `composeMail` as `kyiln mail`), and Enter sends through the settings' sendmail program.
/// The sending happens on the tick after Enter, so "Sending…" is drawn first; the mail
/// program has a time limit (`SendmailSender.timeLimit`), so the screen never waits forever.
extension App {
    /// Opens the mail box for these letters (the marked ones, else the selected one).
    mutating func openMail(_ letters: [LetterSummary]) {
        guard !letters.isEmpty else {
            status.show("No letter to e-mail: mark letters with Space, or select one.", kind: .info)
            return
        }
        let targets = letters.map { MailTarget(slug: $0.slug, year: $0.schoolYear) }
        overlay = .mail(MailForm(letters: letters, plan: composed(.invitation, targets, MailOptions()), size: size))
    }

    /// What the rules service would send for the box's letters and choices now.
    func composed(_ form: MailForm) -> Result<MailPlan, MailError> {
        composed(form.kind, form.targets, form.options)
    }

    func composed(_ kind: MailKind, _ targets: [MailTarget], _ options: MailOptions) -> Result<MailPlan, MailError> {
        do throws(MailError) {
            return .success(try context.service.composeMail(kind: kind, letters: targets, options: options))
        } catch {
            return .failure(error)
        }
    }

    /// The mail box's keys.
    mutating func handleMail(_ form: MailForm, _ press: KeyPress) {
        var form = form
        switch form.update(press) {
        case .pending: overlay = .mail(form)
        case .cancel: overlay = nil
        case .recompose:
            form.plan = composed(form)
            overlay = .mail(form)
        case .send:
            overlay = .mail(form)
            let count = (try? form.plan.get().messages.count) ?? 0
            status.show("Sending \(count) message\(count == 1 ? "" : "s")…", kind: .info, ticks: nil)
        }
    }

    /// On the tick after Enter: composes again (a letter may have changed since the box
    /// opened), sends, and reports what was sent and each refusal with its reason.
    mutating func sendMailIfAsked() {
        guard case .mail(var form) = overlay, form.isSending else { return }
        let plan: MailPlan
        switch composed(form) {
        case .failure(let error):
            form.isSending = false
            form.error = "Nothing sent: " + MailForm.describe(error)
            overlay = .mail(form)
            return
        case .success(let composed): plan = composed
        }
        let deliveries = context.service.sendMail(plan, via: SendmailSender(path: plan.sendmail))
        overlay = nil
        var sent: [DistrictSlug] = []
        var done: [String] = []
        var refused: [String] = []
        var unrecorded = 0
        for delivery in deliveries {
            let mail = delivery.mail
            let to = mail.message.recipients.map(\.address).joined(separator: ", ")
            switch delivery.outcome {
            case .sent:
                sent.append(mail.target.slug)
                done.append("\(mail.districtName): sent to \(to)\(MailForm.waited(mail)); recorded in its history")
            case .sentNotRecorded(let why):
                sent.append(mail.target.slug)
                unrecorded += 1
                refused.append("\(mail.districtName): sent to \(to), but its history could not be written: \(why)")
            case .written(let path):
                done.append("\(mail.districtName): written to \(path), not sent")
            case .failed(let error):
                refused.append("\(mail.districtName): not sent: \(error.description)")
            }
            for note in mail.leftOut { done.append("\(mail.districtName): left out \(note)") }
        }
        refused += plan.skipped.map { "\(form.name(of: $0.target, else: $0.what)): skipped: \($0.reason)" }
        reportMail(form, sent: sent, unrecorded: unrecorded, done: done, refused: refused)
    }

    /// The status bar's count and the report box; the letters sent are unmarked, the others stay marked.
    private mutating func reportMail(_ form: MailForm, sent: [DistrictSlug], unrecorded: Int, done: [String], refused: [String]) {
        var stayMarked = false
        if case .home(var home) = route {
            home.marked.subtract(sent)
            stayMarked = !home.marked.isEmpty
            home.reload(context: context)
            route = .home(home)
            keptHome = home
        }
        let noun = form.kind == .invitation ? "invitation" : "reminder"
        let count = form.letters.count
        let notSent = refused.count - unrecorded
        let message = "Sent \(sent.count) of \(count) \(noun)\(count == 1 ? "" : "s")"
            + (notSent == 0 ? "" : "; \(notSent) not sent (listed\(stayMarked ? ", still marked" : ""))")
            + (unrecorded == 0 ? "" : "; \(unrecorded) not recorded in the history (listed)") + "."
        status.show(message, kind: refused.isEmpty ? .success : sent.isEmpty ? .error : .warning, ticks: nil)
        let title = refused.isEmpty ? "E-mail sent" : sent.isEmpty ? "E-mail not sent, and why" : "E-mail: what was sent, and what was not and why"
        showReport(title, refused + done)
    }
}
