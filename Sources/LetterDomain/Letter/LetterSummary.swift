import FoundationEssentials

/// What a listing needs to know of a letter, without the letter: one row of Home
/// and of `kyiln list`, kept in the store's index so listings need not decode every letter.
public struct LetterSummary: Codable, Sendable, Equatable {
    public var slug: DistrictSlug
    public var districtName: String
    public var schoolYear: SchoolYear
    public var editionID: String
    public var status: LetterStatus
    public var revision: Int
    public var updatedAt: Date
    public var updatedBy: String
    /// Error findings still open (-1 when the edition is unknown).
    public var openFindings: Int
    /// The steps that still have error findings.
    public var stepsWithFindings: [Step]
    public var superintendent: String
    public var districtSignedOn: CalendarDate?
    public var kdeSignedOn: CalendarDate?
    /// When the letter entered its current status (from the history), for "waiting on" views.
    public var statusSince: Date?
    /// The district review behind an `approved` or `changes-requested` status (its name and
    /// comment), set by the store when it lists letters; never part of the cached index.
    public var review: Review?

    /// Summarises a letter against its edition (nil when the edition is unknown).
    public init(letter: Letter, edition: Edition?) {
        slug = letter.district.slug
        districtName = letter.district.name
        schoolYear = letter.schoolYear
        editionID = letter.editionID
        status = letter.status
        revision = letter.revision
        updatedAt = letter.updatedAt
        updatedBy = letter.updatedBy
        superintendent = letter.superintendent.name
        districtSignedOn = letter.signatures.district.date
        kdeSignedOn = letter.signatures.kde.date
        statusSince = letter.history.last { $0.action == .transition || $0.action == .reviewed }?.at ?? letter.createdAt
        if let edition {
            let errors = Validator(edition: edition).findings(for: letter).filter { $0.severity == .error }
            openFindings = errors.count
            stepsWithFindings = Step.allCases.filter { step in errors.contains { $0.step == step } }
        } else {
            openFindings = -1
            stepsWithFindings = []
        }
    }

    /// A summary from its parts, as the store's index keeps them (no review: reviews are
    /// merged in when a listing is made, never cached).
    public init(slug: DistrictSlug, districtName: String, schoolYear: SchoolYear, editionID: String,
                status: LetterStatus, revision: Int, updatedAt: Date, updatedBy: String,
                openFindings: Int, stepsWithFindings: [Step], superintendent: String,
                districtSignedOn: CalendarDate?, kdeSignedOn: CalendarDate?, statusSince: Date?) {
        self.slug = slug
        self.districtName = districtName
        self.schoolYear = schoolYear
        self.editionID = editionID
        self.status = status
        self.revision = revision
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.openFindings = openFindings
        self.stepsWithFindings = stepsWithFindings
        self.superintendent = superintendent
        self.districtSignedOn = districtSignedOn
        self.kdeSignedOn = kdeSignedOn
        self.statusSince = statusSince
        self.review = nil
    }

    /// Decodes what the synthesized conformance would, faster: the store's index holds one
    /// summary per letter and Home and `list` decode a whole year of them before showing
    /// anything. Text-coded fields are read as strings and checked directly (not through a
    /// nested decoder each), and timestamps in the form the index writes them
    /// (`2025-06-15T20:18:27Z`) are read by hand; any other form goes through the decoder's
    /// own date strategy, as before.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text<T>(_ key: CodingKeys, _ make: (String) throws -> T) throws -> T {
            let raw = try c.decode(String.self, forKey: key)
            do { return try make(raw) } catch {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\(error)")
            }
        }
        func optionalText<T>(_ key: CodingKeys, _ make: (String) throws -> T) throws -> T? {
            guard let raw = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
            do { return try make(raw) } catch {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\(error)")
            }
        }
        func date(_ key: CodingKeys) throws -> Date? {
            do {
                guard let raw = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
                if let date = Self.utcTimestamp(raw) { return date }
            } catch DecodingError.typeMismatch {
                // A number: a decoder with another date strategy.
            }
            return try c.decodeIfPresent(Date.self, forKey: key)
        }
        func named<T: RawRepresentable<String>>(_ raw: String, _ key: CodingKeys) throws -> T {
            guard let value = T(rawValue: raw) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "unknown value \"\(raw)\"")
            }
            return value
        }
        slug = try text(.slug) { try DistrictSlug($0) }
        districtName = try c.decode(String.self, forKey: .districtName)
        schoolYear = try text(.schoolYear) { try SchoolYear($0) }
        editionID = try c.decode(String.self, forKey: .editionID)
        status = try named(c.decode(String.self, forKey: .status), .status)
        revision = try c.decode(Int.self, forKey: .revision)
        guard let updated = try date(.updatedAt) else {
            throw DecodingError.valueNotFound(Date.self, .init(codingPath: c.codingPath + [CodingKeys.updatedAt], debugDescription: "updatedAt is null"))
        }
        updatedAt = updated
        updatedBy = try c.decode(String.self, forKey: .updatedBy)
        openFindings = try c.decode(Int.self, forKey: .openFindings)
        stepsWithFindings = try c.decode([String].self, forKey: .stepsWithFindings).map { try named($0, .stepsWithFindings) }
        superintendent = try c.decode(String.self, forKey: .superintendent)
        districtSignedOn = try optionalText(.districtSignedOn) { try CalendarDate(parsing: $0) }
        kdeSignedOn = try optionalText(.kdeSignedOn) { try CalendarDate(parsing: $0) }
        statusSince = try date(.statusSince)
        review = try c.decodeIfPresent(Review.self, forKey: .review)
    }

    /// `yyyy-MM-ddTHH:mm:ssZ` (a real date and time) as a date; nil for anything else.
    static func utcTimestamp(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              hour < 24, minute < 60, second < 60,
              let date = try? CalendarDate(year: year, month: month, day: day) else { return nil }
        let seconds = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// "complete", "3 to fill in Contacts, Reflections", or "unknown edition".
    public var leftToFill: String {
        if openFindings < 0 { return "unknown edition \(editionID)" }
        if openFindings == 0 { return "complete" }
        return "\(openFindings) to fill: " + stepsWithFindings.map(\.title).joined(separator: ", ")
    }
}
