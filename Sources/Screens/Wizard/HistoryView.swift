import LetterDomain
import LetterStore
import TerminalUI

/// The history overlay (F3): every save, transition and review, newest first, in local time
/// and in the form's words (field labels and status names, not field paths).
enum HistoryView {
    /// The letter's history and its district's reviews (`ReviewMerge.timeline`), newest first.
    /// Fields are named as `edition`'s form names them; `utcOffset` (seconds east of UTC) fixes
    /// the time zone for tests, otherwise local time (`TZ`) is used. `problems` names the review
    /// files that could not be used (a FIFO, a link, broken JSON): listed first, never dropped.
    static func text(of letter: Letter, reviews: [Review] = [], problems: [String] = [], edition: Edition? = nil, utcOffset: Int? = nil) -> String {
        let entries = ReviewMerge.timeline(of: letter, reviews: reviews)
        let unusable = problems.map { "Review file not used (not counted)\n  \($0)" }
        guard !entries.isEmpty || !unusable.isEmpty else { return "No history yet." }
        return (unusable + entries.reversed().map { entry in
            "\(LocalTime.format(entry.at, utcOffset: utcOffset))  \(entry.by)\n  \(summary(of: entry, edition: edition))"
        }).joined(separator: "\n")
    }

    /// What happened, in one line: `saved: Superintendent name "José" → "José A."`. Values are as
    /// the history keeps them (long ones already shortened, with an ellipsis).
    static func summary(of entry: HistoryEntry, edition: Edition?) -> String {
        var line: String
        let to = entry.toStatus?.label ?? "?"
        switch entry.action {
        case .created: line = "created"
        case .saved: line = "saved"
        case .transition: line = "status \(entry.fromStatus?.label ?? "?") → \(to)"
        case .reviewed where entry.recorded != nil:
            line = "decision recorded by KDE (\(entry.recorded!.channel.phrase)): \(entry.fromStatus?.label ?? "?") → \(to)"
        case .reviewed: line = entry.fromStatus.map { "reviewed: \($0.label) → \(to)" } ?? "review: \(to)"
        case .imported: line = "imported"
        case .replaced: line = "replaced by an import"
        case .rolledOver: line = "rolled over"
        case .deleted: line = "deleted (moved to the trash)"
        case .restored: line = "restored from the trash"
        case .editionChanged: line = "moved to another edition"
        case .mailed: line = "e-mailed"
        }
        if let note = entry.note, !note.trimmed.isEmpty {
            // A move to another edition keeps what the new form has no place for in its note, a message its recipients: in full.
            let shown = entry.action == .editionChanged || entry.action == .mailed ? note.collapsingWhitespace : note.collapsingWhitespace.shortened(to: 120)
            line += " (\(shown))"
        }
        if !entry.changes.isEmpty {
            line += ": " + entry.changes.map { change in
                "\(label(of: change.field, edition: edition)) \"\(change.old.shortened(to: 40))\" → \"\(change.new.shortened(to: 40))\""
            }.joined(separator: "; ")
        }
        return line
    }

    /// A recorded field path as the form labels it; a path kyiln no longer knows stays as written.
    static func label(of path: String, edition: Edition?) -> String {
        guard let field = try? FieldPath(parsing: path) else { return path }
        return edition.map { field.label(in: $0) } ?? field.label
    }

    static func draw(_ view: TextView, title: String, on surface: any DrawingSurface) {
        let rect = surface.bounds.inset(top: 2, left: 3, bottom: 2, right: 3)
        let inner = Box().draw(on: surface, in: rect, title: title)
        var copy = view
        copy.viewport = inner.size
        copy.draw(on: surface, in: inner, focused: true)
        surface.setCursor(nil)
    }
}
