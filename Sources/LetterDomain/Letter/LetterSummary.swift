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

    /// "complete", "3 to fill in Contacts, Reflections", or "unknown edition".
    public var leftToFill: String {
        if openFindings < 0 { return "unknown edition \(editionID)" }
        if openFindings == 0 { return "complete" }
        return "\(openFindings) to fill: " + stepsWithFindings.map(\.title).joined(separator: ", ")
    }
}
