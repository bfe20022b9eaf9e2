/// Key names as written in `keymap.json`: lowercase, e.g. `ctrl-s`, `f1`, `pgdn`, `shift-tab`, `esc`.
///
/// Accepted (case-insensitive, `+` may be used for `-`):
/// - `ctrl-a` … `ctrl-z` (not `ctrl-c`, which always asks to quit) and `ctrl-@ ctrl-[ ctrl-\ ctrl-] ctrl-^ ctrl-_`;
///   `ctrl-i` is Tab, `ctrl-[` is Esc, `ctrl-h` is Backspace, `ctrl-j`/`ctrl-m` are Enter
/// - `f1` … `f12`
/// - `tab`, `shift-tab` (or `backtab`), `esc` (or `escape`), `enter` (or `return`), `backspace`,
///   `delete` (or `del`), `insert` (or `ins`), `up`, `down`, `left`, `right`, `home`, `end`,
///   `pgup` (or `pageup`), `pgdn` (or `pagedown`), `space`, or a single character
///
/// Not supported: `alt-…`/`meta-…` (terminals send Alt as Esc followed by the key, which cannot
/// be told apart from pressing Esc and then the key), `shift-…` other than `shift-tab`, and
/// `ctrl-` with a digit or with another modifier.
public enum KeyName {
    /// Why a key name cannot be used.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// Empty or blank.
        case empty
        /// Not a name this toolkit knows.
        case unknown(String)
        /// A combination terminals cannot report (Alt, Meta, Shift with anything but Tab, Ctrl with digits).
        case unsupported(String, reason: String)
        /// Ctrl-C, which always asks to quit.
        case ctrlC

        /// The problem in words (without the file or entry, which the caller adds).
        public var description: String {
            switch self {
            case .empty:
                return "empty key name"
            case .unknown(let name):
                return "unknown key name \"\(Sanitizer.displayable(name))\" (use e.g. ctrl-s, f1, pgdn, shift-tab, esc)"
            case .unsupported(let name, let reason):
                return "key \"\(Sanitizer.displayable(name))\" is not supported: \(reason)"
            case .ctrlC:
                return "ctrl-c cannot be bound: it always asks to quit"
            }
        }
    }

    private static let named: [String: Key] = [
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
        "esc": .escape, "escape": .escape,
        "enter": .enter, "return": .enter,
        "backspace": .backspace,
        "delete": .delete, "del": .delete,
        "insert": .insert, "ins": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "space": .character(" "),
    ]

    /// Parses a key name.
    public static func parse(_ text: String) throws(Problem) -> Key {
        let trimmed = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !trimmed.isEmpty else {
            if text.contains(" ") { return .character(" ") }  // " " is the space bar
            throw .empty
        }
        if trimmed.count == 1, let character = trimmed.first {
            guard let scalar = character.unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F,
                  Sanitizer.placeholder(for: scalar) == nil else {
                throw .unknown(trimmed)
            }
            return .character(character)
        }
        let name = trimmed.lowercased().replacingPlus()
        if let key = named[name] { return key }
        if name.hasPrefix("f"), let number = Int(name.dropFirst()), String(number) == String(name.dropFirst()) {
            guard (1...12).contains(number) else {
                throw .unsupported(trimmed, reason: "function keys are f1 to f12")
            }
            return .function(number)
        }
        for prefix in ["alt-", "meta-", "m-", "option-", "cmd-", "super-"] where name.hasPrefix(prefix) {
            throw .unsupported(trimmed, reason: "Alt and Meta combinations cannot be told apart from Esc followed by the key")
        }
        if name.hasPrefix("shift-") {
            throw .unsupported(trimmed, reason: "the only Shift combination terminals report reliably is shift-tab")
        }
        for prefix in ["ctrl-", "control-", "c-", "^"] where name.hasPrefix(prefix) {
            let rest = String(name.dropFirst(prefix.count))
            guard rest.count == 1, let scalar = rest.unicodeScalars.first else {
                if rest.contains("-") {
                    throw .unsupported(trimmed, reason: "Ctrl can only be combined with one letter or @ [ \\ ] ^ _")
                }
                throw .unknown(trimmed)
            }
            if scalar == "c" { throw .ctrlC }
            let byte: UInt32
            switch scalar {
            case "a"..."z": byte = scalar.value - 0x60
            case "@": byte = 0
            case "[", "\\", "]", "^", "_": byte = scalar.value - 0x40
            default:
                throw .unsupported(trimmed, reason: "Ctrl can only be combined with a letter or @ [ \\ ] ^ _")
            }
            guard let key = Key.control(byte: byte) else { throw .unknown(trimmed) }
            return key
        }
        throw .unknown(trimmed)
    }

    /// The canonical name of a key for `keymap.json` ("ctrl-s", "f1", "pgdn", "shift-tab"), or nil
    /// for events that cannot be bound (paste, mouse, resize).
    public static func name(of key: Key) -> String? {
        switch key {
        case .character(" "): return "space"
        case .character(let character): return String(character)
        case .enter: return "enter"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .insert: return "insert"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .escape: return "esc"
        case .function(let number): return "f\(number)"
        case .control(let character): return "ctrl-" + String(character)
        case .resize, .paste, .mouse: return nil
        }
    }
}

private extension String {
    /// "ctrl+s" → "ctrl-s" (but a lone "+" or a trailing "+", as in "ctrl-+", stays).
    func replacingPlus() -> String {
        guard count > 1 else { return self }
        var result = ""
        for (index, character) in enumerated() {
            result.append(character == "+" && index < count - 1 ? "-" : character)
        }
        return result
    }
}
