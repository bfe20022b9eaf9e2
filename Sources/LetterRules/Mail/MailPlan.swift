import LetterDomain
import LetterStore
import Mail

/// Which message a district is sent.
public enum MailKind: String, Sendable, CaseIterable {
    /// The letter is in review: please review it.
    case invitation
    /// The letter is still waiting for the district's review.
    case reminder
}

/// One letter to send a message about: a district and a school year.
public struct MailTarget: Sendable, Equatable {
    public var slug: DistrictSlug
    public var year: SchoolYear

    public init(slug: DistrictSlug, year: SchoolYear) {
        self.slug = slug
        self.year = year
    }
}

/// Who besides the letter's points of contact is written to.
public struct MailOptions: Sendable, Equatable {
    /// The superintendent as well (Cc, or To when no contact has a usable address).
    public var superintendent: Bool

    public init(superintendent: Bool = false) {
        self.superintendent = superintendent
    }
}

/// A message composed for one letter, ready to send.
public struct ComposedMail: Sendable, Equatable {
    public var target: MailTarget
    /// The district's name as the letter has it.
    public var districtName: String
    public var kind: MailKind
    public var message: MailMessage
    /// Addresses of the letter that were not used, each with why ("contacts[1].email: it has no @").
    public var leftOut: [String]
    /// Whole days since the letter was sent to review (nil when its history does not say).
    public var waitingDays: Int?

    /// A file name for the message: `2022-2023-boone-county-reminder-<seconds>`.
    public var fileName: String {
        "\(target.year)-\(target.slug)-\(kind.rawValue)-\(message.date.seconds)"
    }
}

/// A letter no message was composed for, and why.
public struct SkippedMail: Error, Sendable, Equatable {
    public var target: MailTarget?
    /// The file or name concerned when the letter could not be read.
    public var what: String
    public var reason: String
    public var why: Why

    /// The kind of reason, for an exit status.
    public enum Why: Sendable, Equatable {
        /// The letter's status is not one this message is for.
        case status
        /// No usable address.
        case noAddress
        /// The letter could not be read.
        case unreadable
    }
}

/// What `composeMail` made: the messages, and the letters skipped with their reasons.
public struct MailPlan: Sendable, Equatable {
    public var messages: [ComposedMail] = []
    public var skipped: [SkippedMail] = []
    /// When the whole year was asked for: how many letters were left out because they are not
    /// in review (they are not listed one by one).
    public var notInReview = 0
    /// The sendmail program of the store's settings (for `SendmailSender`).
    public var sendmail = ""
}

/// What happened to one composed message.
public struct MailDelivery: Sendable, Equatable {
    public var mail: ComposedMail
    public var outcome: Outcome

    public enum Outcome: Sendable, Equatable {
        /// Sent, and recorded in the letter's history.
        case sent
        /// Sent, but the history could not be written (the error says why).
        case sentNotRecorded(String)
        /// Written to a file; nobody was sent anything, so nothing is recorded.
        case written(path: String)
        /// Not sent (the mail program or the file said why).
        case failed(MailSendError)
    }
}

/// Why messages could not be composed at all.
public enum MailError: Error, Sendable, CustomStringConvertible {
    /// Settings that must be set first.
    case missingSettings([SettingKey])
    case settings(SettingError)
    case store(StoreError)
    /// The access grants (for the key fingerprints) could not be read.
    case access(AccessError)

    public var description: String {
        switch self {
        case .missingSettings(let keys):
            "the store's settings lack \(keys.map(\.rawValue).joined(separator: ", ")), which messages to districts need"
        case .settings(let error): error.description
        case .store(let error): error.description
        case .access(let error): "the access grants (for the key fingerprints) could not be read: \(error.description)"
        }
    }
}
