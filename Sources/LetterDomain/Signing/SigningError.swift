/// Why a letter could not be signed or countersigned, in words the signatory can act on.
public enum SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Only an approved letter is signed by the district, only a signed one countersigned.
    case wrongStatus(LetterStatus, needed: LetterStatus)
    /// The letter was saved after the signatory read it.
    case letterChanged(readRevision: Int, currentRevision: Int)
    /// The text shown is not the letter's canonical text now (same revision, other bytes).
    case textDiffers(shown: String, now: String)
    /// Something the signatory must type is missing (name, title, comment).
    case missing(String)
    /// The confirmation does not state the intent in the expected words.
    case wordsDiffer(expected: String)
    /// The key is not granted as the district's signatory.
    case notSignatory(fingerprint: String)
    /// The letter still has error findings (it is incomplete), or another workflow rule said no.
    case refused(TransitionError)

    public var description: String {
        switch self {
        case .wrongStatus(let status, let needed):
            needed == .approved
                ? "the letter is \(status.label): only a letter the district approved can be signed"
                : "the letter is \(status.label): only a letter the district signed can be countersigned"
        case .letterChanged(let read, let current):
            "the letter was changed after you read it (you read revision \(read); it is now at revision \(current)); nothing was signed: read it again"
        case .textDiffers(let shown, let now):
            "the text you were shown (SHA-256 \(shown.prefix(12))…) is not the letter's text now (\(now.prefix(12))…); nothing was signed: read it again"
        case .missing(let what):
            "type \(what)"
        case .wordsDiffer(let expected):
            "to sign, type exactly: \(expected)"
        case .notSignatory(let fingerprint):
            "the key \(fingerprint) is granted to review this district's letter, not to sign it; ask KDE to grant the signatory's key with --role signatory"
        case .refused(let error):
            error.plainMessage
        }
    }
}
