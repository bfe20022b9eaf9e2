import FoundationEssentials

/// What the importer read from one file: the values it placed, the ones it did not
/// find, and every piece of text it could not place. Nothing in it is guessed: a
/// value that was unclear is left empty and listed in `unplaced`.
public struct ImportReport: Sendable {
    /// The file name, as given.
    public var sourceName: String
    /// What the file was and how its text was read ("Word document (.docx)",
    /// "plain text, Windows-1252"), so a reader knows which encoding was assumed.
    public var format = ""
    /// Every edition's score, best first.
    public var scores: [EditionScore] = []
    /// The edition whose wording the text follows; nil when none matched well enough.
    public var edition: Edition?
    /// The school year printed in the text, if any.
    public var schoolYear: SchoolYear?
    public var districtName: String?
    public var superintendent = Superintendent()
    public var contacts: [Contact] = []
    public var reflections: [String: String] = [:]
    public var actions: [String] = []
    public var districtDate: CalendarDate?
    public var kdeDate: CalendarDate?
    /// The values placed, in form order, with where each came from.
    public var found: [ImportedField] = []
    /// The fields of the edition that the text left empty or unclear.
    public var notFound: [FieldPath] = []
    /// Text that could not be placed, with the reason.
    public var unplaced: [UnplacedText] = []

    public init(sourceName: String) {
        self.sourceName = sourceName
    }

    /// The school year to store the letter under: the one asked for, else the one in the text.
    public func year(preferring asked: SchoolYear?) -> SchoolYear? { asked ?? schoolYear }

    /// The letter as a new draft, with an `imported` history entry naming the file.
    public func letter(year asked: SchoolYear?, by user: String, now: Date = Date()) throws(ImportError) -> Letter {
        guard let edition else { throw .unknownEdition(sourceName: sourceName) }
        guard let year = year(preferring: asked) else { throw .noSchoolYear(sourceName: sourceName) }
        guard let name = districtName, !name.trimmed.isEmpty else { throw .noDistrict(sourceName: sourceName) }
        let slug: DistrictSlug
        do { slug = try DistrictSlug(deriving: name) } catch { throw .badDistrict(error) }
        var letter = Letter(district: District(name: name, slug: slug), schoolYear: year, editionID: edition.id, createdBy: user, now: now)
        letter.superintendent = superintendent
        letter.contacts = contacts.isEmpty ? [Contact()] : contacts
        letter.reflections = reflections
        letter.actions = actions
        letter.signatures.district.date = districtDate
        letter.signatures.kde.date = kdeDate
        letter.history = [HistoryEntry(at: now, by: user, action: .imported, note: sourceName)]
        return letter
    }
}
