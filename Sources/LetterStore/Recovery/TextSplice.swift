import Glibc

/// One change to the text of one field, as the recovery journal records it: the bytes from
/// `offset` (UTF-8) for `removed` bytes were replaced by `inserted`. Offsets are in UTF-8 bytes of
/// the whole text, so replaying a splice gives back exactly the bytes typed (grapheme clusters
/// could re-form differently around an edit; bytes cannot).
public struct TextSplice: Codable, Sendable, Equatable {
    /// The field, as its owner names it (a letter's `FieldPath` description, an edition control's key).
    public var field: String
    /// Where the change starts, in UTF-8 bytes from the start of the text.
    public var offset: Int
    /// How many UTF-8 bytes were removed there.
    public var removed: Int
    /// What was put in their place.
    public var inserted: String
    /// The editor's cursor after the change (grapheme clusters from the start), so a restore puts it back.
    public var cursor: Int?

    public init(field: String, offset: Int, removed: Int, inserted: String, cursor: Int? = nil) {
        self.field = field
        self.offset = offset
        self.removed = removed
        self.inserted = inserted
        self.cursor = cursor
    }

    /// The splice that turns `old` into `new`: the bytes between their common start and common end.
    /// The comparison runs over contiguous UTF-8 with `memcmp` in blocks, so a key typed at the end
    /// of a 20,000-character answer costs a few microseconds, not a walk over its characters.
    public static func between(_ old: String, _ new: String, field: String, cursor: Int? = nil) -> TextSplice? {
        var old = old, new = new
        old.makeContiguousUTF8()
        new.makeContiguousUTF8()
        return old.utf8.withContiguousStorageIfAvailable { a in
            new.utf8.withContiguousStorageIfAvailable { b -> TextSplice? in
                let prefix = commonPrefix(a, b)
                if prefix == a.count && prefix == b.count { return nil }
                let suffix = commonSuffix(a, b, limit: min(a.count, b.count) - prefix)
                let inserted = String(decoding: UnsafeBufferPointer(rebasing: b[prefix..<(b.count - suffix)]), as: UTF8.self)
                return TextSplice(field: field, offset: prefix, removed: a.count - suffix - prefix, inserted: inserted, cursor: cursor)
            } ?? nil
        } ?? nil
    }

    /// Bytes the two buffers share at the start: `memcmp` over blocks, then byte by byte in the first that differs.
    private static func commonPrefix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let count = min(a.count, b.count)
        let block = 256
        var at = 0
        while at + block <= count, memcmp(a.baseAddress! + at, b.baseAddress! + at, block) == 0 { at += block }
        while at < count, a[at] == b[at] { at += 1 }
        // Never split a character: back up to the start of the UTF-8 sequence.
        while at > 0, at < a.count, a[at] & 0xC0 == 0x80 { at -= 1 }
        return at
    }

    /// Bytes the two buffers share at the end, at most `limit` (so it never overlaps the prefix).
    private static func commonSuffix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var at = 0
        while at < limit, a[a.count - 1 - at] == b[b.count - 1 - at] { at += 1 }
        // The removed and inserted parts start on a character: keep the suffix on one too.
        while at > 0, a.count - at < a.count, a[a.count - at] & 0xC0 == 0x80 { at -= 1 }
        return at
    }

    /// `text` with this change made, or an error when it cannot be made there (the journal does
    /// not belong to that text, or was written by a newer kyiln).
    public func applied(to text: String) throws(RecoveryJournalError) -> String {
        let bytes = Array(text.utf8)
        guard offset >= 0, removed >= 0, offset + removed <= bytes.count,
              offset == bytes.count || bytes[offset] & 0xC0 != 0x80,
              offset + removed == bytes.count || bytes[offset + removed] & 0xC0 != 0x80
        else { throw .doesNotApply(field: field, offset: offset, length: bytes.count) }
        var out = Array(bytes[..<offset])
        out.append(contentsOf: inserted.utf8)
        out.append(contentsOf: bytes[(offset + removed)...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Joins `next` onto this splice when it continues it (typing on at the end of what was
    /// inserted, or Backspace over it), so a run of typed keys is one record.
    public mutating func absorb(_ next: TextSplice) -> Bool {
        guard next.field == field else { return false }
        let end = offset + inserted.utf8.count
        if next.removed == 0, next.offset == end {
            inserted += next.inserted
        } else if next.inserted.isEmpty, next.offset + next.removed == end, next.offset >= offset {
            // Backspace within what this splice inserted.
            inserted = String(decoding: Array(inserted.utf8)[..<(next.offset - offset)], as: UTF8.self)
        } else {
            return false
        }
        cursor = next.cursor
        return true
    }
}
