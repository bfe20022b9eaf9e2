import LetterDomain

/// What identifies the stored state of one letter and its reviews, from two `lstat` calls:
/// an open editor compares stamps every second or so and reads the letter again only when
/// its stamp moved (someone saved it, or a district wrote a review).
public struct LetterStamp: Equatable, Sendable {
    var letter: SummaryIndex.FileFacts?
    var reviews: SummaryIndex.FileFacts?
}

extension LetterStore {
    /// The current stamp of a letter's file and of its review folder.
    public func stamp(_ slug: DistrictSlug, _ year: SchoolYear) -> LetterStamp {
        func facts(_ path: String) -> SummaryIndex.FileFacts? {
            (try? Directory.status(path)).flatMap { $0 }.map(SummaryIndex.FileFacts.init)
        }
        return LetterStamp(letter: facts(letterPath(slug, year)), reviews: facts(reviewFolder(slug, year)))
    }
}
