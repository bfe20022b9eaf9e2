/// Why an import cannot become a stored letter.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text matches none of the editions well enough.
    case unknownEdition(sourceName: String)
    /// No school year in the text and none given.
    case noSchoolYear(sourceName: String)
    /// No district name found, so there is nothing to file the letter under.
    case noDistrict(sourceName: String)
    /// The district name gives no usable slug.
    case badDistrict(NameError)

    public var description: String {
        switch self {
        case .unknownEdition(let name):
            "\(name): the text does not match any edition of the form well enough to know where the answers are"
        case .noSchoolYear(let name):
            "\(name): no school year found in the text; give one with --year"
        case .noDistrict(let name):
            "\(name): no district name found; nothing to file the letter under"
        case .badDistrict(let error):
            error.description
        }
    }
}
