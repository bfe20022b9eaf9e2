import LetterStore
import Mail
import TextSafety

/// The settings kyiln knows, what each may hold and its default (`kyiln settings`).
public enum SettingKey: String, CaseIterable, Sendable {
    /// The address messages to districts come from (and replies go to).
    case mailFrom = "mail.from"
    /// The name shown with it ("KY ILN Program Manager").
    case mailFromName = "mail.from-name"
    /// The absolute path of the system's sendmail program.
    case mailSendmail = "mail.sendmail"
    /// The host name district contacts connect to (`ssh -t kyiln@HOST`).
    case reviewHost = "review.host"
    /// The review account on that host.
    case reviewAccount = "review.account"

    /// What it is for, in a line.
    public var meaning: String {
        switch self {
        case .mailFrom: "the address messages to districts come from and replies go to"
        case .mailFromName: "the name shown with the From address"
        case .mailSendmail: "the sendmail program messages are handed to (Postfix, Exim or msmtp)"
        case .reviewHost: "the server district contacts connect to with ssh"
        case .reviewAccount: "the review account on that server"
        }
    }

    /// What to type for its value in a command that sets it ("ADDRESS", "HOST").
    public var placeholder: String {
        switch self {
        case .mailFrom: "ADDRESS"
        case .reviewHost: "HOST"
        case .mailSendmail: "/usr/sbin/sendmail"
        case .mailFromName, .reviewAccount: "NAME"
        }
    }

    /// The command that sets it, for every front end that says a setting is missing:
    /// `kyiln settings set mail.from ADDRESS`.
    public var setCommand: String { "kyiln settings set \(rawValue) \(placeholder)" }

    /// The value used when none is set (nil: it must be set before it is needed).
    public var defaultValue: String? {
        switch self {
        case .mailSendmail: "/usr/sbin/sendmail"
        case .reviewAccount: "kyiln"
        case .mailFrom, .mailFromName, .reviewHost: nil
        }
    }

    /// Nil when `value` may be stored, else why not.
    public func problem(with value: String) -> String? {
        if let bad = value.unicodeScalars.first(where: { !TextSafety.isAllowedInName($0) }) {
            return "it holds \(TextSafety.codePointLabel(bad.value)), a control or invisible character"
        }
        switch self {
        case .mailFrom:
            return MailAddress.problem(with: value)
        case .mailFromName:
            return value.count > 100 ? "it is longer than 100 characters" : nil
        case .mailSendmail:
            guard value.hasPrefix("/") else { return "give the program's absolute path, such as /usr/sbin/sendmail" }
            return value.utf8.count > 4096 ? "it is longer than 4096 bytes" : nil
        case .reviewHost:
            let labels = value.split(separator: ".", omittingEmptySubsequences: false)
            let ok = value.utf8.count <= 253 && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || ("g"..."z").contains($0) || ("G"..."Z").contains($0) || $0 == "-" }
            }
            return ok ? nil : "not a host name (letters, digits, hyphens and dots, as in letters.education.ky.gov)"
        case .reviewAccount:
            let ok = value.utf8.count <= 32 && value.unicodeScalars.enumerated().allSatisfy { index, c in
                ("a"..."z").contains(c) || c == "_" || (index > 0 && (("0"..."9").contains(c) || c == "-"))
            }
            return ok && !value.isEmpty ? nil : "not an account name (lowercase letters, digits, _ and -, at most 32)"
        }
    }
}

/// Why a setting could not be read, changed or used.
public enum SettingError: Error, Sendable, CustomStringConvertible {
    case unknown(name: String)
    case badValue(SettingKey, value: String, reason: String)
    case store(StoreError)

    public var description: String {
        switch self {
        case .unknown(let name):
            "unknown setting \"\(TextSafety.visible(name))\"; the settings are \(SettingKey.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badValue(let key, let value, let reason):
            "\(key.rawValue) cannot be \"\(TextSafety.visible(value))\": \(reason)"
        case .store(let error): error.description
        }
    }
}
