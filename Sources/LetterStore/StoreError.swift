import LetterDomain
import Glibc

/// Everything that can go wrong with the store, each naming the file concerned.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The folder is not a kyiln store (or its format file is broken).
    case notAStore(path: String, reason: String)
    /// A file exists but cannot be used as a letter; it was left exactly as it was.
    case unreadable(path: String, reason: String)
    /// The file was written by a newer kyiln; this one must not rewrite it.
    case newerSchema(path: String, version: Int)
    /// No letter for that district and year.
    case notFound(slug: DistrictSlug, year: SchoolYear, path: String)
    /// A letter for that district and year exists already.
    case alreadyExists(slug: DistrictSlug, year: SchoolYear, path: String)
    /// Someone else saved the letter after it was read.
    case conflict(SaveConflict)
    /// A system call failed.
    case io(path: String, operation: String, errno: Int32)
    /// Modes or ownership make the store unsafe or unusable.
    case permissions(path: String, problem: String)
    /// A slug, year or id that cannot become a path.
    case invalidName(NameError)

    public var description: String {
        switch self {
        case .notAStore(let path, let reason):
            "\(path) is not a usable kyiln store: \(reason)"
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason); the file was left as it is"
        case .newerSchema(let path, let version):
            "\(path) was written by a newer kyiln (schema version \(version); this one knows \(Letter.currentSchemaVersion)); it is read-only here: upgrade kyiln to change it"
        case .notFound(let slug, let year, let path):
            "no letter for \(slug) in \(year) (\(path) does not exist)"
        case .alreadyExists(let slug, let year, let path):
            "a letter for \(slug) in \(year) exists already (\(path))"
        case .conflict(let conflict):
            conflict.description
        case .io(let path, let operation, let code):
            "\(operation) \(path) failed: \(String(cString: strerror(code)))"
        case .permissions(let path, let problem):
            "\(path): \(problem)"
        case .invalidName(let error):
            error.description
        }
    }
}

/// What another process saved while a letter was being edited.
public struct SaveConflict: Sendable, CustomStringConvertible {
    public var path: String
    /// The revision the edit started from.
    public var yourRevision: Int
    /// The letter as it is now on disk.
    public var theirs: Letter
    /// Fields where the stored letter differs from the one being saved.
    public var differingFields: [FieldPath]

    public init(path: String, yourRevision: Int, theirs: Letter, differingFields: [FieldPath]) {
        self.path = path
        self.yourRevision = yourRevision
        self.theirs = theirs
        self.differingFields = differingFields
    }

    public var description: String {
        let fields = differingFields.prefix(6).map(\.description).joined(separator: ", ")
        let more = differingFields.count > 6 ? " and \(differingFields.count - 6) more" : ""
        return "\(theirs.district.slug) \(theirs.schoolYear) was saved by \(theirs.updatedBy) at \(Timestamp.format(theirs.updatedAt)) "
            + "(revision \(theirs.revision); you started from revision \(yourRevision))"
            + (differingFields.isEmpty ? "" : "; it differs in \(fields)\(more)")
            + "; nothing was overwritten"
    }
}
