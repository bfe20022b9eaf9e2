import LetterDomain
import FoundationEssentials
import Glibc
import SystemCalls

/// Deleted letters are moved, never erased: `trash/<school-year>/<slug>.<yyyyMMddTHHmmssZ>.json`
/// in the store, each the letter as it was with a `deleted` history entry at the end.
/// `restoreFromTrash` brings the newest one back. The rules (which letters may be deleted)
/// belong to the rules service; the store only moves files, under the store lock, and checks
/// that nobody saved the letter since the caller read it.
extension LetterStore {
    /// The folder of a year's deleted letters.
    public func trashFolder(_ year: SchoolYear) -> String { joinPath(root, "trash", year.description) }

    /// Moves a letter to the trash with `entry` added to its history. Refused (as a
    /// `.conflict`) when the stored letter is no longer at `revision`. Returns the trash path.
    @discardableResult
    public func moveToTrash(_ slug: DistrictSlug, year: SchoolYear, revision: Int, entry: HistoryEntry) throws(StoreError) -> String {
        let lock = try FileLock.acquire(lockPath, mode: fileMode)
        defer { withExtendedLifetime(lock) {} }
        var letter = try load(slug, year: year)
        guard letter.revision == revision else {
            throw StoreError.conflict(SaveConflict(path: letterPath(slug, year), yourRevision: revision, theirs: letter, differingFields: []))
        }
        letter.history.append(entry)
        let folder = trashFolder(year)
        try Directory.create(folder, mode: directoryMode)
        let name = "\(slug.rawValue).\(Self.trashStamp(entry.at)).json"
        // Written in full before the letter goes: a crash in between leaves both, never neither.
        try AtomicFile.write(LetterCodec.encode(letter), to: name, in: folder, mode: fileMode)
        try systemCall("removing", letterPath(slug, year)) { unlink(letterPath(slug, year)) }
        try Directory.sync(yearFolder(year))
        removeRecovery(slug, year)
        return joinPath(folder, name)
    }

    /// The deleted letters of a district for a year, newest first, as (path, letter).
    public func trashed(_ slug: DistrictSlug, year: SchoolYear) throws(StoreError) -> [(path: String, letter: Letter)] {
        let folder = trashFolder(year)
        let prefix = slug.rawValue + "."
        var out: [(path: String, letter: Letter)] = []
        for name in try Directory.names(in: folder).reversed() where name.hasPrefix(prefix) && name.hasSuffix(".json") {
            // Only <slug>.<stamp>.json of this exact slug: slugs have no dots, stamps neither.
            guard !name.dropFirst(prefix.count).dropLast(5).contains(".") else { continue }
            let path = joinPath(folder, name)
            // The one open wrapper never follows a link and refuses what is not a regular file.
            let file = try FileDescriptor.open(path, flags: O_RDONLY)
            out.append((path, try LetterCodec.decode(try file.readAll(limit: LetterCodec.sizeLimit), path: path)))
        }
        return out
    }

    /// Brings the newest deleted letter of a district back, with `entry` added to its history,
    /// as a new revision. Refused when the district has a letter that year again.
    @discardableResult
    public func restoreFromTrash(_ slug: DistrictSlug, year: SchoolYear, entry: HistoryEntry) throws(StoreError) -> Letter {
        let lock = try FileLock.acquire(lockPath, mode: fileMode)
        defer { withExtendedLifetime(lock) {} }
        let path = letterPath(slug, year)
        if try Directory.status(path) != nil { throw StoreError.alreadyExists(slug: slug, year: year, path: path) }
        guard let newest = try trashed(slug, year: year).first else {
            throw StoreError.notFound(slug: slug, year: year, path: joinPath(trashFolder(year), "\(slug.rawValue).*.json"))
        }
        var letter = newest.letter
        letter.history.append(entry)
        letter.revision += 1
        letter.updatedAt = entry.at
        letter.updatedBy = entry.by
        try Directory.create(yearFolder(year), mode: directoryMode)
        try AtomicFile.write(LetterCodec.encode(letter), to: slug.rawValue + ".json", in: yearFolder(year), mode: fileMode)
        try systemCall("removing", newest.path) { unlink(newest.path) }
        try Directory.sync(trashFolder(year))
        updateIndex(after: letter)
        return letter
    }

    /// `20261206T154203Z`: sorts by time in a listing.
    static func trashStamp(_ date: Date) -> String {
        Timestamp.format(date).filter { $0 != "-" && $0 != ":" }
    }
}
