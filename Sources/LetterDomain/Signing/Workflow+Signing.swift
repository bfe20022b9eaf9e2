import FoundationEssentials

/// Signing without paper: the district's signatory over SSH (`sign(_:with:edition:today:)`),
/// KDE's designee in kyiln (`countersign`). Both go through `Workflow.transition`, so a signed
/// letter obeys every rule a letter signed on paper does (complete, dated no later than today,
/// countersigned no earlier than signed); the record adds what was typed and the hash of the
/// exact text shown.
extension Workflow {
    /// The letter with the district's signing decision applied: `signed` with the record, or
    /// `changes-requested` with the signatory's comment. Throws when it cannot be true now:
    /// not approved, changed since it was read, another text, nothing typed, an incomplete letter.
    public static func sign(_ letter: Letter, with decision: SigningDecision, edition: Edition,
                            today: CalendarDate) throws(SigningError) -> Letter {
        let record = decision.record
        guard letter.status == .approved else { throw .wrongStatus(letter.status, needed: .approved) }
        guard record.revision == letter.revision else {
            throw .letterChanged(readRevision: record.revision, currentRevision: letter.revision)
        }
        let text = CanonicalText.sha256(CanonicalText.of(letter, edition: edition))
        guard record.textSHA256 == text else { throw .textDiffers(shown: record.textSHA256, now: text) }
        if record.name.trimmed.isEmpty { throw .missing("your full name") }
        let who = record.fingerprint.isEmpty ? record.name : "\(record.name) (\(record.fingerprint))"
        switch decision.kind {
        case .refuse:
            let comment = decision.comment.trimmed
            if comment.isEmpty { throw .missing("what must change before you can sign") }
            var next = letter
            next.status = .changesRequested
            next.history.append(HistoryEntry(at: record.at, by: who, action: .reviewed, fromStatus: .approved,
                                             toStatus: .changesRequested, note: "refused to sign: \(comment)"))
            return next
        case .sign:
            if record.title.trimmed.isEmpty { throw .missing("your title") }
            guard SigningWords.matches(record.confirmation, letter: letter) else { throw .wordsDiffer(expected: SigningWords.intent(for: letter)) }
            var next = letter
            next.signatures.district.name = record.name.trimmed
            next.signatures.district.title = record.title.trimmed
            do {
                next = try transition(next, to: .signed, date: record.date,
                                      note: "signed without paper over SSH; text SHA-256 \(record.textSHA256)",
                                      by: who, edition: edition, today: today, now: record.at)
            } catch { throw .refused(error) }
            next.signatures.district.record = record
            // One action, one entry: the name and title typed belong to the signing, not to a later save.
            next.history[next.history.count - 1].changes = []
            next.history[next.history.count - 1].changes = FieldChange.between(letter, next)
            return next
        }
    }

    /// The letter countersigned by KDE's designee in kyiln: `active`, with KDE's name as typed
    /// and the record. Refused when the district's record does not match the text now.
    public static func countersign(_ letter: Letter, name: String, confirmation: String, by user: String, edition: Edition,
                                   today: CalendarDate, now: Date = Date()) throws(SigningError) -> Letter {
        guard letter.status == .signed else { throw .wrongStatus(letter.status, needed: .signed) }
        let name = name.trimmed
        if name.isEmpty { throw .missing("your full name") }
        guard SigningWords.matches(confirmation, letter: letter) else { throw .wordsDiffer(expected: SigningWords.intent(for: letter)) }
        let text = CanonicalText.sha256(CanonicalText.of(letter, edition: edition))
        if let district = letter.signatures.district.record, district.textSHA256 != text {
            throw .textDiffers(shown: district.textSHA256, now: text)
        }
        var next = letter
        next.signatures.kde.name = name
        do {
            // Signed today, in kyiln: a date typed on the line earlier is not when this person signed.
            next = try transition(next, to: .active, date: today, note: "countersigned in kyiln; text SHA-256 \(text)",
                                  by: user, edition: edition, today: today, now: now)
        } catch { throw .refused(error) }
        next.signatures.kde.record = SignatureRecord(
            name: name, title: edition.kdeDesignee.title ?? "", confirmation: confirmation.trimmed, at: now,
            date: next.signatures.kde.date ?? today, localTime: LocalTime.format(now), fingerprint: "", localUser: user, revision: letter.revision,
            textSHA256: text, fieldSHA256: CanonicalText.fieldDigests(of: letter))
        next.history[next.history.count - 1].changes = []
        next.history[next.history.count - 1].changes = FieldChange.between(letter, next)
        return next
    }
}
