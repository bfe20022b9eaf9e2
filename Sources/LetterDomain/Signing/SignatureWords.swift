/// How a letter's signatures are said wherever a signed letter is shown (the review, Home,
/// `list`, `show`, `history`, exports): signed without paper, with whom, when and which key;
/// or signed on paper and recorded by KDE, with the day KDE recorded it.
public enum SignatureWords {
    /// One line per party that signed, empty for a letter nobody signed.
    public static func lines(_ letter: Letter) -> [String] {
        var out: [String] = []
        let district = letter.signatures.district, kde = letter.signatures.kde
        guard letter.status.locksContent, let signedOn = district.date else { return out }
        if let record = district.record {
            let key = record.fingerprint.isEmpty ? "in kyiln" : "over SSH with the key \(record.fingerprint)"
            out.append("Signed by \(record.name), \(record.title), on \(record.localTime), \(key); the text's SHA-256 is \(record.textSHA256).")
            if let own = record.openSSH { out.append("Also signed with the district's own SSH key (\(own.keyDescription)).") }
        } else {
            out.append("Signed on paper by \(district.name.trimmed.isEmpty ? "the district" : district.name) on \(signedOn), \(recorded(.signed, in: letter)).")
        }
        guard let countersigned = kde.date, letter.status != .signed else { return out }
        if let record = kde.record {
            out.append("Countersigned for KDE by \(record.name) on \(record.localTime) in kyiln (user \(record.localUser)); the text's SHA-256 is \(record.textSHA256).")
        } else {
            out.append("Countersigned on paper by \(kde.name.trimmed.isEmpty ? "KDE" : kde.name) on \(countersigned), \(recorded(.active, in: letter)).")
        }
        return out
    }

    /// The lines after a blank line, ending in a newline, for the end of a text output; "" when unsigned.
    public static func footer(_ letter: Letter) -> String {
        let lines = lines(letter)
        return lines.isEmpty ? "" : "\n" + lines.map { $0 + "\n" }.joined()
    }

    /// A short mark for a listing: "signed without paper" or "signed on paper", nil when unsigned.
    public static func mark(_ letter: Letter) -> String? {
        guard letter.status.locksContent, letter.signatures.district.date != nil else { return nil }
        return letter.signatures.district.record == nil ? "signed on paper" : "signed without paper"
    }

    /// "recorded by KDE on 2026-05-02": the day the move into `status` was recorded.
    private static func recorded(_ status: LetterStatus, in letter: Letter) -> String {
        guard let entry = letter.history.last(where: { $0.toStatus == status && $0.action == .transition }) else { return "recorded by KDE" }
        return "recorded by KDE on \(CalendarDate.today(now: entry.at))"
    }
}
