extension HistoryEntry {
    /// What happened, in one line without time or person:
    /// `status approved → signed: signatures.district.date "" → "2022-08-18"`.
    ///
    /// Values are shortened so a long answer never floods a listing; the letter
    /// itself keeps the full text.
    public var summary: String {
        var parts: [String] = []
        switch action {
        case .created: parts.append("created")
        case .saved: parts.append("saved")
        case .transition: parts.append("status \(fromStatus?.rawValue ?? "?") → \(toStatus?.rawValue ?? "?")")
        case .reviewed where recorded != nil:
            // Never read as an SSH review: KDE recorded what came by e-mail, phone or paper.
            parts.append("decision recorded by KDE (\(recorded!.channel.phrase)): \(fromStatus?.rawValue ?? "?") → \(toStatus?.rawValue ?? "?")")
        case .reviewed:
            // A review the letter never took (of an older revision) has no status before it.
            if let fromStatus { parts.append("reviewed: \(fromStatus.rawValue) → \(toStatus?.rawValue ?? "?")") }
            else { parts.append("review: \(toStatus?.rawValue ?? "?")") }
        case .imported: parts.append("imported")
        case .replaced: parts.append("replaced by an import")
        case .rolledOver: parts.append("rolled over")
        case .deleted: parts.append("deleted (moved to the trash)")
        case .restored: parts.append("restored from the trash")
        case .editionChanged: parts.append("moved to another edition")
        case .mailed: parts.append("e-mailed")
        }
        if let note, !note.trimmed.isEmpty {
            // A move to another edition keeps what the new form has no place for in its note, a message its recipients: in full.
            parts.append("(\(action == .editionChanged || action == .mailed ? note.collapsingWhitespace : note.collapsingWhitespace.shortened(to: 120)))")
        }
        var line = parts.joined(separator: " ")
        if !changes.isEmpty {
            line += ": " + changes.map { "\($0.field) \"\($0.old.shortened(to: 40))\" → \"\($0.new.shortened(to: 40))\"" }.joined(separator: "; ")
        }
        return line
    }
}
