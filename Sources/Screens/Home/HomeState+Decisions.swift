import LetterDomain
import LetterStore

extension HomeState {
    /// "recorded by KDE: Bill Hogan by phone, 2026-11-20" for each approved or changes-requested
    /// letter whose decision KDE recorded, so Home never shows it as an SSH review. Only those
    /// letters are read (the index does not keep the history).
    static func recordedDecisions(of summaries: [LetterSummary], store: LetterStore) -> [DistrictSlug: String] {
        var out: [DistrictSlug: String] = [:]
        for summary in summaries where summary.review == nil && (summary.status == .approved || summary.status == .changesRequested) {
            guard let letter = try? store.load(summary.slug, year: summary.schoolYear),
                  let recorded = letter.standingRecordedDecision else { continue }
            let words = recorded.note.collapsingWhitespace
            out[summary.slug] = "recorded by KDE: \(recorded.person) \(recorded.channel.phrase), \(recorded.date)"
                + (words.isEmpty ? "" : " “\(words)”")
        }
        return out
    }
}
