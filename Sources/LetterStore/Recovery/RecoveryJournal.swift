import Glibc
import FoundationEssentials
import SystemCalls

/// Why a recovery journal could not be read or replayed.
public enum RecoveryJournalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A splice points outside the text it is replayed on.
    case doesNotApply(field: String, offset: Int, length: Int)
    /// A line of the journal is not a splice.
    case unreadableLine(number: Int)

    public var description: String {
        switch self {
        case .doesNotApply(let field, let offset, let length):
            "an edit of \(field) at byte \(offset) does not fit its text of \(length) bytes"
        case .unreadableLine(let number):
            "line \(number) of the journal is not an edit"
        }
    }
}

/// The append-only journal beside a recovery file (`.<name>.recovery.journal`): every edit made
/// since the recovery file was last written, one line each, so an edit reaches the disk's page
/// cache (which survives `kill -9`) before the screen shows it, at the cost of one small
/// `write(2)` per batch of keys instead of rewriting the whole recovery file.
///
/// The first line names the recovery file's `journal` generation it continues; a journal whose
/// generation is not the recovery file's is stale (the recovery file was rewritten after it) and
/// is not replayed. Writing a new recovery file therefore goes: recovery file first (atomically),
/// then the journal started afresh with the new generation.
public final class RecoveryJournal {
    /// The generation this journal continues.
    public let generation: String
    /// Bytes appended since it was started (for compaction).
    public private(set) var appendedBytes = 0
    private let file: SystemFile

    private init(file: SystemFile, generation: String) {
        self.file = file
        self.generation = generation
    }

    /// Starts the journal at `path` afresh (emptied), continuing the recovery file of `generation`.
    public static func start(at path: String, generation: String, mode: mode_t) throws(StoreError) -> RecoveryJournal {
        let file: SystemFile
        do {
            file = try SystemFile.open(path, flags: O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, mode: mode)
            try file.writeAll(Array("{\"journal\":\"\(generation)\"}\n".utf8))
        } catch {
            throw StoreError(error)
        }
        return RecoveryJournal(file: file, generation: generation)
    }

    /// Appends the splices in one `write(2)`; no `fsync` (the page cache survives the process).
    public func append(_ splices: [TextSplice]) throws(StoreError) {
        guard !splices.isEmpty else { return }
        var bytes: [UInt8] = []
        for splice in splices { Self.encode(splice, into: &bytes) }
        do { try file.writeAll(bytes) } catch { throw StoreError(error) }
        appendedBytes += bytes.count
    }

    /// A splice as one line of JSON, written by hand: this runs for every batch of keys, and
    /// `JSONEncoder` would cost more than the rest of the key.
    static func encode(_ splice: TextSplice, into bytes: inout [UInt8]) {
        bytes.append(contentsOf: "{\"field\":".utf8)
        appendQuoted(splice.field, to: &bytes)
        bytes.append(contentsOf: ",\"offset\":\(splice.offset),\"removed\":\(splice.removed),\"inserted\":".utf8)
        appendQuoted(splice.inserted, to: &bytes)
        if let cursor = splice.cursor { bytes.append(contentsOf: ",\"cursor\":\(cursor)".utf8) }
        bytes.append(contentsOf: "}\n".utf8)
    }

    private static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes += [UInt8(ascii: "\\"), byte]
            case 0..<0x20:
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The splices of the journal at `path` when it continues `generation`; an empty list when
    /// there is no journal or it belongs to an older recovery file. A last line cut short (the
    /// process was killed inside the write) is left out; any other unreadable line is an error.
    public static func read(at path: String, generation: String) throws(StoreError) -> [TextSplice] {
        let bytes: [UInt8]
        do {
            bytes = try SystemFile.open(path, flags: O_RDONLY).readAll(limit: LetterCodec.sizeLimit * 8)
        } catch {
            if case .failed(_, _, ENOENT) = error { return [] }
            throw StoreError(error)
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let decoder = JSONDecoder()
        guard let header = lines.first,
              let head = try? decoder.decode([String: String].self, from: Data(header)),
              head["journal"] == generation else { return [] }
        var splices: [TextSplice] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            guard let splice = try? decoder.decode(TextSplice.self, from: Data(line)) else {
                // Only the last line can be torn; it has no newline after it.
                if index == lines.count - 1 { break }
                throw .unreadable(path: path, reason: RecoveryJournalError.unreadableLine(number: index + 1).description)
            }
            splices.append(splice)
        }
        return splices
    }
}
