/// Whether a letter's signature records still hold: the canonical text recomputed from the
/// letter as stored must have the hash each party signed, and the signature lines must say
/// what the records say. Anything else (a hand edit of the letter file, a changed edition)
/// is named field by field. `kyiln verify` prints it; it holds only when at least one record
/// exists and every record matches.
public struct SignatureVerification: Sendable, Equatable {
    /// What was checked and found right, one line each.
    public var confirmed: [String] = []
    /// What does not hold, one line each, naming the field.
    public var problems: [String] = []
    /// The canonical text's SHA-256 now.
    public var textSHA256: String

    /// Whether the record holds.
    public var holds: Bool { problems.isEmpty }

    public init(letter: Letter, edition: Edition) {
        let text = CanonicalText.of(letter, edition: edition)
        textSHA256 = CanonicalText.sha256(text)
        let district = letter.signatures.district, kde = letter.signatures.kde
        if !letter.status.locksContent {
            problems.append("the letter is \(letter.status.label): it has not been signed, so there is nothing to verify")
            return
        }
        if district.record == nil && kde.record == nil {
            problems.append("the letter was signed on paper (recorded by KDE): there is no electronic signature to check; compare it with the paper copy")
            return
        }
        let fields = CanonicalText.fieldDigests(of: letter)
        if let record = district.record {
            check(record, party: "the district's signature", fields: fields)
            if district.name != record.name { problems.append("signatures.district.name is \"\(district.name)\", but \(record.name) signed") }
            if district.title != record.title { problems.append("signatures.district.title is \"\(district.title)\", but \(record.name) signed as \(record.title)") }
            if district.date != record.date { problems.append("signatures.district.date is \(district.date?.description ?? "empty"), but the district signed on \(record.date)") }
        } else {
            confirmed.append("the district signed on paper (recorded by KDE on \(district.date?.description ?? "an unrecorded date")): not checked here")
        }
        if let record = kde.record {
            check(record, party: "KDE's countersignature", fields: fields)
            if kde.name != record.name { problems.append("signatures.kde.name is \"\(kde.name)\", but \(record.name) countersigned") }
            if kde.date != record.date { problems.append("signatures.kde.date is \(kde.date?.description ?? "empty"), but KDE countersigned on \(record.date)") }
        } else if letter.status != .signed {
            confirmed.append("KDE countersigned on paper (recorded on \(kde.date?.description ?? "an unrecorded date")): not checked here")
        }
    }

    private mutating func check(_ record: SignatureRecord, party: String, fields: [String: String]) {
        guard record.textSHA256 != textSHA256 else {
            confirmed.append("\(party) (\(record.name), \(record.localTime)) is of this text: SHA-256 \(textSHA256)")
            return
        }
        var changed: [String] = []
        for (field, digest) in record.fieldSHA256.sorted(by: { $0.key < $1.key }) where fields[field] != digest {
            changed.append(fields[field] == nil ? "\(field) (removed)" : field)
        }
        changed += fields.keys.filter { record.fieldSHA256[$0] == nil }.sorted().map { "\($0) (added)" }
        let which = changed.isEmpty ? "the form's wording (edition) or a field the record does not name" : changed.joined(separator: ", ")
        problems.append("\(party) (\(record.name)) was of a text with SHA-256 \(record.textSHA256); the letter's text now has \(textSHA256). Changed since: \(which)")
    }
}
