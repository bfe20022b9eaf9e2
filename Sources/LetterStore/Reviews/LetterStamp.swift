import LetterDomain

/// What identifies the stored state of one letter, its reviews and its signing decisions,
/// from three `lstat` calls:
/// an open editor compares stamps every second or so and reads the letter again only when
/// its stamp moved (someone saved it, a district wrote a review, or its signatory signed:
/// a signature goes into `signatures/`, which changes that folder, not the review folder).
public struct LetterStamp: Equatable, Sendable {
    var letter: SummaryIndex.FileFacts?
    var reviews: SummaryIndex.FileFacts?
    var signatures: SummaryIndex.FileFacts?
}

extension LetterStore {
    /// The current stamp of a letter's file, its review folder and its signatures folder.
    public func stamp(_ slug: DistrictSlug, _ year: SchoolYear) -> LetterStamp {
        func facts(_ path: String) -> SummaryIndex.FileFacts? {
            (try? Directory.status(path)).flatMap { $0 }.map(SummaryIndex.FileFacts.init)
        }
        return LetterStamp(letter: facts(letterPath(slug, year)), reviews: facts(reviewFolder(slug, year)),
                           signatures: facts(signingFolder(slug, year)))
    }
}
