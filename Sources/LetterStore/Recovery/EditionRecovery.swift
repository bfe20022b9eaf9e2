import LetterDomain
import FoundationEssentials
import Glibc
import SystemCalls

/// Unsaved edits in the edition editor, kept beside the stored editions
/// (`editions/.<id>.recovery.json`, hidden, so listings skip it) so a crash, a hang-up or a
/// signal never loses what was typed into an edition's wording.
///
/// An edition is a few kilobytes, so the whole file is rewritten (without `fsync`: the page cache
/// survives `kill -9`) after every batch of keys that changed it; no journal is needed.
public struct EditionRecovery: Codable, Sendable, Equatable {
    /// The edition's id.
    public var editionID: String
    /// The edition as stored when the edits began (a save made meanwhile shows as a refused save).
    public var original: Edition
    /// The choices made with Left/Right (effective period, answer kinds) and the structure.
    public var working: Edition
    /// Every field's and text area's text as typed, by the control's key.
    public var texts: [String: String]
    /// The cursor in each, by the control's key.
    public var cursors: [String: Int]
    /// The focused control's index.
    public var focus: Int
    /// When the file was written.
    public var savedAt: Date

    public init(editionID: String, original: Edition, working: Edition, texts: [String: String], cursors: [String: Int],
                focus: Int, savedAt: Date) {
        self.editionID = editionID
        self.original = original
        self.working = working
        self.texts = texts
        self.cursors = cursors
        self.focus = focus
        self.savedAt = savedAt
    }
}

extension LetterStore {
    /// `editions/.<id>.recovery.json`.
    public func editionRecoveryPath(_ id: String) -> String {
        joinPath(editionsFolder, ".\(id).recovery.json")
    }

    /// Writes the edition editor's unsaved edits (atomically, not flushed to disk: this runs after
    /// every batch of keys, and what protects against `kill -9` is the page cache).
    public func writeEditionRecovery(_ recovery: EditionRecovery) throws(StoreError) {
        // The id becomes a file name: only a valid edition id may.
        do { try EditionValidator.checkID(recovery.editionID) } catch { throw .invalidName(error) }
        try Directory.create(editionsFolder, mode: directoryMode)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let bytes = Array(try! encoder.encode(recovery))  // plain value types always encode
        try AtomicFile.write(bytes, to: ".\(recovery.editionID).recovery.json", in: editionsFolder, mode: fileMode, durable: false)
    }

    /// Removes an edition's recovery file (after a save, or when discarded), flushing the removal.
    public func removeEditionRecovery(_ id: String) {
        if unlink(editionRecoveryPath(id)) == 0 { try? Directory.sync(editionsFolder) }
    }

    /// Every edition recovery file, newest first; unreadable ones are skipped (the stored
    /// editions themselves are untouched).
    public func editionRecoveries() -> [EditionRecovery] {
        let names = (try? Directory.hiddenNames(in: editionsFolder)) ?? []
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var out: [EditionRecovery] = []
        for name in names.sorted() where name.hasSuffix(".recovery.json") {
            let path = joinPath(editionsFolder, name)
            guard let file = try? FileDescriptor.open(path, flags: O_RDONLY),
                  let bytes = try? file.readAll(limit: LetterCodec.sizeLimit),
                  let recovery = try? decoder.decode(EditionRecovery.self, from: Data(bytes)),
                  name == ".\(recovery.editionID).recovery.json"
            else { continue }
            out.append(recovery)
        }
        return out.sorted { $0.savedAt > $1.savedAt }
    }
}
