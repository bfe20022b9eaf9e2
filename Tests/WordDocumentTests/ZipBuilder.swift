import CZlib

/// Writes small ZIP archives for the tests: entries stored or deflated, with sizes that
/// can be made to lie (to build damaged archives and bombs).
struct ZipBuilder {
    struct Item {
        var name: String
        var data: [UInt8]
        var deflate = false
        /// The uncompressed size written in the headers, when it should not be the truth.
        var claimedSize: Int?
    }

    var items: [Item] = []

    mutating func add(_ name: String, _ text: String, deflate: Bool = false) {
        items.append(Item(name: name, data: Array(text.utf8), deflate: deflate))
    }

    func bytes() -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        for item in items {
            let packed = item.deflate ? Self.deflate(item.data) : item.data
            let crc = item.data.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
            let size = UInt32(item.claimedSize ?? item.data.count)
            let name = Array(item.name.utf8)
            let offset = UInt32(out.count)
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(item.deflate ? 8 : 0) + le16(0) + le16(0)
            out += le32(crc) + le32(UInt32(packed.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + name + packed
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(item.deflate ? 8 : 0) + le16(0) + le16(0)
            directory += le32(crc) + le32(UInt32(packed.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0)
            directory += le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let start = UInt32(out.count)
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(items.count)) + le16(UInt16(items.count))
        out += le32(UInt32(directory.count)) + le32(start) + le16(0)
        return out
    }

    static func deflate(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var input = data
        var out = [UInt8](repeating: 0, count: data.count + 1024)
        let count: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            out.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                CZlib.deflate(&stream, Z_FINISH)
                return Int(stream.total_out)
            }
        }
        return Array(out.prefix(count))
    }

    private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
}

/// A .docx holding `body` (WordprocessingML inside w:body) and, when given, numbering and a header.
func docx(body: String, numbering: String? = nil, header: String? = nil, deflate: Bool = true) -> [UInt8] {
    let ns = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
    var zip = ZipBuilder()
    zip.add("[Content_Types].xml", "<Types/>")
    zip.add("word/document.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(ns)><w:body>\#(body)</w:body></w:document>"#, deflate: deflate)
    if let numbering { zip.add("word/numbering.xml", "<w:numbering \(ns)>\(numbering)</w:numbering>", deflate: deflate) }
    if let header { zip.add("word/header1.xml", "<w:hdr \(ns)>\(header)</w:hdr>") }
    return zip.bytes()
}
