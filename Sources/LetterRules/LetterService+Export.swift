import LetterDomain
import LetterStore

/// What exports read: every letter as its district's reviews leave it, as `list` and `show`
/// show it, so a file never says less than the screen. `kyiln export` and the screens'
/// export both read through here.
extension LetterService {
    /// The letters of a school year with their reviews merged, and the files that could not
    /// be read (each named; they are left out of the export).
    public func lettersForExport(year: SchoolYear) throws(RulesError) -> (letters: [Letter], problems: [StoreError]) {
        let listing: StoreListing
        do { listing = try store.list(year: year) } catch { throw .store(error) }
        var problems = listing.problems
        let letters = listing.letters.map { letter in
            let reviews = store.reviews(of: letter.district.slug, year: letter.schoolYear)
            problems += reviews.problems  // an unusable review file is named, never dropped
            return ReviewMerge.merged(letter, reviews: reviews.reviews)
        }
        return (letters, problems)
    }

    /// The letters of these districts in one year, in the order given; each one that cannot be
    /// read is named with why.
    public func lettersForExport(_ slugs: [DistrictSlug], year: SchoolYear) -> (letters: [OpenedLetter], problems: [(DistrictSlug, RulesError)]) {
        var letters: [OpenedLetter] = []
        var problems: [(DistrictSlug, RulesError)] = []
        for slug in slugs {
            do { letters.append(try open(slug, year: year)) } catch { problems.append((slug, error)) }
        }
        return (letters, problems)
    }
}
