/// The district a letter is for.
public struct District: Codable, Sendable, Equatable {
    /// The name as written on the letter ("Boone County").
    public var name: String
    /// Its id in the store (`boone-county`).
    public var slug: DistrictSlug

    public init(name: String, slug: DistrictSlug) {
        self.name = name
        self.slug = slug
    }
}
