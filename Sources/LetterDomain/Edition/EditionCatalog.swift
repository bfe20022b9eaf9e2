/// The editions kyiln knows: the three shipped with it, plus any the store adds.
public struct EditionCatalog: Sendable {
    /// All editions, oldest school year first.
    public private(set) var editions: [Edition]

    public init(editions: [Edition]) {
        self.editions = editions.sorted { ($0.schoolYear, $0.id) < ($1.schoolYear, $1.id) }
    }

    /// The editions bundled with kyiln (2015-2016, 2019-2020, 2022-2023).
    public static let bundled: EditionCatalog = {
        let sources: [(String, [UInt8])] = [
            ("edition-2015-2016.json", PackageResources.edition_2015_2016_json),
            ("edition-2019-2020.json", PackageResources.edition_2019_2020_json),
            ("edition-2022-2023.json", PackageResources.edition_2022_2023_json),
        ]
        let decoder = JSONDecoder()
        // The bundled files are part of the program: a broken one is a build defect,
        // caught by the tests, so failing loudly here is right.
        return EditionCatalog(editions: sources.map { name, bytes in
            do { return try decoder.decode(Edition.self, from: Data(bytes)) } catch {
                fatalError("bundled edition \(name) does not decode: \(error)")
            }
        })
    }()

    /// The edition with this id.
    public func edition(id: String) throws(EditionError) -> Edition {
        guard let edition = editions.first(where: { $0.id == id }) else {
            throw EditionError.unknown(id: id, known: editions.map(\.id))
        }
        return edition
    }

    /// The edition a new letter for `year` uses by default: the newest edition
    /// written for that year or an earlier one (the oldest when the year predates them all).
    public func defaultEdition(for year: SchoolYear) -> Edition {
        editions.last { $0.schoolYear <= year } ?? editions[0]
    }

    /// Adds or replaces an edition (used for editions stored beside the letters).
    public mutating func insert(_ edition: Edition) {
        editions.removeAll { $0.id == edition.id }
        editions.append(edition)
        editions.sort { ($0.schoolYear, $0.id) < ($1.schoolYear, $1.id) }
    }
}

/// A problem finding an edition.
public enum EditionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknown(id: String, known: [String])

    public var description: String {
        switch self {
        case .unknown(let id, let known):
            "unknown edition \"\(id)\"; known editions: \(known.joined(separator: ", "))"
        }
    }
}
