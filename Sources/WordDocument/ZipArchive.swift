import CZlib

/// The entries of a ZIP archive held in memory, read through its central directory.
///
/// Only what Word and LibreOffice write is read: entries stored or deflated, no ZIP64,
/// no encryption. Sizes are bounded before anything is unpacked, and inflating stops at
/// the size the directory declares, so a ZIP bomb costs nothing but an error.
public struct ZipArchive: Sendable {
    /// One file in the archive, as the central directory describes it.
    public struct Entry: Sendable, Equatable {
        public var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        public var size: Int
        var localHeaderOffset: Int
    }

    /// No entry may unpack to more than this (a letter's document.xml is well under 1 MB).
    public static let entryLimit = 16 * 1024 * 1024
    /// At most this many entries (a .docx has a few dozen).
    public static let entryCountLimit = 5_000

    public let entries: [Entry]
    private let bytes: [UInt8]

    /// Reads the central directory; throws when it is missing, damaged or out of bounds.
    public init(bytes: [UInt8]) throws(ZipError) {
        self.bytes = bytes
        let end = try Self.endRecord(in: bytes)
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryOffset = Int(Self.u32(bytes, end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported("ZIP64 extensions") }
        guard count <= Self.entryCountLimit else { throw .damaged("it claims \(count) entries") }
        guard directoryOffset + directorySize <= end else { throw .damaged("the central directory lies outside the file") }
        var entries: [Entry] = []
        var at = directoryOffset
        for _ in 0..<count {
            guard at + 46 <= end, Self.u32(bytes, at) == 0x0201_4B50 else { throw .damaged("a central directory entry is cut short") }
            let nameLength = Int(Self.u16(bytes, at + 28)), extra = Int(Self.u16(bytes, at + 30)), comment = Int(Self.u16(bytes, at + 32))
            guard at + 46 + nameLength <= end else { throw .damaged("an entry name runs past the directory") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(name: name, method: Self.u16(bytes, at + 10), flags: Self.u16(bytes, at + 8), crc: Self.u32(bytes, at + 16),
                                 compressedSize: Int(Self.u32(bytes, at + 20)), size: Int(Self.u32(bytes, at + 24)),
                                 localHeaderOffset: Int(Self.u32(bytes, at + 42))))
            at += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    /// Whether the archive has an entry of that name.
    public func contains(_ name: String) -> Bool { entries.contains { $0.name == name } }

    /// The unpacked bytes of the named entry, checked against its CRC.
    public func data(of name: String) throws(ZipError) -> [UInt8] {
        guard let entry = entries.first(where: { $0.name == name }) else { throw .missing(name) }
        if entry.flags & 1 != 0 { throw .unsupported("encryption (\(name))") }
        guard entry.size <= Self.entryLimit else { throw .tooLarge(entry: name, limit: Self.entryLimit) }
        let at = entry.localHeaderOffset
        guard at + 30 <= bytes.count, Self.u32(bytes, at) == 0x0403_4B50 else { throw .damaged("the local header of \(name) is missing") }
        let start = at + 30 + Int(Self.u16(bytes, at + 26)) + Int(Self.u16(bytes, at + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .damaged("\(name) runs past the end of the file") }
        let packed = bytes[start..<(start + entry.compressedSize)]
        let out: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw .damaged("\(name) is stored with two different sizes") }
            out = Array(packed)
        case 8:
            out = try Self.inflate(Array(packed), size: entry.size, name: name)
        default:
            throw .unsupported("compression method \(entry.method) (\(name))")
        }
        let crc = out.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        guard crc == entry.crc else { throw .damaged("\(name) fails its checksum") }
        return out
    }

    /// Raw deflate into a buffer of exactly the declared size: more output than declared is damage (or a bomb).
    private static func inflate(_ packed: [UInt8], size: Int, name: String) throws(ZipError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: size + 1)
        var input = packed
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            out.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else {
            if stream.total_out > size { throw .tooLarge(entry: name, limit: size) }
            throw .damaged("\(name) does not inflate (zlib status \(status))")
        }
        guard Int(stream.total_out) == size else { throw .damaged("\(name) unpacks to \(stream.total_out) bytes, not the \(size) declared") }
        out.removeLast()
        return out
    }

    /// The offset of the end-of-central-directory record, searched from the end (a comment may follow it).
    private static func endRecord(in bytes: [UInt8]) throws(ZipError) -> Int {
        guard bytes.count >= 22 else { throw .notAnArchive }
        var at = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while at >= lowest {
            if u32(bytes, at) == 0x0605_4B50 { return at }
            at -= 1
        }
        throw .notAnArchive
    }

    private static func u16(_ b: [UInt8], _ at: Int) -> UInt16 { UInt16(b[at]) | UInt16(b[at + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }
}
