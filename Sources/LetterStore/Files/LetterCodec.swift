import LetterDomain
import FoundationEssentials

/// Turns letter files into letters and back, refusing anything odd with a reason a
/// person can act on, before the decoder ever sees it.
public enum LetterCodec {
    /// Letters are a few kilobytes; this leaves room for very long answers.
    static let sizeLimit = 8 * 1024 * 1024
    /// Letters nest four levels deep; anything far deeper is not a letter and could
    /// exhaust the decoder's stack.
    static let depthLimit = 32

    private struct SchemaProbe: Decodable {
        var schemaVersion: Int?
    }

    /// Decodes a letter file, with a reason naming `path` when it cannot.
    public static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> Letter {
        try checkShape(bytes, path: path)
        let data = Data(bytes)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let probe: SchemaProbe
        do { probe = try decoder.decode(SchemaProbe.self, from: data) } catch {
            throw StoreError.unreadable(path: path, reason: explain(error))
        }
        guard let version = probe.schemaVersion else {
            throw StoreError.unreadable(path: path, reason: "it has no schemaVersion, so it is not a kyiln letter")
        }
        if version > Letter.currentSchemaVersion { throw StoreError.newerSchema(path: path, version: version) }
        if version < 1 { throw StoreError.unreadable(path: path, reason: "schemaVersion \(version) is not valid") }
        do { return try decoder.decode(Letter.self, from: data) } catch {
            throw StoreError.unreadable(path: path, reason: explain(error))
        }
    }

    /// The bytes kyiln writes for a letter: pretty-printed, sorted keys, ending in a newline.
    public static func encode(_ letter: Letter) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding plain value types to JSON cannot fail; a failure is a programming error.
        let data = try! encoder.encode(letter)
        // DEL, C1 controls and bidi overrides as \u escapes, so `cat` or `show --format json` is safe.
        return VisibleJSON.escape(Array(data)) + [0x0A]
    }

    /// Rejects empty files, files that are not one JSON object, and deep nesting.
    static func checkShape(_ bytes: [UInt8], path: String) throws(StoreError) {
        guard let first = bytes.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw StoreError.unreadable(path: path, reason: bytes.isEmpty ? "the file is empty" : "the file holds only white space")
        }
        if first == UInt8(ascii: "[") { throw StoreError.unreadable(path: path, reason: "it holds a JSON array, not a letter (a JSON object)") }
        if first != UInt8(ascii: "{") { throw StoreError.unreadable(path: path, reason: "it is not JSON (it does not start with \"{\")") }
        var depth = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > depthLimit {
                    throw StoreError.unreadable(path: path, reason: "it is nested more than \(depthLimit) levels deep, so it is not a letter")
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        if inString || depth != 0 { throw StoreError.unreadable(path: path, reason: "it is truncated or not valid JSON (brackets or quotes do not balance)") }
    }

    /// A decoding error in words: which field, what was wrong.
    static func explain(_ error: any Error) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacing(".[", with: "[")
        }
        guard let error = error as? DecodingError else { return "it is not valid JSON" }
        switch error {
        case .keyNotFound(let key, let context):
            return "the field \"\(at(context.codingPath + [key]))\" is missing"
        case .typeMismatch(let type, let context):
            return "the field \"\(at(context.codingPath))\" has the wrong type (expected \(typeName(type)))"
        case .valueNotFound(let type, let context):
            return "the field \"\(at(context.codingPath))\" is null (expected \(typeName(type)))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "it is not valid JSON" }
            return "the field \"\(at(context.codingPath))\" is not valid: \(context.debugDescription)"
        @unknown default:
            return "it could not be decoded"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: type == [String: Any].self ? "an object" : "\(type)"
        }
    }
}
