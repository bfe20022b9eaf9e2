import FoundationEssentials

/// A district signatory's decision on an approved letter, written over SSH by the review
/// account into the letter's review folder (`signatures/`), like a review: the review account
/// never writes a letter. The program manager's kyiln applies it to the letter when it reads
/// it, after the same kind of truth checks as a review (`SigningCheck`).
public struct SigningDecision: Codable, Sendable, Equatable {
    /// Sign, or refuse to sign (a request for changes, with a comment).
    public enum Kind: String, Codable, Sendable {
        case sign
        case refuse
    }

    public var slug: DistrictSlug
    public var schoolYear: SchoolYear
    public var kind: Kind
    /// The record of the signature (for a refusal: name, key, revision and hash of what was read).
    public var record: SignatureRecord
    /// Why the signatory refused (required for a refusal, empty when signing).
    public var comment: String
    /// Set when read, never stored: why it cannot count, or nil when it can.
    public var notCountedBecause: String?

    private enum CodingKeys: String, CodingKey {
        case slug, schoolYear, kind, record, comment
    }

    public init(slug: DistrictSlug, schoolYear: SchoolYear, kind: Kind, record: SignatureRecord, comment: String = "") {
        self.slug = slug
        self.schoolYear = schoolYear
        self.kind = kind
        self.record = record
        self.comment = comment
    }
}
