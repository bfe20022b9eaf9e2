import LetterDomain
import LetterStore
import Mail
import FoundationEssentials

extension LetterService {
    /// The message for one letter, or why there is none.
    func compose(_ kind: MailKind, _ letter: Letter, settings: MailSettings, grants: [AccessEntry],
                 options: MailOptions) -> Result<ComposedMail, SkippedMail> {
        let target = MailTarget(slug: letter.district.slug, year: letter.schoolYear)
        if let reason = Self.notInReview(letter) {
            return .failure(SkippedMail(target: target, what: "\(target.slug) \(target.year)", reason: reason, why: .status))
        }
        var recipients = Recipients()
        for (index, contact) in letter.contacts.enumerated() {
            recipients.add(contact.email, name: contact.name, field: "contacts[\(index)].email", copy: false)
        }
        if options.superintendent {
            recipients.add(letter.superintendent.email, name: letter.superintendent.name, field: "superintendent.email", copy: true)
        }
        if recipients.to.isEmpty { (recipients.to, recipients.cc) = (recipients.cc, []) }
        guard !recipients.to.isEmpty else {
            let why = recipients.leftOut.isEmpty ? ["no point of contact has an e-mail address"] : recipients.leftOut
            return .failure(SkippedMail(target: target, what: "\(target.slug) \(target.year)",
                                        reason: "no usable address: " + why.joined(separator: "; "), why: .noAddress))
        }
        // The settings were checked: the From address is valid.
        let from = try! MailAddress(settings.from, displayName: settings.fromName)
        let now = now()
        let wording = MailWording(kind: kind, letter: letter, settings: settings, grants: grants.filter { $0.district == letter.district.slug },
                                  names: recipients.to.map(\.displayName).map(MailWording.safe).filter { !$0.isEmpty },
                                  sentToReview: letter.history.last { $0.toStatus == .inReview }?.at, now: now)
        let seconds = Int(now.timeIntervalSince1970.rounded(.down))
        let message = MailMessage(from: from, to: recipients.to, cc: recipients.cc, subject: wording.subject,
                                  date: .local(seconds: seconds), messageID: MailMessage.makeMessageID(domain: from.domain, seconds: seconds),
                                  body: wording.body)
        return .success(ComposedMail(target: target, districtName: letter.district.name, kind: kind, message: message,
                                     leftOut: recipients.leftOut, waitingDays: wording.waitingDays))
    }

    /// Why a letter is not one a district is asked to review, or nil when it is in review.
    static func notInReview(_ letter: Letter) -> String? {
        switch letter.status {
        case .inReview: nil
        case .draft: "it is a draft: it must be sent to review first"
        case .approved: "the district approved revision \(letter.revision): there is nothing left to review"
        case .changesRequested: "the district asked for changes: the letter is back with KDE"
        case .signed, .active, .expired, .terminated: "it is \(letter.status.label): there is nothing to review"
        }
    }
}

/// The addresses of a letter: each used once, the unusable ones listed with why.
private struct Recipients {
    var to: [MailAddress] = []
    var cc: [MailAddress] = []
    var leftOut: [String] = []

    mutating func add(_ email: String, name: String, field: String, copy: Bool) {
        // An empty contact address is a contact without one; the superintendent was asked for.
        if email.isEmpty {
            if copy { leftOut.append("\(field): it is empty") }
            return
        }
        do {
            let address = try MailAddress(email, displayName: name)
            let key = address.address.lowercased()
            if (to + cc).contains(where: { $0.address.lowercased() == key }) { return }
            if copy { cc.append(address) } else { to.append(address) }
        } catch {
            leftOut.append("\(field) \"\(MailWording.safe(email))\": \(error.reason)")
        }
    }
}
