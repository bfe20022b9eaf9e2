import FoundationEssentials

/// A district contact's decision on a letter, recorded over SSH.
///
/// Reviews are stored apart from letters (the review account may not write
/// letters), one file per review, and merged when a letter is shown.
public struct Review: Codable, Sendable, Equatable {
    /// What the reviewer decided.
    public enum Decision: String, Codable, Sendable {
        case approve
        case requestChanges = "request-changes"

        /// The letter status this decision leads to.
        public var status: LetterStatus { self == .approve ? .approved : .changesRequested }
    }

    /// The longest comment a review may hold, in characters: a long letter's worth of notes,
    /// short enough that a review file stays small.
    public static let commentLimit = 20_000

    public var slug: DistrictSlug
    public var schoolYear: SchoolYear
    /// The letter revision the reviewer read; a review of an older revision does not count.
    public var revision: Int
    public var decision: Decision
    /// Required when requesting changes.
    public var comment: String
    /// The name the reviewer typed to confirm.
    public var reviewerName: String
    /// The SSH key fingerprint (`SHA256:...`) the reviewer connected with.
    public var fingerprint: String
    public var at: Date
    /// Set when the review was read, never stored: why it cannot count (`ReviewCheck`), or
    /// nil when it can. A review that cannot count is shown in the history, never merged.
    public var notCountedBecause: String?

    private enum CodingKeys: String, CodingKey {
        case slug, schoolYear, revision, decision, comment, reviewerName, fingerprint, at
    }

    /// Whether the review can count (`ReviewCheck` found nothing against it).
    public var counts: Bool { notCountedBecause == nil }

    public init(slug: DistrictSlug, schoolYear: SchoolYear, revision: Int, decision: Decision, comment: String,
                reviewerName: String, fingerprint: String, at: Date) {
        self.slug = slug
        self.schoolYear = schoolYear
        self.revision = revision
        self.decision = decision
        self.comment = comment
        self.reviewerName = reviewerName
        self.fingerprint = fingerprint
        self.at = at
    }
}
