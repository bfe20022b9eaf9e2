import LetterDomain
import LetterStore
import Mail
import FoundationEssentials

/// Telling districts: one plain-text message per letter to its points of contact (and the
/// superintendent when asked), composed here for every front end, sent through a `MailSender`,
/// and recorded in the letter's history when it was sent.
///
/// Both messages are for letters in review, the only status in which a district has something
/// to do: an invitation when the letter has just been sent to review, a reminder while it waits.
/// A draft has not been sent yet, a decided letter is back with KDE, a signed one is done; each
/// is skipped with its reason rather than sent a message that would ask for nothing.
extension LetterService {
    /// Messages for the letters named (each skipped one with why).
    public func composeMail(kind: MailKind, letters: [MailTarget], options: MailOptions = MailOptions()) throws(MailError) -> MailPlan {
        let settings = try mailSettings()
        let grants = try accessGrants()
        var plan = MailPlan(sendmail: settings.sendmail)
        for target in letters {
            let opened: OpenedLetter
            do { opened = try open(target.slug, year: target.year) } catch {
                plan.skipped.append(SkippedMail(target: target, what: "\(target.slug) \(target.year)", reason: error.description, why: .unreadable))
                continue
            }
            switch compose(kind, opened.letter, settings: settings, grants: grants, options: options) {
            case .success(let mail): plan.messages.append(mail)
            case .failure(let skipped): plan.skipped.append(skipped)
            }
        }
        return plan
    }

    /// Messages for every letter of `year` in review; the others are only counted.
    public func composeMail(kind: MailKind, year: SchoolYear, options: MailOptions = MailOptions()) throws(MailError) -> MailPlan {
        let listing: SummaryListing
        do { listing = try store.summaries(year: year, summarize: store.summarize) } catch { throw .store(error) }
        var targets: [MailTarget] = []
        var plan = MailPlan()
        for summary in listing.summaries.sorted(by: { $0.slug < $1.slug }) {
            if summary.status == .inReview {
                targets.append(MailTarget(slug: summary.slug, year: year))
            } else {
                plan.notInReview += 1
            }
        }
        var composed = try composeMail(kind: kind, letters: targets, options: options)
        composed.notInReview = plan.notInReview
        composed.skipped = listing.problems.map {
            SkippedMail(target: nil, what: "a letter of \(year)", reason: $0.description, why: .unreadable)
        } + composed.skipped
        return composed
    }

    /// Sends each message and records each one sent in its letter's history (the letter itself
    /// does not change: see `LetterStore.appendHistory`). A message that fails does not stop the others.
    public func sendMail(_ plan: MailPlan, via sender: some MailSender) -> [MailDelivery] {
        plan.messages.map { mail in
            let receipt: MailReceipt
            do throws(MailSendError) { receipt = try sender.send(mail.message, named: mail.fileName) } catch {
                return MailDelivery(mail: mail, outcome: .failed(error))
            }
            if case .written(let path) = receipt { return MailDelivery(mail: mail, outcome: .written(path: path)) }
            let entry = HistoryEntry(at: now(), by: user, action: .mailed, note: Self.historyNote(mail))
            do throws(StoreError) { try store.appendHistory(entry, to: mail.target.slug, year: mail.target.year) } catch {
                return MailDelivery(mail: mail, outcome: .sentNotRecorded(error.description))
            }
            return MailDelivery(mail: mail, outcome: .sent)
        }
    }

    /// `reminder sent to a@x, b@y (cc c@z); Message-ID <...>`.
    static func historyNote(_ mail: ComposedMail) -> String {
        let name = mail.kind == .invitation ? "invitation to review" : "reminder"
        let cc = mail.message.cc.isEmpty ? "" : " (cc \(mail.message.cc.map(\.address).joined(separator: ", ")))"
        return "\(name) sent to \(mail.message.to.map(\.address).joined(separator: ", "))\(cc); Message-ID \(mail.message.messageID)"
    }

    /// Every grant in the managed `authorized_keys` file.
    private func accessGrants() throws(MailError) -> [AccessEntry] {
        do { return try store.readAccess().entries } catch { throw .access(error) }
    }
}
