import ArgumentParser
import LetterDomain
import LetterRules
import LetterStore
import Mail
import TextSafety

/// One run of `kyiln mail invite|remind`: compose, then print, write or send, and report.
struct MailRun {
    var kind: MailKind
    var arguments: MailArguments
    var storeOption: String?

    func run() throws {
        try reportingFailures {
            let year = try SchoolYear(arguments.year)
            var targets: [MailTarget] = []
            for slug in arguments.slugs {
                let target = MailTarget(slug: try DistrictSlug(slug), year: year)
                if !targets.contains(target) { targets.append(target) }
            }
            let context = try CommandContext(storeOption: storeOption)
            let options = MailOptions(superintendent: arguments.superintendent)
            let plan: MailPlan
            do throws(MailError) {
                plan = targets.isEmpty ? try context.service.composeMail(kind: kind, year: year, options: options)
                    : try context.service.composeMail(kind: kind, letters: targets, options: options)
            } catch {
                throw fail(Self.message(for: error), status: Self.status(for: error))
            }
            var firstProblem = report(plan)
            if arguments.dryRun {
                printMessages(plan)
            } else {
                let sender: any MailSender
                if let output = arguments.output { sender = FolderSender(folder: StoreLocation.absolute(output)) }
                else { sender = SendmailSender(path: plan.sendmail) }
                let deliveries = context.service.sendMail(plan, via: sender)
                firstProblem = firstProblem ?? report(deliveries)
            }
            if plan.messages.isEmpty && plan.skipped.isEmpty {
                let others = plan.notInReview > 0 ? " (\(plan.notInReview) letter(s) in other statuses: kyiln list shows them)" : ""
                say("no letter of \(year) is in review: nothing to send\(others)")
            }
            if let status = firstProblem { throw ExitCode(status) }
        }
    }

    /// Lists the skipped letters and the addresses left out; the status of the first problem.
    private func report(_ plan: MailPlan) -> Int32? {
        var first: Int32?
        for skipped in plan.skipped {
            let hint = skipped.target.flatMap { target in
                skipped.why == .status && skippedDraft(skipped) ? " (kyiln status \(target.slug) --year \(target.year) in-review)" : nil
            } ?? ""
            printError("kyiln: skipped \(skipped.what): \(skipped.reason)\(hint)")
            let status: Int32 = switch skipped.why {
            case .status: ExitStatus.refused
            case .noAddress, .unreadable: ExitStatus.badData
            }
            first = first ?? status
        }
        for mail in plan.messages {
            for note in mail.leftOut { printError("kyiln: note: \(mail.target.slug) \(mail.target.year): left out \(note)") }
        }
        if plan.notInReview > 0 && !(plan.messages.isEmpty && plan.skipped.isEmpty) {
            say("\(plan.notInReview) other letter(s) of the year are not in review and were left out (kyiln list shows their status)")
        }
        return first
    }

    private func skippedDraft(_ skipped: SkippedMail) -> Bool { skipped.reason.hasPrefix("it is a draft") }

    /// One line per message: sent (and recorded), written, or failed; the status of the first failure.
    private func report(_ deliveries: [MailDelivery]) -> Int32? {
        var first: Int32?
        for delivery in deliveries {
            let mail = delivery.mail
            let name = "\(mail.kind == .invitation ? "invitation" : "reminder") for \(mail.target.slug) \(mail.target.year)"
            let to = mail.message.recipients.map(\.address).joined(separator: ", ")
            switch delivery.outcome {
            case .sent: say("sent \(name) to \(to)\(waited(mail)); recorded in its history")
            case .written(let path): say("wrote \(path) (\(name) to \(to); not sent, nothing recorded)")
            case .sentNotRecorded(let why):
                printError("kyiln: sent \(name) to \(to), but its history could not be written: \(why)")
                first = first ?? ExitStatus.ioError
            case .failed(let error):
                printError("kyiln: \(name) not sent: \(error.description)")
                first = first ?? (error.alreadyExists ? ExitStatus.alreadyExists : ExitStatus.ioError)
            }
        }
        return first
    }

    private func waited(_ mail: ComposedMail) -> String {
        guard mail.kind == .reminder, let days = mail.waitingDays else { return "" }
        return " (waiting \(days == 1 ? "1 day" : "\(days) days"))"
    }

    /// `--dry-run`: each message's header lines and its body as plain text.
    private func printMessages(_ plan: MailPlan) {
        for (index, mail) in plan.messages.enumerated() {
            say("--- message \(index + 1) of \(plan.messages.count): \(mail.target.slug) \(mail.target.year) (not sent) ---")
            for line in mail.message.headerFields.flatMap(\.lines) { say(line) }
            say("")
            print(TextSafety.visible(mail.message.body, lines: .kept), terminator: "")
        }
    }

    private func say(_ line: String) { print(TextSafety.visible(line)) }

    static func message(for error: MailError) -> String {
        switch error {
        case .missingSettings(let keys):
            error.description + "; set " + keys.map(\.setCommand).joined(separator: " and ")
        default: error.description
        }
    }

    static func status(for error: MailError) -> Int32 {
        switch error {
        case .missingSettings: ExitStatus.unusableStore
        case .settings(.store(let store)), .store(let store): ExitStatus.forStoreError(store)
        case .settings: ExitStatus.unusableStore
        case .access: ExitStatus.ioError
        }
    }
}
