import LetterDomain
import LetterStore

/// Signing in the review, for the district's signatory (full screen and line mode alike):
/// the letter as it will be signed (its canonical text), who may sign, and recording the
/// signature or the refusal into the review folder, as a review is recorded.
extension ReviewDocument {
    /// The letter as the district's decisions leave it: reviews merged, then any signature
    /// already made (so a signed letter shows as signed before KDE's kyiln has saved it).
    var decidedLetter: Letter? {
        guard let letter, let edition else { return nil }
        let reviewed = ReviewMerge.merged(letter, reviews: reviews)
        let found = session.store.signingDecisions(of: letter.district.slug, year: letter.schoolYear, now: session.now())
        return SignatureMerge.merged(reviewed, decisions: found.decisions, edition: edition, today: CalendarDate.today(now: session.now()))
    }

    /// Whether the session's key may sign for the district: granted as its signatory, or a
    /// store that grants nobody (a private store, where local decisions are trusted).
    var isSignatory: Bool {
        guard let signatories = session.store.signatoryFingerprints(for: session.district) else { return true }
        return signatories.contains(session.fingerprint)
    }

    /// The signatory's title as KDE granted it, offered as the default answer; "" when none.
    var grantedTitle: String {
        session.store.grant(of: session.fingerprint)?.title ?? ""
    }

    /// Why the letter cannot be signed now, or nil when it can. Said to a reviewer too, so
    /// nobody wonders where the Sign command went.
    var signingBlocker: String? {
        guard let letter = decidedLetter, let edition else { return DecisionBlocker.noLetter.message }
        guard isSignatory else {
            return "Your key is granted to review this letter, not to sign it. The district's signatory signs with their own key."
        }
        switch letter.status {
        case .approved: break
        case .signed, .active, .expired, .terminated:
            return "This letter is \(letter.status.label): it has been signed."
        default:
            return "This letter is \(letter.status.label): only a letter your district approved can be signed."
        }
        let errors = Validator(edition: edition).findings(for: letter).filter { $0.severity == .error }
        if !errors.isEmpty {
            return "The letter is not complete (\(errors.count) open finding(s)); KDE completes it before it can be signed."
        }
        return nil
    }

    /// The exact text the signatory reads and signs, and its SHA-256; nil without a letter.
    var textToSign: (text: String, sha256: String)? {
        guard let letter = decidedLetter, let edition else { return nil }
        let text = CanonicalText.of(letter, edition: edition)
        return (text, CanonicalText.sha256(text))
    }

    /// Records the signature of the letter as shown (`shownSHA256`), then reloads. Refused,
    /// with nothing recorded, when the letter changed since it was shown.
    /// `openSSH`: the district's own OpenSSH signature of the same text, already checked
    /// (`checkOpenSSH`), kept in the record.
    mutating func sign(name: String, title: String, shownSHA256: String, openSSH: OpenSSHSignature? = nil) -> ReviewOutcome {
        recordSigning(.sign, name: name, title: title, comment: "", shownSHA256: shownSHA256, openSSH: openSSH)
    }

    /// The OpenSSH signature in the pasted `lines`, checked with `ssh-keygen -Y verify` against
    /// the text to sign: the armor read strictly, the key the one this session connected with,
    /// granted as the district's signatory, the namespace `kyiln-letter`.
    func checkOpenSSH(_ lines: [String]) throws(OpenSSHSignatureError) -> OpenSSHSignature {
        guard let shown = textToSign else { throw .unavailable("there is no letter to sign") }
        let signature = try OpenSSHArmor.parse(lines)
        try session.store.checkOpenSSH(signature, of: shown.text, district: session.district, sessionFingerprint: session.fingerprint)
        return signature
    }

    /// Records the signatory's refusal to sign, with what must change (a request for changes).
    mutating func refuseToSign(comment: String, name: String, shownSHA256: String) -> ReviewOutcome {
        recordSigning(.refuse, name: name, title: grantedTitle, comment: comment, shownSHA256: shownSHA256)
    }

    private mutating func recordSigning(_ kind: SigningDecision.Kind, name: String, title: String, comment: String,
                                        shownSHA256: String, openSSH: OpenSSHSignature? = nil) -> ReviewOutcome {
        guard let letter = decidedLetter, let edition else { return .notRecorded("There is no letter to sign.") }
        let now = session.now()
        let record = SignatureRecord(
            name: name.trimmed, title: title.trimmed, confirmation: kind == .sign ? SigningWords.intent(for: letter) : "",
            at: now, date: CalendarDate.today(now: now), localTime: LocalTime.format(now), fingerprint: session.fingerprint,
            localUser: "", revision: letter.revision, textSHA256: shownSHA256, fieldSHA256: CanonicalText.fieldDigests(of: letter),
            openSSH: openSSH)
        let decision = SigningDecision(slug: letter.district.slug, schoolYear: letter.schoolYear, kind: kind, record: record, comment: comment)
        let outcome: ReviewOutcome
        do {
            try session.store.record(decision, edition: edition, now: now)
            outcome = .recorded(kind == .sign
                                ? "Signed revision \(letter.revision) (text SHA-256 \(shownSHA256))\(openSSH.map { ", also with your own SSH key (\($0.keyDescription))" } ?? ""). Thank you, \(name.trimmed). KDE countersigns next."
                                : "Your refusal to sign revision \(letter.revision), and what must change, were recorded. Thank you, \(name.trimmed).")
        } catch .refused(.letterChanged), .refused(.textDiffers) {
            outcome = .letterChanged("The letter changed after it was shown to you; reloaded. Nothing was signed: please read it again.")
        } catch .store {
            outcome = .notRecorded("Your signature could not be recorded. Please try again, or tell the Kentucky Department of Education.")
        } catch {
            outcome = .notRecorded("Not recorded: \(error).")
        }
        reload()
        return outcome
    }
}
