import FoundationEssentials

/// What kyiln records when a party signs a letter without paper: who typed what, when, with
/// which key, and the hash of the exact text they were shown. Stored with the letter
/// (`DistrictSignature.record`, `KDESignature.record`) and never changed afterwards.
public struct SignatureRecord: Codable, Sendable, Equatable {
    /// The full name the signatory typed.
    public var name: String
    /// The title the signatory typed (the district's signatory; empty for KDE's designee
    /// when none was typed).
    public var title: String
    /// The words the signatory typed to state the intent (`SigningWords.intent`).
    public var confirmation: String
    /// When they confirmed (UTC in the file).
    public var at: Date
    /// The local date of signing: the date on the signature line.
    public var date: CalendarDate
    /// The local date and time of signing as the signatory's kyiln showed it ("Dec 6, 2026 at 3:42 PM").
    public var localTime: String
    /// `SHA256:...` of the SSH key the district's signatory connected with; empty when signed
    /// in kyiln itself (KDE's countersignature, or a store with no SSH access).
    public var fingerprint: String
    /// The local user who signed in kyiln (KDE's countersignature); empty over SSH.
    public var localUser: String
    /// The letter's revision that was shown.
    public var revision: Int
    /// SHA-256 of the canonical text shown (`CanonicalText`), 64 lowercase hex digits.
    public var textSHA256: String
    /// SHA-256 of each content field as it was signed, so a later change can be named.
    public var fieldSHA256: [String: String]
    /// The district's own OpenSSH signature of the same text, when the signatory gave one
    /// (`OpenSSHSignature`); absent from the file otherwise.
    public var openSSH: OpenSSHSignature?

    public init(name: String, title: String, confirmation: String, at: Date, date: CalendarDate, localTime: String, fingerprint: String,
                localUser: String, revision: Int, textSHA256: String, fieldSHA256: [String: String], openSSH: OpenSSHSignature? = nil) {
        self.name = name
        self.title = title
        self.confirmation = confirmation
        self.at = at
        self.date = date
        self.localTime = localTime
        self.fingerprint = fingerprint
        self.localUser = localUser
        self.revision = revision
        self.textSHA256 = textSHA256
        self.fieldSHA256 = fieldSHA256
        self.openSSH = openSSH
    }
}

/// The words that state a signatory's intent, the same for both parties.
public enum SigningWords {
    /// "I sign this Letter of Commitment between Boone County and KDE for 2026-2027".
    public static func intent(for letter: Letter) -> String {
        "I sign this Letter of Commitment between \(letter.district.name.trimmed) and KDE for \(letter.schoolYear)"
    }

    /// Whether `typed` states the intent: the same words, with spaces, letter case and a
    /// final full stop forgiven (a person types it; the meaning must be the same).
    public static func matches(_ typed: String, letter: Letter) -> Bool {
        normalised(typed) == normalised(intent(for: letter))
    }

    /// The same check against words already made (`intent`), when the letter is not at hand.
    public static func matches(_ typed: String, letter: Letter?, intent: String) -> Bool {
        normalised(typed) == normalised(letter.map { Self.intent(for: $0) } ?? intent)
    }

    private static func normalised(_ text: String) -> String {
        var words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        if words.hasSuffix(".") { words.removeLast() }
        return words
    }
}
