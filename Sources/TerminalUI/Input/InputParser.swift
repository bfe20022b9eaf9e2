/// Turns the bytes read from the terminal into events, and never waits or swallows.
///
/// `Terminal` reads whatever bytes are there (a `poll` with a timeout, then `read`) and
/// feeds them here; `feed` returns every event the bytes complete. What cannot be decided
/// yet (an Esc that may start a sequence, a sequence or a UTF-8 character cut between two
/// reads) stays pending; when nothing more arrives within the escape delay, `flush()`
/// delivers it as what it is: a lone or cut-off escape sequence becomes one `Esc` and its
/// bytes are dropped, a cut-off character becomes U+FFFD. So:
///
/// - a malformed sequence ends at the first byte that cannot belong to it, and that byte
///   and everything after it are read as what they are (text, a paste, another sequence);
/// - invalid UTF-8 becomes U+FFFD, one per bad byte run, and costs nothing else;
/// - a bracketed paste (`ESC [200~` … `ESC [201~`) becomes one `.paste`, carriage returns
///   as newlines (`PasteAssembler`); one without its end marker is delivered by `endPaste()`;
/// - mouse reports, SGR (`ESC [<b;x;yM`) and X10 (`ESC [M` and three bytes), become
///   `MouseEvent`s in screen cells (0-based): a left press is a click, the wheel scrolls,
///   releases, motion and other buttons give nothing.
public struct InputParser: Sendable {
    /// Bytes received and not yet turned into events.
    public private(set) var pending: [UInt8] = []
    private var paste = PasteAssembler()
    /// The longest escape sequence kept waiting; longer ones are dropped as garbage.
    static let longestSequence = 64
    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    /// Creates an idle parser.
    public init() {}

    /// True while a sequence or character is cut off: call `flush()` if nothing follows within the escape delay.
    public var isWaiting: Bool { !pending.isEmpty && !paste.isCollecting }
    /// True inside a bracketed paste.
    public var isPasting: Bool { paste.isCollecting }

    /// Adds `bytes` and returns the events they complete.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [TerminalEvent] where Bytes.Element == UInt8 {
        pending.append(contentsOf: bytes)
        return parse(final: false)
    }

    /// Nothing more came: what is pending is delivered as it is (see the type's notes).
    public mutating func flush() -> [TerminalEvent] {
        parse(final: true)
    }

    /// A paste whose end marker never came is delivered as it is, rather than swallowing what follows.
    public mutating func endPaste() -> [TerminalEvent] {
        guard paste.isCollecting else { return [] }
        var events: [TerminalEvent] = []
        collectPaste(final: true, into: &events)
        return events
    }

    private mutating func parse(final: Bool) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var index = 0
        while true {
            if paste.isCollecting {
                pending.removeFirst(index)
                index = 0
                guard collectPaste(final: false, into: &events) else { break }
                continue
            }
            guard index < pending.count else { break }
            switch step(at: index, final: final) {
            case .needMore: pending.removeFirst(index); return events
            case .consumed(let count, let event):
                index += count
                if let event { events.append(event) }
            }
        }
        pending.removeFirst(min(index, pending.count))
        return events
    }

    /// Moves paste text from `pending` into the assembler; true when the end marker was found.
    @discardableResult
    private mutating func collectPaste(final: Bool, into events: inout [TerminalEvent]) -> Bool {
        let end = Self.find(Self.pasteEnd, in: pending)
        // Keep what might be the start of a cut-off end marker.
        var upTo = end ?? pending.count
        if end == nil && !final { upTo = Self.safePrefix(pending, before: Self.pasteEnd) }
        let decoded = UTF8Decoder().decode(pending[..<upTo], final: end != nil || final)
        for scalar in decoded.scalars {
            _ = paste.feed(.scalar(scalar.value))
        }
        pending.removeFirst(end.map { $0 + Self.pasteEnd.count } ?? decoded.consumed)
        guard end != nil || final, let key = paste.feed(.end) else { return false }
        events.append(.key(key))
        return true
    }

    enum Step {
        case needMore
        case consumed(Int, TerminalEvent?)
    }

    /// One event (or nothing) from the bytes at `index`.
    private mutating func step(at index: Int, final: Bool) -> Step {
        let byte = pending[index]
        if byte == 0x1B { return escape(at: index, final: final) }
        if byte < 0x80 {
            if byte == 0x03 { return .consumed(1, .quitRequested) }
            return .consumed(1, Key(ncursesCode: Int32(byte), isFunctionKey: false).map { .key($0) })
        }
        switch UTF8Decoder().next(pending[index...], final: final) {
        case .needMore: return .needMore
        case .scalar(let scalar, let length):
            return .consumed(length, Key(ncursesCode: Int32(scalar.value), isFunctionKey: false).map { .key($0) })
        }
    }

    /// An escape sequence at `index`: a key, a mouse report, a paste start, or a lone Esc.
    private mutating func escape(at index: Int, final: Bool) -> Step {
        guard index + 1 < pending.count else { return final ? .consumed(1, .key(.escape)) : .needMore }
        switch pending[index + 1] {
        case UInt8(ascii: "["): return controlSequence(at: index, final: final)
        case UInt8(ascii: "O"):
            guard index + 2 < pending.count else { return final ? .consumed(2, .key(.escape)) : .needMore }
            let final = pending[index + 2]
            if let key = Self.ss3Key(final) ?? Self.keypadKey(final) { return .consumed(3, .key(key)) }
            // A whole SS3 sequence kyiln does not use (the keypad's 5, say) is dropped: read as
            // Esc it would leave the screen. Anything else is the Esc on its own, then the bytes.
            if final >= 0x40 && final <= 0x7E { return .consumed(3, nil) }
            return .consumed(1, .key(.escape))
        default:
            return .consumed(1, .key(.escape))  // Esc then a key (Alt-x): both, in order
        }
    }

    /// `ESC [` …: parameters 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
    private mutating func controlSequence(at index: Int, final: Bool) -> Step {
        var cursor = index + 2
        if cursor < pending.count && pending[cursor] == UInt8(ascii: "M") {
            return x10Mouse(at: index, final: final)
        }
        if cursor < pending.count && pending[cursor] == UInt8(ascii: "[") {
            // The Linux console's F1-F5: ESC [ [ A … ESC [ [ E.
            guard cursor + 1 < pending.count else { return final ? .consumed(3, .key(.escape)) : .needMore }
            let letter = pending[cursor + 1]
            guard letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "E") else { return .consumed(1, .key(.escape)) }
            return .consumed(4, .key(.function(Int(letter - UInt8(ascii: "A")) + 1)))
        }
        let isSGRMouse = cursor < pending.count && pending[cursor] == UInt8(ascii: "<")
        while cursor < pending.count {
            let byte = pending[cursor]
            if isSGRMouse && cursor > index + 2 && !(byte >= 0x30 && byte <= 0x3B) && byte != UInt8(ascii: "M") && byte != UInt8(ascii: "m") {
                return .consumed(cursor - index, .key(.escape))  // a cut-off mouse report: Esc, then this byte as itself
            }
            if byte >= 0x40 && byte <= 0x7E {
                let body = Array(pending[(index + 2)..<cursor])
                return .consumed(cursor + 1 - index, sequenceEvent(parameters: body, final: byte))
            }
            guard byte >= 0x20 && byte <= 0x3F else {
                return .consumed(cursor - index, .key(.escape))  // broken off: Esc, then this byte as itself
            }
            cursor += 1
            if cursor - index > Self.longestSequence { return .consumed(cursor - index, nil) }
        }
        return final ? .consumed(cursor - index, .key(.escape)) : .needMore
    }

    /// `ESC [ M` and three bytes: button + 32, column + 33, row + 33.
    private func x10Mouse(at index: Int, final: Bool) -> Step {
        guard index + 5 < pending.count else {
            return final ? .consumed(pending.count - index, .key(.escape)) : .needMore
        }
        let button = Int(pending[index + 3]) - 32
        let point = Point(x: Int(pending[index + 4]) - 33, y: Int(pending[index + 5]) - 33)
        return .consumed(6, Self.mouse(button: button, pressed: button & 3 != 3, at: point).map { .key(.mouse($0)) })
    }

    /// The event of a complete control sequence, or nil for one kyiln does not use.
    private mutating func sequenceEvent(parameters: [UInt8], final: UInt8) -> TerminalEvent? {
        if parameters.first == UInt8(ascii: "<") {
            let numbers = String(decoding: parameters.dropFirst(), as: UTF8.self).split(separator: ";").map { Int($0) }
            guard numbers.count == 3, let button = numbers[0], let x = numbers[1], let y = numbers[2] else { return nil }
            let pressed = final == UInt8(ascii: "M")
            return Self.mouse(button: button, pressed: pressed, at: Point(x: x - 1, y: y - 1)).map { .key(.mouse($0)) }
        }
        let numbers = String(decoding: parameters, as: UTF8.self).split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 } ?? 1
        if final == UInt8(ascii: "~") {
            if first == 200 {
                _ = paste.feed(.begin)
                return nil
            }
            return Self.tildeKey(first).map { .key($0) }
        }
        if final == UInt8(ascii: "Z") { return .key(.backTab) }
        return Self.ss3Key(final).map { .key($0) }
    }

    /// A left press is a click; wheel turns scroll; the rest (releases, motion, other buttons) is nothing.
    static func mouse(button: Int, pressed: Bool, at point: Point) -> MouseEvent? {
        guard pressed, button & 32 == 0, point.x >= 0, point.y >= 0 else { return nil }
        switch button & ~(4 | 8 | 16) {
        case 0: return .click(point)
        case 64: return .wheelUp(point)
        case 65: return .wheelDown(point)
        default: return nil
        }
    }

    /// The final byte of `ESC O x` or `ESC [ … x`.
    static func ss3Key(_ byte: UInt8) -> Key? {
        switch byte {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "M"): return .enter
        case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(byte - UInt8(ascii: "P")) + 1)
        default: return nil
        }
    }

    /// The keypad in application mode (DECKPAM, set by `smkx` on vt100-like terminals):
    /// `ESC O p`…`ESC O y` are its 0–9, read as the editing keys printed on them (3 is PgDn),
    /// `ESC O n` is its full stop (Delete), and its operators type themselves.
    static func keypadKey(_ byte: UInt8) -> Key? {
        switch byte {
        case UInt8(ascii: "p"): return .insert
        case UInt8(ascii: "q"): return .end
        case UInt8(ascii: "r"): return .down
        case UInt8(ascii: "s"): return .pageDown
        case UInt8(ascii: "t"): return .left
        case UInt8(ascii: "v"): return .right
        case UInt8(ascii: "w"): return .home
        case UInt8(ascii: "x"): return .up
        case UInt8(ascii: "y"): return .pageUp
        case UInt8(ascii: "n"): return .delete
        case UInt8(ascii: "j"): return .character("*")
        case UInt8(ascii: "k"): return .character("+")
        case UInt8(ascii: "l"): return .character(",")
        case UInt8(ascii: "m"): return .character("-")
        case UInt8(ascii: "o"): return .character("/")
        default: return nil
        }
    }

    /// `ESC [ n ~`.
    static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// The length of `bytes` without a trailing part that could be the start of `marker`.
    static func safePrefix(_ bytes: [UInt8], before marker: [UInt8]) -> Int {
        for length in stride(from: min(marker.count - 1, bytes.count), to: 0, by: -1)
        where bytes[(bytes.count - length)...].elementsEqual(marker[..<length]) {
            return bytes.count - length
        }
        return bytes.count
    }
}
