import FoundationEssentials

/// The editions kyiln knows: the three shipped with it, plus any the store adds.
///
/// A bundled edition is decoded from its JSON the first time something asks for it, not
/// when the program starts: the list of ids (all that opening the store needs) is known
/// without decoding, and a session usually opens letters of one edition at most.
public struct EditionCatalog: Sendable {
    /// All editions, oldest school year first.
    public var editions: [Edition] { entries.map(\.edition) }

    /// The ids of all editions, in the order of `editions`, without decoding any.
    public var ids: [String] { entries.map(\.id) }

    private var entries: [Entry]

    /// One edition, or the way to decode a bundled one.
    private struct Entry: Sendable {
        var id: String
        var schoolYear: SchoolYear
        var load: @Sendable () -> Edition
        var edition: Edition { load() }

        init(_ edition: Edition) {
            id = edition.id
            schoolYear = edition.schoolYear
            load = { edition }
        }

        init(id: String, schoolYear: SchoolYear, load: @escaping @Sendable () -> Edition) {
            (self.id, self.schoolYear, self.load) = (id, schoolYear, load)
        }
    }

    public init(editions: [Edition]) {
        self.entries = Self.sorted(editions.map(Entry.init))
    }

    private init(entries: [Entry]) {
        self.entries = Self.sorted(entries)
    }

    private static func sorted(_ entries: [Entry]) -> [Entry] {
        entries.sorted { ($0.schoolYear, $0.id) < ($1.schoolYear, $1.id) }
    }

    /// The editions bundled with kyiln (2015-2016, 2019-2020, 2022-2023).
    public static let bundled = EditionCatalog(entries: [
        Entry(id: "2015-2016", schoolYear: SchoolYear(startYear: 2015)) { Bundled.edition2015 },
        Entry(id: "2019-2020", schoolYear: SchoolYear(startYear: 2019)) { Bundled.edition2019 },
        Entry(id: "2022-2023", schoolYear: SchoolYear(startYear: 2022)) { Bundled.edition2022 },
        // Each file is checked against its id and year when decoded (and by the tests).
    ])

    /// The bundled files, each decoded once, on first use.
    private enum Bundled {
        static let edition2015 = decode("edition-2015-2016.json", PackageResources.edition_2015_2016_json, id: "2015-2016", year: 2015)
        static let edition2019 = decode("edition-2019-2020.json", PackageResources.edition_2019_2020_json, id: "2019-2020", year: 2019)
        static let edition2022 = decode("edition-2022-2023.json", PackageResources.edition_2022_2023_json, id: "2022-2023", year: 2022)

        static func decode(_ name: String, _ bytes: [UInt8], id: String, year: Int) -> Edition {
            // The bundled files are part of the program: a broken one is a build defect,
            // caught by the tests, so failing loudly here is right.
            let edition: Edition
            do { edition = try JSONDecoder().decode(Edition.self, from: Data(bytes)) } catch {
                fatalError("bundled edition \(name) does not decode: \(error)")
            }
            guard edition.id == id, edition.schoolYear.startYear == year else {
                fatalError("bundled edition \(name) holds edition \(edition.id) for \(edition.schoolYear), not \(id)")
            }
            return edition
        }
    }

    /// The edition with this id.
    public func edition(id: String) throws(EditionError) -> Edition {
        guard let entry = entries.first(where: { $0.id == id }) else {
            throw EditionError.unknown(id: id, known: ids)
        }
        return entry.edition
    }

    /// The edition a new letter for `year` uses by default: the newest edition
    /// written for that year or an earlier one (the oldest when the year predates them all).
    public func defaultEdition(for year: SchoolYear) -> Edition {
        (entries.last { $0.schoolYear <= year } ?? entries[0]).edition
    }

    /// Adds or replaces an edition (used for editions stored beside the letters).
    public mutating func insert(_ edition: Edition) {
        entries.removeAll { $0.id == edition.id }
        entries.append(Entry(edition))
        entries = Self.sorted(entries)
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
