/// A small streaming reader of XML as Word and LibreOffice write it: elements,
/// attributes, character data, the five named entities and numeric references, CDATA,
/// comments and processing instructions. No DTDs (a `<!DOCTYPE` is refused, so no
/// entity expansion can blow up), no namespaces resolution: names keep their prefix
/// (`w:p`), which is how both formats spell them in practice.
struct XMLReader {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    /// Why the XML could not be read, with the byte offset.
    struct Failure: Error, Equatable, CustomStringConvertible {
        var offset: Int
        var what: String
        var description: String { "malformed XML at byte \(offset): \(what)" }
    }

    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Calls `handle` with each event in document order.
    mutating func read(_ handle: (Event) throws(Failure) -> Void) throws(Failure) {
        var depth = 0
        while at < bytes.count {
            if bytes[at] != UInt8(ascii: "<") {
                let start = at
                while at < bytes.count, bytes[at] != UInt8(ascii: "<") { at += 1 }
                if depth > 0 { try handle(.text(try decodeText(bytes[start..<at], offset: start))) }
                continue
            }
            if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                let start = at + 9
                try skip(past: "]]>")
                try handle(.text(String(decoding: bytes[start..<(at - 3)], as: UTF8.self)))
            } else if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<!") {
                throw Failure(offset: at, what: "a document type declaration (not read, for safety)")
            } else if starts(with: "</") {
                at += 2
                let name = readName()
                skipSpace()
                guard at < bytes.count, bytes[at] == UInt8(ascii: ">") else { throw Failure(offset: at, what: "an end tag that does not close") }
                at += 1
                depth -= 1
                guard depth >= 0 else { throw Failure(offset: at, what: "an end tag </\(name)> with no start") }
                try handle(.end(name: name))
            } else {
                at += 1
                let (name, attributes, selfClosing) = try readTag()
                if !selfClosing { depth += 1 }
                try handle(.start(name: name, attributes: attributes, selfClosing: selfClosing))
                if selfClosing { try handle(.end(name: name)) }
            }
        }
        if depth != 0 { throw Failure(offset: at, what: "the document ends inside an element") }
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        return text.withUTF8Buffer { Array($0) == Array(bytes[at..<(at + count)]) }
    }

    private mutating func skip(past text: StaticString) throws(Failure) {
        let needle = text.withUTF8Buffer { Array($0) }
        let from = at
        while at + needle.count <= bytes.count {
            if bytes[at] == needle[0], Array(bytes[at..<(at + needle.count)]) == needle { at += needle.count; return }
            at += 1
        }
        throw Failure(offset: from, what: "an unclosed comment, CDATA or instruction")
    }

    private mutating func skipSpace() {
        while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
    }

    private mutating func readName() -> String {
        let start = at
        while at < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "=")].contains(bytes[at]) { at += 1 }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    private mutating func readTag() throws(Failure) -> (String, [String: String], Bool) {
        let name = readName()
        guard !name.isEmpty else { throw Failure(offset: at, what: "a tag without a name") }
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard at < bytes.count else { throw Failure(offset: at, what: "the tag <\(name)> does not close") }
            if bytes[at] == UInt8(ascii: ">") { at += 1; return (name, attributes, false) }
            if bytes[at] == UInt8(ascii: "/") {
                guard at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: ">") else { throw Failure(offset: at, what: "a stray / in <\(name)>") }
                at += 2
                return (name, attributes, true)
            }
            let key = readName()
            skipSpace()
            guard !key.isEmpty, at < bytes.count, bytes[at] == UInt8(ascii: "=") else { throw Failure(offset: at, what: "an attribute without a value in <\(name)>") }
            at += 1
            skipSpace()
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") else {
                throw Failure(offset: at, what: "an attribute value without quotes in <\(name)>")
            }
            let quote = bytes[at]
            at += 1
            let start = at
            while at < bytes.count, bytes[at] != quote { at += 1 }
            guard at < bytes.count else { throw Failure(offset: start, what: "an unclosed attribute value in <\(name)>") }
            attributes[key] = try decodeText(bytes[start..<at], offset: start)
            at += 1
        }
    }

    /// Character data with entity and character references replaced.
    private func decodeText(_ slice: ArraySlice<UInt8>, offset: Int) throws(Failure) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        var i = slice.startIndex
        while i < slice.endIndex {
            guard slice[i] == UInt8(ascii: "&") else { out.append(slice[i]); i += 1; continue }
            guard let semi = slice[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw Failure(offset: offset + (i - slice.startIndex), what: "an & that starts no reference")
            }
            let name = String(decoding: slice[(i + 1)..<semi], as: UTF8.self)
            let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"]
            if let text = named[name] {
                out += Array(text.utf8)
            } else if name.hasPrefix("#"), let value = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst()),
                      let scalar = Unicode.Scalar(value) {
                out += Array(String(Character(scalar)).utf8)
            } else {
                throw Failure(offset: offset + (i - slice.startIndex), what: "an unknown reference &\(name);")
            }
            i = semi + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
