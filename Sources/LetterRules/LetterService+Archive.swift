import LetterDomain
import LetterStore

extension LetterService {
    /// Stores an imported letter from the archive as the status it had (`ArchiveRecord`),
    /// It never replaces a stored letter: a record of what was signed is added, not swapped in
    /// (delete a draft first if one is in the way).
    public func storeArchived(_ letter: Letter, as status: LetterStatus, source: String) throws(RulesError) -> ImportOutcome {
        let edition = try edition(of: letter)
        let record: Letter
        do { record = try ArchiveRecord.record(letter, as: status, source: source, edition: edition, by: user, today: today(), now: now()) } catch {
            throw .refused(error)
        }
        return try storeImported(record, source: source, replacing: false)
    }
}
