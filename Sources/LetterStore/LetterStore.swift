import LetterDomain
import FoundationEssentials
import Glibc
import SystemCalls

/// The JSON-file store: one file per letter, `letters/<school-year>/<district-slug>.json`.
///
/// Every save is atomic and durable, and checked against the revision it started
/// from under an exclusive lock, so two writers can never silently overwrite each
/// other. A file that cannot be read is reported and left exactly as it is.
public struct LetterStore: Sendable {
    /// The store's folder (absolute).
    public let root: String
    /// Mode of every folder kyiln creates: 0700, or 02750 in shared mode (see `sharedGroup`).
    public private(set) var directoryMode: mode_t = 0o700
    /// Mode of every file kyiln writes: 0600, or 0640 in shared mode.
    public private(set) var fileMode: mode_t = 0o600
    /// The group that may read letters and write reviews (`kyiln access init --group`), or nil
    /// for a private store. Named by `"sharedGroup"` in the format file.
    public private(set) var sharedGroup: String?

    /// Name of the file that marks a folder as a kyiln store.
    public static let formatFileName = "kyiln-store.json"
    /// Store format this build reads and writes.
    public static let formatVersion = 1

    /// Opens the store at `root`, creating it when the folder is missing or empty,
    /// and removes temporary files a crashed save left behind (see `LeftoverCleanup`).
    public static func open(at root: String, cleanup: LeftoverCleanup = .atOpen,
                            summarize: @escaping @Sendable (Letter) -> LetterSummary = LetterStore.bundledSummary) throws(StoreError) -> LetterStore {
        var store = LetterStore(root: StoreLocation.absolute(root), summarize: summarize)
        try store.prepare(cleanup: cleanup)
        return store
    }

    /// The same opened store summarising letters with `summarize` (no second `prepare`).
    func summarizing(with summarize: @escaping @Sendable (Letter) -> LetterSummary) -> LetterStore {
        var store = LetterStore(root: root, summarize: summarize)
        store.directoryMode = directoryMode
        store.fileMode = fileMode
        store.sharedGroup = sharedGroup
        return store
    }

    /// Makes the index row of a letter (the default knows the bundled editions).
    public let summarize: @Sendable (Letter) -> LetterSummary

    /// Summarises a letter against the bundled editions.
    public static let bundledSummary: @Sendable (Letter) -> LetterSummary = { letter in
        LetterSummary(letter: letter, edition: try? EditionCatalog.bundled.edition(id: letter.editionID))
    }

    private init(root: String, summarize: @escaping @Sendable (Letter) -> LetterSummary) {
        self.root = root
        self.summarize = summarize
    }

    // MARK: Paths

    /// The folder of one school year's letters.
    public func yearFolder(_ year: SchoolYear) -> String { joinPath(root, "letters", year.description) }

    /// The file of one letter.
    public func letterPath(_ slug: DistrictSlug, _ year: SchoolYear) -> String {
        joinPath(yearFolder(year), slug.rawValue + ".json")
    }

    var lockPath: String { joinPath(root, "store.lock") }
    var formatPath: String { joinPath(root, Self.formatFileName) }

    // MARK: Reading

    /// The letter of a district for a year.
    public func load(_ slug: DistrictSlug, year: SchoolYear) throws(StoreError) -> Letter {
        let path = letterPath(slug, year)
        let bytes: [UInt8]
        do {
            let file: FileDescriptor
            do { file = try FileDescriptor.open(path, flags: O_RDONLY) } catch {
                if case .io(_, _, let code) = error, code == ENOENT { throw StoreError.notFound(slug: slug, year: year, path: path) }
                if case .io(_, _, let code) = error, code == ELOOP {
                    throw StoreError.unreadable(path: path, reason: "it is a symbolic link; letters must be regular files inside the store")
                }
                throw error
            }
            let info = try file.status()
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw StoreError.unreadable(path: path, reason: "it is not a regular file")
            }
            if info.st_mode & S_IWOTH != 0 {
                throw StoreError.permissions(path: path, problem: "the letter is writable by everyone, so anyone could have changed it; fix with: chmod o-w \(path)")
            }
            bytes = try file.readAll(limit: LetterCodec.sizeLimit)
        }
        let letter = try LetterCodec.decode(bytes, path: path)
        guard letter.district.slug == slug, letter.schoolYear == year else {
            throw StoreError.unreadable(path: path, reason: "it holds the letter of \(letter.district.slug) for \(letter.schoolYear), which does not match its file name")
        }
        return letter
    }

    /// Whether a letter file exists for that district and year (readable or not).
    public func exists(_ slug: DistrictSlug, year: SchoolYear) -> Bool {
        (try? Directory.status(letterPath(slug, year))) != nil
    }

    /// The school years that have a folder of letters, oldest first.
    public func schoolYears() throws(StoreError) -> [SchoolYear] {
        try Directory.names(in: joinPath(root, "letters")).compactMap { try? SchoolYear($0) }.sorted()
    }

    /// Every readable letter of a year (or of all years), and a problem for each file
    /// that could not be read: one broken file never hides the others.
    public func list(year: SchoolYear? = nil) throws(StoreError) -> StoreListing {
        var listing = StoreListing()
        let years: [SchoolYear]
        if let year { years = [year] } else { years = try schoolYears() }
        for year in years {
            for name in try Directory.names(in: yearFolder(year)) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let slugText = String(name.dropLast(5))
                guard let slug = try? DistrictSlug(slugText) else {
                    listing.problems.append(.unreadable(path: joinPath(yearFolder(year), name), reason: "its name is not a valid district slug"))
                    continue
                }
                do throws(StoreError) {
                    listing.letters.append(try load(slug, year: year))
                } catch {
                    listing.problems.append(error)
                }
            }
        }
        return listing
    }

    // MARK: Writing

    /// Stores a new letter as revision 1; refuses when that district and year exist.
    @discardableResult
    public func create(_ letter: Letter, by user: String, now: Date = Date()) throws(StoreError) -> Letter {
        let lock = try FileLock.acquire(lockPath, mode: fileMode)
        defer { withExtendedLifetime(lock) {} }
        let path = letterPath(letter.district.slug, letter.schoolYear)
        if try Directory.status(path) != nil {
            throw StoreError.alreadyExists(slug: letter.district.slug, year: letter.schoolYear, path: path)
        }
        var stored = letter
        stored.schemaVersion = Letter.currentSchemaVersion
        stored.revision = 1
        stored.createdAt = now
        stored.updatedAt = now
        stored.updatedBy = user
        if stored.history.isEmpty { stored.history.append(HistoryEntry(at: now, by: user, action: .created)) }
        let madeFolder = try Directory.create(yearFolder(letter.schoolYear), mode: directoryMode)
        do {
            try AtomicFile.write(LetterCodec.encode(stored), to: letter.district.slug.rawValue + ".json", in: yearFolder(letter.schoolYear), mode: fileMode)
        } catch {
            // A failed `new` (a full disk) leaves nothing behind: not even the year's folder.
            if madeFolder { Directory.removeEmpty(yearFolder(letter.schoolYear)) }
            throw error
        }
        updateIndex(after: stored)
        return stored
    }

    /// Saves a changed letter whose `revision` is the one it was read at, and returns
    /// it with the new revision. If the stored letter moved on meanwhile, nothing is
    /// written and `.conflict` says who saved what and when.
    @discardableResult
    public func save(_ letter: Letter, by user: String, now: Date = Date()) throws(StoreError) -> Letter {
        let lock = try FileLock.acquire(lockPath, mode: fileMode)
        defer { withExtendedLifetime(lock) {} }
        // Read what is there first: a file we cannot read is never overwritten.
        let current = try load(letter.district.slug, year: letter.schoolYear)
        guard current.revision == letter.revision else {
            throw StoreError.conflict(SaveConflict(
                path: letterPath(letter.district.slug, letter.schoolYear), yourRevision: letter.revision,
                theirs: current, differingFields: letter.differingFields(from: current)))
        }
        var stored = letter
        stored.schemaVersion = Letter.currentSchemaVersion
        stored.revision = current.revision + 1
        stored.createdAt = current.createdAt
        stored.updatedAt = now
        stored.updatedBy = user
        // Every save leaves a line in the history; callers add their own entries for
        // transitions and reviews, so a save that only changed the status adds none here.
        let changes = FieldChange.between(current, stored)
        if !changes.isEmpty { stored.history.append(HistoryEntry(at: now, by: user, action: .saved, changes: changes)) }
        try AtomicFile.write(LetterCodec.encode(stored), to: letter.district.slug.rawValue + ".json", in: yearFolder(letter.schoolYear), mode: fileMode)
        updateIndex(after: stored)
        return stored
    }

    // MARK: Opening

    struct FormatFile: Codable {
        var format: String
        var version: Int
        /// Present in shared mode only.
        var sharedGroup: String?
    }

    private mutating func prepare(cleanup: LeftoverCleanup) throws(StoreError) {
        if let info = try Directory.status(root) {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError.notAStore(path: root, reason: "it is not a folder")
            }
            if try Directory.status(formatPath) == nil {
                guard try Directory.names(in: root).isEmpty else {
                    throw StoreError.notAStore(path: root, reason: "the folder has files but no \(Self.formatFileName); kyiln only takes over a new or empty folder")
                }
                try writeFormatFile()
            }
        } else {
            try Directory.create(root, mode: directoryMode)
            try writeFormatFile()
        }
        sharedGroup = try checkFormatFile().sharedGroup
        if sharedGroup != nil {
            directoryMode = Self.sharedDirectoryMode
            fileMode = Self.sharedFileMode
        }
        try checkPermissions()
        try Directory.create(joinPath(root, "letters"), mode: directoryMode)
        try removeLeftoverTemporaryFiles(inYearFolders: cleanup == .atOpen)
    }

    /// The format file as kyiln writes it for a store that is not shared.
    private static var plainFormatText: String {
        "{\n  \"format\" : \"kyiln-store\",\n  \"version\" : \(formatVersion)\n}\n"
    }

    private func writeFormatFile() throws(StoreError) {
        try AtomicFile.write(Array(Self.plainFormatText.utf8), to: Self.formatFileName, in: root, mode: fileMode)
    }

    @discardableResult
    func checkFormatFile() throws(StoreError) -> FormatFile {
        let bytes: [UInt8]
        do { bytes = try FileDescriptor.open(formatPath, flags: O_RDONLY).readAll(limit: 64 * 1024) } catch {
            throw StoreError.notAStore(path: root, reason: "its \(Self.formatFileName) cannot be read (\(error))")
        }
        // The file as kyiln writes it needs no decoding: this runs on every start, and it would be
        // the start's only use of JSONDecoder, whose first use costs more than the rest of the check.
        if bytes.elementsEqual(Self.plainFormatText.utf8) {
            return FormatFile(format: "kyiln-store", version: Self.formatVersion, sharedGroup: nil)
        }
        let decoder = JSONDecoder()
        guard let format = try? decoder.decode(FormatFile.self, from: Data(bytes)), format.format == "kyiln-store" else {
            throw StoreError.notAStore(path: root, reason: "\(formatPath) is not a kyiln format file (expected {\"format\": \"kyiln-store\", \"version\": \(Self.formatVersion)})")
        }
        if format.version > Self.formatVersion {
            throw StoreError.notAStore(path: root, reason: "\(formatPath) says format version \(format.version), newer than this kyiln (\(Self.formatVersion)); upgrade kyiln")
        }
        return format
    }

    /// Refuses a store that anyone on the machine could have changed.
    private func checkPermissions() throws(StoreError) {
        var folders = [root, joinPath(root, "letters")]
        let years = try schoolYears()
        folders += years.map(yearFolder)
        for path in folders + [formatPath, lockPath] {
            guard let info = try Directory.status(path) else { continue }
            if info.st_mode & S_IWOTH != 0 {
                throw StoreError.permissions(path: path, problem: "it is writable by everyone, so anyone could change the letters; fix with: chmod o-w \(path)")
            }
        }
    }

    /// Removes temporary files of saves that crashed. Skipped while another process
    /// holds the lock, since that process may be writing one right now.
    func removeLeftoverTemporaryFiles(inYearFolders: Bool = true) throws(StoreError) {
        let attempt: FileLock?
        do { attempt = try FileLock.attempt(lockPath, mode: fileMode) } catch {
            // A lock file we may not write still lets letters be read; saving reports it.
            if case .permissions = error { return }
            throw error
        }
        guard let lock = attempt else { return }
        defer { withExtendedLifetime(lock) {} }
        let years = inYearFolders ? try schoolYears() : []
        for folder in [root] + years.map(yearFolder) {
            for name in try Directory.hiddenNames(in: folder) where AtomicFile.isTemporary(name) {
                unlink(joinPath(folder, name))
            }
        }
    }
}

/// What listing the store found.
public struct StoreListing: Sendable {
    /// The letters that could be read.
    public var letters: [Letter] = []
    /// One error per file that could not be read, each naming the file.
    public var problems: [StoreError] = []
}
