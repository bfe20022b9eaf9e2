/// Decodes UTF-8 one character at a time; an invalid byte run becomes one U+FFFD (the
/// maximal-subpart rule) and the byte that broke it is read again as the start of what follows.
struct UTF8Decoder {
    enum Result: Equatable {
        /// The bytes end in the middle of a character.
        case needMore
        /// A scalar (U+FFFD for invalid bytes) and how many bytes it took.
        case scalar(Unicode.Scalar, Int)
    }

    /// The first character of `bytes` (not empty). `final`: no more bytes will come, so a cut-off character is U+FFFD.
    func next(_ bytes: ArraySlice<UInt8>, final: Bool) -> Result {
        let start = bytes.startIndex
        let lead = bytes[start]
        if lead < 0x80 { return .scalar(Unicode.Scalar(lead), 1) }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xED: (length, high) = (3, 0x9F)
        case 0xE1...0xEF: length = 3
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF4: (length, high) = (4, 0x8F)
        case 0xF1...0xF3: length = 4
        default: return .scalar("\u{FFFD}", 1)
        }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            guard start + offset < bytes.endIndex else { return final ? .scalar("\u{FFFD}", offset) : .needMore }
            let byte = bytes[start + offset]
            let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= min && byte <= max else { return .scalar("\u{FFFD}", offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return .scalar(Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Every character of `bytes`, and how many bytes they took (a cut-off character at the end stays unless `final`).
    func decode(_ bytes: ArraySlice<UInt8>, final: Bool) -> (scalars: [Unicode.Scalar], consumed: Int) {
        var scalars: [Unicode.Scalar] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard case .scalar(let scalar, let length) = next(bytes[index...], final: final) else { break }
            scalars.append(scalar)
            index += length
        }
        return (scalars, index - bytes.startIndex)
    }
}
