import LetterDomain
import FoundationEssentials
import Glibc
import SystemCalls

/// Unsaved edits of a letter, kept beside it so that a crash, a dropped connection
/// or a signal never loses what was typed.
public struct Recovery: Codable, Sendable {
    /// The letter as it was being edited (its `revision` is the one the edits started from).
    public var letter: Letter
    /// When the recovery file was written.
    public var savedAt: Date
    /// Which wizard step and field had focus, so the editor comes back where it was.
    public var step: String?
    public var focus: Int?
    /// The text of each field whose typed text is not what the letter holds (a date not yet a
    /// date, text the letter stores differently), by `FieldPath` description.
    public var texts: [String: String]?
    /// The points of action as typed, empty rows included (the letter keeps only the filled ones).
    public var points: [String]?
    /// Where the cursor was in each field edited (grapheme clusters from the start), by `FieldPath` description.
    public var cursors: [String: Int]?
    /// The generation of the journal that continues this file (`RecoveryJournal`); nil when
    /// written by a kyiln without one.
    public var journal: String?

    public init(letter: Letter, savedAt: Date, step: String? = nil, focus: Int? = nil, texts: [String: String]? = nil,
                points: [String]? = nil, cursors: [String: Int]? = nil, journal: String? = nil) {
        self.letter = letter
        self.savedAt = savedAt
        self.step = step
        self.focus = focus
        self.texts = texts
        self.points = points
        self.cursors = cursors
        self.journal = journal
    }
}

extension LetterStore {
    /// `letters/<year>/.<slug>.recovery.json`: hidden, so listings skip it.
    public func recoveryPath(_ slug: DistrictSlug, _ year: SchoolYear) -> String {
        joinPath(yearFolder(year), ".\(slug.rawValue).recovery.json")
    }

    /// `letters/<year>/.<slug>.recovery.journal`: the edits made since the recovery file was written.
    public func recoveryJournalPath(_ slug: DistrictSlug, _ year: SchoolYear) -> String {
        joinPath(yearFolder(year), ".\(slug.rawValue).recovery.journal")
    }

    /// Starts the journal of a recovery file just written (emptying any older one).
    public func startRecoveryJournal(_ recovery: Recovery) throws(StoreError) -> RecoveryJournal {
        let letter = recovery.letter
        return try RecoveryJournal.start(at: recoveryJournalPath(letter.district.slug, letter.schoolYear),
                                         generation: recovery.journal ?? "", mode: fileMode)
    }

    /// The edits the journal holds after `recovery` was written (none when it has no journal).
    public func journalSplices(of recovery: Recovery) throws(StoreError) -> [TextSplice] {
        guard let generation = recovery.journal else { return [] }
        return try RecoveryJournal.read(at: recoveryJournalPath(recovery.letter.district.slug, recovery.letter.schoolYear),
                                        generation: generation)
    }

    /// Writes (atomically) the unsaved edits of a letter.
    public func writeRecovery(_ recovery: Recovery) throws(StoreError) {
        let letter = recovery.letter
        try Directory.create(yearFolder(letter.schoolYear), mode: directoryMode)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain value types cannot fail.
        let bytes = Array(try! encoder.encode(recovery))
        try AtomicFile.write(bytes, to: ".\(letter.district.slug.rawValue).recovery.json", in: yearFolder(letter.schoolYear), mode: fileMode)
    }

    /// Removes the recovery file after a successful save or when the user discards it.
    /// The removal is flushed to disk (`fsync` of the year folder), so the recovery is not
    /// offered again after a power cut.
    public func removeRecovery(_ slug: DistrictSlug, _ year: SchoolYear) {
        // The recovery file first: a journal left alone is never replayed (no recovery names it).
        let recovery = unlink(recoveryPath(slug, year)) == 0
        if unlink(recoveryJournalPath(slug, year)) == 0 || recovery { try? Directory.sync(yearFolder(year)) }
    }

    /// Every recovery file in the store; unreadable ones are skipped (they are never
    /// needed to open a letter, and the letter itself is untouched). With `removingLeftovers`
    /// it also removes the temporary files crashed saves left in the year folders, in the same
    /// pass (see `LeftoverCleanup.withRecoveryScan`), unless another process holds the lock.
    public func recoveries(removingLeftovers: Bool = false) -> [Recovery] {
        guard let years = try? schoolYears() else { return [] }
        let lock = removingLeftovers ? (try? FileLock.attempt(lockPath, mode: fileMode)) : nil
        defer { withExtendedLifetime(lock) {} }
        var out: [Recovery] = []
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        for year in years {
            // Only hidden names can be recovery files: the letters' names never become strings (a start-up cost).
            let hidden = (try? Directory.hiddenNames(in: yearFolder(year))) ?? []
            if lock != nil {
                for name in hidden where AtomicFile.isTemporary(name) { unlink(joinPath(yearFolder(year), name)) }
            }
            for name in hidden.sorted() where name.hasSuffix(".recovery.json") {
                let path = joinPath(yearFolder(year), name)
                guard let file = try? FileDescriptor.open(path, flags: O_RDONLY),
                      let bytes = try? file.readAll(limit: LetterCodec.sizeLimit),
                      (try? LetterCodec.checkShape(bytes, path: path)) != nil,
                      let recovery = try? decoder.decode(Recovery.self, from: Data(bytes))
                else { continue }
                out.append(recovery)
            }
        }
        return out.sorted { $0.savedAt > $1.savedAt }
    }
}
