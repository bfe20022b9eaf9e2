import FoundationEssentials

/// One district's Letter of Commitment for one school year, on one edition of the form.
public struct Letter: Codable, Sendable, Equatable {
    /// The version of this file layout that this build writes.
    public static let currentSchemaVersion = 1

    /// Layout version of the stored letter; a higher one than `currentSchemaVersion`
    /// means a newer kyiln wrote it and this one must not rewrite it.
    public var schemaVersion: Int
    public var district: District
    public var schoolYear: SchoolYear
    /// The edition whose wording this letter uses.
    public var editionID: String
    public var superintendent: Superintendent
    /// Points of contact: one or more.
    public var contacts: [Contact]
    /// Answers to the free-text prompts, by prompt id. Paragraphs are kept as typed.
    public var reflections: [String: String]
    /// The points of action (2 to 3) answering the edition's points prompt.
    public var actions: [String]
    /// The district's acknowledgement of each member expectation, by expectation id.
    public var acknowledgements: [String: Bool]
    public var signatures: Signatures
    public var status: LetterStatus
    /// Set when the letter was ended early by written notice (status `terminated`);
    /// optional so letters written before it existed still read.
    public var termination: Termination?
    /// Incremented by every save; a save must name the revision it started from.
    public var revision: Int
    public var createdAt: Date
    public var updatedAt: Date
    /// Who saved last (a local user name).
    public var updatedBy: String
    /// Every save, transition and review, oldest first.
    public var history: [HistoryEntry]

    /// A new, empty draft.
    public init(district: District, schoolYear: SchoolYear, editionID: String, createdBy: String, now: Date = Date()) {
        self.schemaVersion = Letter.currentSchemaVersion
        self.district = district
        self.schoolYear = schoolYear
        self.editionID = editionID
        self.superintendent = Superintendent()
        self.contacts = [Contact()]
        self.reflections = [:]
        self.actions = []
        self.acknowledgements = [:]
        self.signatures = Signatures()
        self.status = .draft
        self.revision = 0
        self.createdAt = now
        self.updatedAt = now
        self.updatedBy = createdBy
        self.history = []
    }

    /// The answer to a free-text prompt ("" when unanswered).
    public func answer(to promptID: String) -> String { reflections[promptID] ?? "" }

    /// Whether the district acknowledged an expectation.
    public func isAcknowledged(_ expectationID: String) -> Bool { acknowledgements[expectationID] ?? false }

    /// This letter's fields (what people type) on the record of `stored`: its revision, status,
    /// history, termination, edition and bookkeeping. How an edit is laid on top of the letter
    /// as stored now, and how an editor takes a save back without losing what was typed since.
    public func keepingFields(onRecordOf stored: Letter) -> Letter {
        var out = self
        out.schemaVersion = stored.schemaVersion
        out.revision = stored.revision
        out.status = stored.status
        out.history = stored.history
        out.termination = stored.termination
        out.editionID = stored.editionID
        out.createdAt = stored.createdAt
        out.updatedAt = stored.updatedAt
        out.updatedBy = stored.updatedBy
        return out
    }
}
