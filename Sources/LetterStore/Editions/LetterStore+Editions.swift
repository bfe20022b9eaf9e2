import LetterDomain
import FoundationEssentials
import Glibc
import SystemCalls

/// Editions the program manager adds live in `<store>/editions/<id>.json`, beside the
/// letters. The bundled editions are part of the program and read-only: a new year's
/// form starts as a copy of one.
///
/// Rules: a stored edition may not reuse a bundled id; it is deleted only when no
/// letter uses it; its words are changed only while no letter that uses it is signed,
/// in force, expired or terminated (copy it instead). Writes are atomic, with the
/// store's file mode, under the store lock.
extension LetterStore {
    /// Edition files are a few tens of kilobytes; this is generous.
    static let editionSizeLimit = 4 * 1024 * 1024

    /// The folder of stored editions.
    public var editionsFolder: String { joinPath(root, "editions") }

    /// The file of a stored edition; the id is checked before it becomes a path.
    public func editionPath(_ id: String) throws(EditionStoreError) -> String {
        do { try EditionValidator.checkID(id) } catch { throw .invalidID(error) }
        return joinPath(editionsFolder, id + ".json")
    }

    /// Whether `id` is one of the editions bundled with kyiln.
    public static func isBuiltIn(_ id: String) -> Bool {
        EditionCatalog.bundled.ids.contains(id)
    }

    // MARK: Reading

    /// The bundled editions plus the stored ones. A stored file that cannot be read,
    /// fails the checks, or reuses a bundled id is reported in `problems` and left out;
    /// it never stops the others from loading.
    public func editionCatalog() -> (EditionCatalog, problems: [StoreError]) {
        var catalog = EditionCatalog.bundled
        let (stored, problems) = storedEditions()
        for edition in stored { catalog.insert(edition) }
        return (catalog, problems)
    }

    /// The stored editions, oldest school year first, and a problem for each file that
    /// could not be used.
    public func storedEditions() -> (editions: [Edition], problems: [StoreError]) {
        var editions: [Edition] = []
        var problems: [StoreError] = []
        let names: [String]
        do { names = try Directory.names(in: editionsFolder) } catch {
            return ([], [error])
        }
        if let info = try? Directory.status(editionsFolder), info.st_mode & S_IWOTH != 0 {
            return ([], [.permissions(path: editionsFolder, problem: "it is writable by everyone, so anyone could change the editions; fix with: chmod o-w \(editionsFolder)")])
        }
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let id = String(name.dropLast(5))
            let path = joinPath(editionsFolder, name)
            do { try EditionValidator.checkID(id) } catch {
                problems.append(.unreadable(path: path, reason: "its name is not a valid edition id (\(error.reason))"))
                continue
            }
            if Self.isBuiltIn(id) {
                problems.append(.unreadable(path: path, reason: "edition \(id) is built into kyiln; a stored edition may not reuse its id (rename the file and the id inside it)"))
                continue
            }
            do throws(StoreError) {
                editions.append(try readEdition(at: path, id: id))
            } catch {
                problems.append(error)
            }
        }
        return (EditionCatalog(editions: editions).editions, problems)
    }

    /// A stored edition. A bundled id gives `.builtIn`.
    public func storedEdition(_ id: String) throws(EditionStoreError) -> Edition {
        let path = try editionPath(id)
        if Self.isBuiltIn(id) { throw .builtIn(id: id, action: "changed") }
        guard (try? Directory.status(path)) != nil else { throw .notFound(id: id) }
        do { return try readEdition(at: path, id: id) } catch { throw .store(error) }
    }

    /// Reads and checks one edition file.
    func readEdition(at path: String, id: String) throws(StoreError) -> Edition {
        let file: FileDescriptor
        do { file = try FileDescriptor.open(path, flags: O_RDONLY) } catch {
            if case .io(_, _, let code) = error, code == ELOOP {
                throw StoreError.unreadable(path: path, reason: "it is a symbolic link; editions must be regular files inside the store")
            }
            throw error
        }
        let info = try file.status()
        guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError.unreadable(path: path, reason: "it is not a regular file") }
        if info.st_mode & S_IWOTH != 0 {
            throw StoreError.permissions(path: path, problem: "the edition is writable by everyone, so anyone could have changed it; fix with: chmod o-w \(path)")
        }
        let bytes = try file.readAll(limit: Self.editionSizeLimit)
        if bytes.first(where: { $0 > 0x20 }) == UInt8(ascii: "[") {
            throw StoreError.unreadable(path: path, reason: "it holds a JSON array, not an edition (a JSON object)")
        }
        try LetterCodec.checkShape(bytes, path: path)
        let edition: Edition
        do { edition = try JSONDecoder().decode(Edition.self, from: Data(bytes)) } catch {
            throw StoreError.unreadable(path: path, reason: LetterCodec.explain(error))
        }
        guard edition.id == id else {
            throw StoreError.unreadable(path: path, reason: "it holds edition \"\(edition.id)\", which does not match its file name")
        }
        let problems = EditionValidator.problems(in: edition)
        if !problems.isEmpty {
            throw StoreError.unreadable(path: path, reason: "the edition is not usable: " + problems.prefix(3).map(\.message).joined(separator: "; "))
        }
        return edition
    }

    // MARK: Usage

    /// Which letters use each edition id, and how many letter files could not be read
    /// (their edition is unknown).
    ///
    /// Read from each year's summary index, whose entries are checked against the letter
    /// files and re-read from any that changed: the Editions screen and `kyiln editions`
    /// would otherwise decode every letter of every year (about 0.4 s and 30 MB for 1,710).
    public func editionUsage() throws(StoreError) -> (usage: [String: EditionUsage], unreadable: Int) {
        var usage: [String: EditionUsage] = [:]
        var unreadable = 0
        for year in try schoolYears() {
            let listing = try summaries(year: year, summarize: summarize)
            for summary in listing.summaries {
                usage[summary.editionID, default: EditionUsage()].letters.append(
                    EditionUser(slug: summary.slug, schoolYear: summary.schoolYear, status: summary.status))
            }
            unreadable += listing.problems.count
        }
        return (usage, unreadable)
    }

    /// The letters that use one edition.
    public func usage(ofEdition id: String) throws(StoreError) -> EditionUsage {
        try editionUsage().usage[id] ?? EditionUsage()
    }

    /// Throws the reason an edition cannot be edited, if there is one: it is bundled,
    /// missing, or letters using it are signed or later.
    public func checkEditable(_ id: String) throws(EditionStoreError) {
        _ = try editionPath(id)
        if Self.isBuiltIn(id) { throw .builtIn(id: id, action: "changed") }
        guard (try? Directory.status(joinPath(editionsFolder, id + ".json"))) != nil else { throw .notFound(id: id) }
        let usage: EditionUsage
        do { usage = try self.usage(ofEdition: id) } catch { throw .store(error) }
        if !usage.locked.isEmpty { throw .locked(id: id, usage: usage) }
    }

    // MARK: Writing

    /// Stores a copy of `source` (bundled or stored) as a new edition `newID` for
    /// `schoolYear` (default: the year after the source's). The source's school year
    /// is replaced by the new one wherever its text names it ("2022 - 2023", "2022-2023").
    @discardableResult
    public func copyEdition(_ source: Edition, as newID: String, schoolYear: SchoolYear? = nil) throws(EditionStoreError) -> Edition {
        let year = schoolYear ?? source.schoolYear.next
        var copy = EditionCopy.retitled(source, to: year)
        copy.id = newID
        return try createEdition(copy, source: source)
    }

    /// Stores a new edition; refuses an id that exists (bundled or stored).
    @discardableResult
    public func createEdition(_ edition: Edition, source: Edition? = nil) throws(EditionStoreError) -> Edition {
        let path = try editionPath(edition.id)
        if Self.isBuiltIn(edition.id) { throw .alreadyExists(id: edition.id, builtIn: true) }
        let problems = EditionValidator.problems(in: edition, source: source)
        if !problems.isEmpty { throw .invalid(id: edition.id, problems: problems) }
        let lock = try storing { () throws(StoreError) in try FileLock.acquire(lockPath, mode: fileMode) }
        defer { withExtendedLifetime(lock) {} }
        if try storing({ () throws(StoreError) in try Directory.status(path) }) != nil {
            throw .alreadyExists(id: edition.id, builtIn: false)
        }
        try storing { () throws(StoreError) in try writeEdition(edition) }
        return edition
    }

    /// Saves a changed stored edition. `original` is the edition as it was read: if the
    /// file changed since, nothing is written. Refused for bundled editions and once a
    /// letter that uses the edition is signed or later.
    @discardableResult
    public func saveEdition(_ edition: Edition, original: Edition) throws(EditionStoreError) -> Edition {
        let path = try editionPath(edition.id)
        if Self.isBuiltIn(edition.id) { throw .builtIn(id: edition.id, action: "changed") }
        guard edition.id == original.id else {
            throw .invalid(id: edition.id, problems: [EditionProblem(.id, "an edition's id cannot change; copy it to a new id instead")])
        }
        let problems = EditionValidator.problems(in: edition, source: original)
        if !problems.isEmpty { throw .invalid(id: edition.id, problems: problems) }
        let lock = try storing { () throws(StoreError) in try FileLock.acquire(lockPath, mode: fileMode) }
        defer { withExtendedLifetime(lock) {} }
        guard try storing({ () throws(StoreError) in try Directory.status(path) }) != nil else { throw .notFound(id: edition.id) }
        let current = try storing { () throws(StoreError) in try readEdition(at: path, id: edition.id) }
        guard current == original else { throw .changedMeanwhile(id: edition.id) }
        let usage = try storing { () throws(StoreError) in try self.usage(ofEdition: edition.id) }
        if !usage.locked.isEmpty { throw .locked(id: edition.id, usage: usage) }
        if current == edition { return edition }
        try storing { () throws(StoreError) in try writeEdition(edition) }
        // The summaries of letters on this edition count findings against it: rebuild them.
        if usage.count > 0 { dropSummaryIndexes() }
        return edition
    }

    /// Deletes a stored edition that no letter uses.
    public func deleteEdition(_ id: String) throws(EditionStoreError) {
        let path = try editionPath(id)
        if Self.isBuiltIn(id) { throw .builtIn(id: id, action: "deleted") }
        let lock = try storing { () throws(StoreError) in try FileLock.acquire(lockPath, mode: fileMode) }
        defer { withExtendedLifetime(lock) {} }
        guard let info = try storing({ () throws(StoreError) in try Directory.status(path) }) else { throw .notFound(id: id) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .store(.unreadable(path: path, reason: "it is not a regular file; remove it by hand"))
        }
        let (usage, unreadable) = try storing { () throws(StoreError) in try editionUsage() }
        if let users = usage[id], users.count > 0 { throw .inUse(id: id, usage: users) }
        if unreadable > 0 { throw .unknownUsage(id: id, unreadable: unreadable) }
        try storing { () throws(StoreError) in
            try systemCall("deleting", path) { unlink(path) }
            let dir = try FileDescriptor.open(editionsFolder, flags: O_RDONLY | O_DIRECTORY, kind: .folder)
            try systemCall("flushing the folder of", path) { fsync(dir.fd) }
        }
    }

    /// Runs store calls where an edition error is promised: a `StoreError` becomes `.store`.
    private func storing<T>(_ body: () throws(StoreError) -> T) throws(EditionStoreError) -> T {
        do { return try body() } catch { throw .store(error) }
    }

    /// Writes an edition file atomically; called with the lock held.
    private func writeEdition(_ edition: Edition) throws(StoreError) {
        try Directory.create(editionsFolder, mode: directoryMode)
        for name in try Directory.names(in: editionsFolder) where AtomicFile.isTemporary(name) && name.hasPrefix(".\(edition.id).json") {
            unlink(joinPath(editionsFolder, name))
        }
        try AtomicFile.write(Self.encodeEdition(edition), to: edition.id + ".json", in: editionsFolder, mode: fileMode)
    }

    /// The bytes of an edition file: pretty-printed, sorted keys, ending in a newline.
    public static func encodeEdition(_ edition: Edition) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types always encode.
        return Array(try! encoder.encode(edition)) + [0x0A]
    }

    /// Removes the summary indexes that summarised a letter as "unknown edition" when
    /// the catalog knows its edition now (it was made before the edition was loaded).
    func dropIndexesMissing(_ catalog: EditionCatalog) {
        let known = Set(catalog.ids)
        for year in (try? schoolYears()) ?? [] {
            guard let bytes = indexBytes(year), Self.mayHoldNegativeNumber(bytes) else { continue }
            let index = SummaryIndex(decoding: bytes)
            if index.entries.values.contains(where: { $0.summary.openFindings < 0 && known.contains($0.summary.editionID) }) {
                unlink(joinPath(yearFolder(year), SummaryIndex.fileName))
            }
        }
    }

    /// Whether an index file's text may hold a negative number (a tab followed by `-`). An
    /// entry is "unknown edition" only with open findings -1, so an index without one needs no
    /// decoding: this runs on every start, over every year.
    static func mayHoldNegativeNumber(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var offset = 0
            while offset < buffer.count, let hit = memchr(base + offset, Int32(UInt8(ascii: "-")), buffer.count - offset) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if position > 0, buffer[position - 1] == UInt8(ascii: "\t") { return true }
                offset = position + 1
            }
            return false
        }
    }

    /// Removes every year's summary index; each is rebuilt from the letters on the next listing.
    private func dropSummaryIndexes() {
        for year in (try? schoolYears()) ?? [] {
            unlink(joinPath(yearFolder(year), SummaryIndex.fileName))
            unlink(joinPath(yearFolder(year), SummaryIndex.oldFileName))
        }
    }

    // MARK: Opening with the stored editions

    /// Opens the store with summaries made against the bundled and stored editions, so
    /// letters on a stored edition show their findings in listings.
    public static func openWithEditions(at root: String, cleanup: LeftoverCleanup = .atOpen) throws(StoreError) -> (store: LetterStore, editions: EditionCatalog, problems: [StoreError]) {
        let plain = try LetterStore.open(at: root, cleanup: cleanup)
        let (catalog, problems) = plain.editionCatalog()
        plain.dropIndexesMissing(catalog)
        let store = plain.summarizing { letter in
            LetterSummary(letter: letter, edition: try? catalog.edition(id: letter.editionID))
        }
        return (store, catalog, problems)
    }
}
