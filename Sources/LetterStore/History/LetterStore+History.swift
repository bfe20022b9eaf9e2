import LetterDomain
import FoundationEssentials

extension LetterStore {
    /// Adds a line to a letter's history without changing the letter: its revision, fields,
    /// status, time and author stay as they are.
    ///
    /// For what happened around a letter rather than to it (a message sent to its district).
    /// The revision must not move: a district's review counts only for the revision it read,
    /// so a new revision would void a decision made while the message was on its way, and an
    /// editor with the letter open would be told it was changed when it was not. Done under
    /// the store lock on the letter as stored now, so no save is lost and none is overwritten.
    @discardableResult
    public func appendHistory(_ entry: HistoryEntry, to slug: DistrictSlug, year: SchoolYear) throws(StoreError) -> Letter {
        let lock = try FileLock.acquire(lockPath, mode: fileMode)
        defer { withExtendedLifetime(lock) {} }
        var letter = try load(slug, year: year)
        letter.history.append(entry)
        try AtomicFile.write(LetterCodec.encode(letter), to: slug.rawValue + ".json", in: yearFolder(year), mode: fileMode)
        updateIndex(after: letter)
        return letter
    }
}
