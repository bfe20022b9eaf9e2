import LetterDomain
import LetterStore

extension LetterService {
    /// Moves a letter that was never signed to the store's trash (`LetterStore.trashFolder`),
    /// with a history entry. Signed, countersigned, expired and terminated letters are part of
    /// the record and are refused. Returns the path of the file in the trash.
    @discardableResult
    public func delete(_ slug: DistrictSlug, year: SchoolYear) throws(RulesError) -> String {
        let letter: Letter
        do { letter = try store.load(slug, year: year) } catch { throw .store(error) }
        if letter.status.locksContent || letter.signatures.kde.date != nil { throw .notDeletable(letter.status) }
        let entry = HistoryEntry(at: now(), by: user, action: .deleted, fromStatus: letter.status,
                                 note: "moved to the trash at revision \(letter.revision)")
        do { return try store.moveToTrash(slug, year: year, revision: letter.revision, entry: entry) } catch { throw .store(error) }
    }

    /// Brings the most recently deleted letter of a district and year back from the trash.
    @discardableResult
    public func restore(_ slug: DistrictSlug, year: SchoolYear) throws(RulesError) -> Letter {
        let entry = HistoryEntry(at: now(), by: user, action: .restored, note: "brought back from the trash")
        do { return try store.restoreFromTrash(slug, year: year, entry: entry) } catch { throw .store(error) }
    }
}
