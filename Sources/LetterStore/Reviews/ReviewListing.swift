import LetterDomain

/// The reviews found for one letter.
public struct ReviewListing: Sendable {
    /// The readable reviews, oldest first.
    public var reviews: [Review] = []
    /// One error per review file that could not be read, each naming the file.
    public var problems: [StoreError] = []

    public init(reviews: [Review] = [], problems: [StoreError] = []) {
        self.reviews = reviews
        self.problems = problems
    }
}
