/// A district the roll-over did not make a draft for, and why.
public struct RolloverSkip: Sendable, Equatable {
    public var slug: DistrictSlug
    public var districtName: String
    public var reason: String

    public init(slug: DistrictSlug, districtName: String, reason: String) {
        self.slug = slug
        self.districtName = districtName
        self.reason = reason
    }
}
