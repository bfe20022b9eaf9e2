import LetterDomain
import LetterStore
import TerminalUI

/// The history overlay (F3): every save, transition and review, newest first.
enum HistoryView {
    /// The letter's history and its district's reviews (`ReviewMerge.timeline`), newest first.
    static func text(of letter: Letter, reviews: [Review] = []) -> String {
        let entries = ReviewMerge.timeline(of: letter, reviews: reviews)
        guard !entries.isEmpty else { return "No history yet." }
        return entries.reversed().map { entry in
            "\(Timestamp.format(entry.at))  \(entry.by)\n  \(entry.summary)"
        }.joined(separator: "\n")
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
