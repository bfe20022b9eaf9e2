#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text that many keys (see `ImportText.key`) are looked for in: the whole letter when
/// the editions are scored, the form's own text when each line is placed.
///
/// `String.contains` compares `Character`s, which made recognising the edition most of an
/// import's time. Keys are almost always ASCII; an ASCII key is looked for in the UTF-8
/// bytes, and a match whose neighbours are ASCII too is a match of whole characters (in
/// ASCII only CR LF forms one character of two, and that is checked). Anything else, a
/// key with other characters or a match beside one, is answered by `String.contains`.
struct KeySearch {
    let text: String
    private let bytes: [UInt8]

    init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// The answer the importer used to get, by characters: what `contains` gives and the
    /// reference its tests compare with.
    static func contains(_ key: String, in text: String) -> Bool {
        text.contains(key)
    }

    /// Whether `key` occurs in the text, as `contains(_:in:)` answers it.
    func contains(_ key: String) -> Bool {
        let needle = Array(key.utf8)
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }) else { return Self.contains(key, in: text) }
        let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
                // The last place a match can start, then: find the first byte, compare the rest.
                let lastStart = hay.count - pin.count
                var offset = 0
                while offset <= lastStart,
                      let hit = memchr(base + offset, Int32(pin[0]), lastStart - offset + 1) {
                    let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    offset = start + 1
                    guard memcmp(base + start, pinBase, pin.count) == 0 else { continue }
                    let end = start + pin.count
                    let before: UInt8? = start > 0 ? hay[start - 1] : nil
                    let after: UInt8? = end < hay.count ? hay[end] : nil
                    if (before ?? 0) >= 0x80 || (after ?? 0) >= 0x80
                        || (before == carriageReturn && pin[0] == lineFeed)
                        || (pin[pin.count - 1] == carriageReturn && after == lineFeed) {
                        return Self.contains(key, in: text)
                    }
                    return true
                }
                return false
            }
        }
    }
}
