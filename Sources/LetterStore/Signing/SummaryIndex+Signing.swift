import LetterDomain
import FoundationEssentials

extension LetterStore {
    /// Shows each approved letter as its district signatory's decision leaves it, as
    /// `mergeReviews` does for reviews: a decision written over SSH lives apart from the letter
    /// until the program manager's kyiln opens it, and Home and `kyiln list` must not say
    /// "approved" meanwhile. Never cached; only approved letters with a decision that counts
    /// are read in full (the decision must be of the letter's exact text, `SignatureMerge`).
    func mergeSignatures(into listing: inout SummaryListing, year: SchoolYear, summarize: (Letter) -> LetterSummary) {
        var catalog: EditionCatalog?
        let now = Date()
        for i in listing.summaries.indices where listing.summaries[i].status == .approved {
            let summary = listing.summaries[i]
            let found = signingDecisions(of: summary.slug, year: year, now: now)
            listing.problems += found.problems
            guard found.decisions.contains(where: \.counts), let letter = try? reviewedLetter(summary.slug, year: year).letter else { continue }
            if catalog == nil { catalog = editionCatalog().0 }
            guard let edition = try? catalog?.edition(id: letter.editionID) else { continue }
            let merged = SignatureMerge.merged(letter, decisions: found.decisions, edition: edition, today: CalendarDate.today(now: now))
            guard merged.status != letter.status else { continue }
            var next = summarize(merged)
            next.review = summary.review
            // Since the signatory decided (the saved letter's history entry does not exist yet).
            next.statusSince = found.decisions.filter(\.counts).map(\.record.at).max() ?? summary.statusSince
            listing.summaries[i] = next
        }
    }
}
