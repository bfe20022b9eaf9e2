import LetterDomain

/// Why the store refused to create, change or delete an edition. Every message says
/// what to do instead.
public enum EditionStoreError: Error, Sendable, CustomStringConvertible {
    /// The id is not usable as a file name.
    case invalidID(NameError)
    /// A bundled edition: read-only.
    case builtIn(id: String, action: String)
    /// No stored edition with that id (a bundled id gives `builtIn` instead).
    case notFound(id: String)
    /// An edition with that id exists already (bundled or stored).
    case alreadyExists(id: String, builtIn: Bool)
    /// Letters use the edition, so it cannot be deleted.
    case inUse(id: String, usage: EditionUsage)
    /// Letters that use the edition are signed or later, so its words are fixed.
    case locked(id: String, usage: EditionUsage)
    /// Letter files that cannot be read might use the edition, so it is not deleted.
    case unknownUsage(id: String, unreadable: Int)
    /// Someone else saved the edition after it was opened; nothing was overwritten.
    case changedMeanwhile(id: String)
    /// The edition does not pass the checks; nothing was written.
    case invalid(id: String, problems: [EditionProblem])
    /// A file or lock problem.
    case store(StoreError)

    public var description: String {
        switch self {
        case .invalidID(let error):
            return error.description
        case .builtIn(let id, let action):
            return "edition \(id) is built into kyiln and cannot be \(action); copy it instead (kyiln editions copy \(id) --as NEW-ID)"
        case .notFound(let id):
            return "no stored edition \"\(id)\""
        case .alreadyExists(let id, let builtIn):
            return builtIn ? "edition \(id) is built into kyiln; choose another id for the copy"
                : "an edition \(id) exists already; choose another id"
        case .inUse(let id, let usage):
            return "edition \(id) cannot be deleted: \(usage.lettersPhrase) \(usage.count == 1 ? "uses" : "use") it (\(usage.examples()))"
        case .locked(let id, let usage):
            let locked = usage.locked
            return "edition \(id) cannot be edited: \(locked.count) letter\(locked.count == 1 ? " that uses it is" : "s that use it are") signed or in force "
                + "(\(EditionUsage.examples(of: locked))), and their words must stay as signed; copy it instead and edit the copy"
        case .unknownUsage(let id, let unreadable):
            return "edition \(id) was not deleted: \(unreadable) letter file\(unreadable == 1 ? "" : "s") cannot be read, "
                + "so kyiln cannot tell whether \(unreadable == 1 ? "it uses" : "they use") the edition; fix or remove \(unreadable == 1 ? "it" : "them") first (kyiln list shows which)"
        case .changedMeanwhile(let id):
            return "edition \(id) was changed by someone else after you opened it; nothing was overwritten: open it again"
        case .invalid(let id, let problems):
            let shown = problems.prefix(5).map(\.message).joined(separator: "; ")
            let more = problems.count > 5 ? "; and \(problems.count - 5) more" : ""
            return "edition \(id) was not saved: \(shown)\(more)"
        case .store(let error):
            return error.description
        }
    }
}

/// One letter that uses an edition.
public struct EditionUser: Sendable, Equatable {
    public var slug: DistrictSlug
    public var schoolYear: SchoolYear
    public var status: LetterStatus

    public init(slug: DistrictSlug, schoolYear: SchoolYear, status: LetterStatus) {
        self.slug = slug
        self.schoolYear = schoolYear
        self.status = status
    }

    /// Whether the letter's words are fixed: it is signed, in force, or was.
    public var isLocked: Bool { EditionUser.lockedStatuses.contains(status) }

    /// The statuses after which an edition's wording may no longer change.
    public static let lockedStatuses: Set<LetterStatus> = [.signed, .active, .expired, .terminated]

    /// `2022-2023/boone-county`.
    public var reference: String { "\(schoolYear)/\(slug)" }
}

/// The letters that use one edition.
public struct EditionUsage: Sendable, Equatable {
    public var letters: [EditionUser]

    public init(letters: [EditionUser] = []) {
        self.letters = letters
    }

    public var count: Int { letters.count }
    /// The letters whose wording is fixed.
    public var locked: [EditionUser] { letters.filter(\.isLocked) }

    /// "1 letter", "3 letters".
    public var lettersPhrase: String { "\(count) letter\(count == 1 ? "" : "s")" }

    /// A few of the letters ("2022-2023/boone-county, ... and 4 more").
    public func examples(limit: Int = 3) -> String { Self.examples(of: letters, limit: limit) }

    static func examples(of letters: [EditionUser], limit: Int = 3) -> String {
        let shown = letters.prefix(limit).map(\.reference).joined(separator: ", ")
        return letters.count > limit ? shown + " and \(letters.count - limit) more" : shown
    }
}
