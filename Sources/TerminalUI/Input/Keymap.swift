/// Which keys trigger which `KeyAction`s.
///
/// `Keymap.defaults` holds today's bindings; `KeymapLoader` reads `keymap.json` over them.
/// A key triggers at most one action, every action has at least one key, and no binding takes a
/// key needed for typing (printable characters and Space, Enter, Backspace); `init(bindings:)`
/// enforces all three.
///
/// Screens ask `action(for:)` before giving a key to the focused widget, and show
/// `keys(for:)` / `hint(for:)` in the help and the status bar so both follow the file.
public struct Keymap: Equatable, Sendable {
    /// The keys of every action, in the order they were given (the first is the one hints show first).
    public private(set) var bindings: [KeyAction: [Key]]
    private var lookup: [Key: KeyAction]

    /// Today's bindings: save Ctrl-S, quit Ctrl-Q, help F1, next/previous field Tab/Shift-Tab,
    /// next step PgDn and Ctrl-N, previous step PgUp and Ctrl-P, back Esc, status F2, history F3,
    /// undo Ctrl-Z, redo Ctrl-Y, export F4, import Ctrl-R, previous/next letter F7/F8, mail F9.
    public static let defaultBindings: [KeyAction: [Key]] = [
        .save: [.control("s")],
        .quit: [.control("q")],
        .help: [.function(1)],
        .nextField: [.tab],
        .previousField: [.backTab],
        .nextStep: [.pageDown, .control("n")],
        .previousStep: [.pageUp, .control("p")],
        .back: [.escape],
        .status: [.function(2)],
        .history: [.function(3)],
        .undo: [.control("z")],
        .redo: [.control("y")],
        .export: [.function(4)],
        .importLetters: [.control("r")],
        .previousLetter: [.function(7)],
        .nextLetter: [.function(8)],
        .mail: [.function(9)],
    ]

    /// The built-in keymap.
    public static let defaults = Keymap(checked: defaultBindings)

    /// Builds a keymap; actions left out get their default keys.
    /// - Throws: `KeymapError` when an action has no keys, a key is needed for typing, or two actions share a key.
    public init(bindings: [KeyAction: [Key]]) throws(KeymapError) {
        var merged = Keymap.defaultBindings
        for (action, keys) in bindings { merged[action] = keys }
        for action in KeyAction.allCases {
            let keys = merged[action] ?? []
            if keys.isEmpty { throw .noKeys(path: nil, action: action) }
            if let key = keys.first(where: Keymap.isNeededForTyping) {
                throw .neededForTyping(path: nil, action: action, key: KeyName.name(of: key) ?? key.displayName)
            }
        }
        var owner: [Key: KeyAction] = [:]
        for action in KeyAction.allCases {
            for key in merged[action] ?? [] {
                if let other = owner[key], other != action {
                    throw .conflict(path: nil, key: key.displayName, actions: [other, action], kept: nil)
                }
                owner[key] = action
            }
        }
        self.init(checked: merged)
    }

    /// Builds a keymap from bindings already known to be valid.
    init(checked bindings: [KeyAction: [Key]]) {
        var cleaned: [KeyAction: [Key]] = [:]
        var lookup: [Key: KeyAction] = [:]
        for action in KeyAction.allCases {
            var keys: [Key] = []
            for key in bindings[action] ?? [] where !keys.contains(key) {
                keys.append(key)
                lookup[key] = action
            }
            cleaned[action] = keys
        }
        self.bindings = cleaned
        self.lookup = lookup
    }

    /// True for keys that typing needs and no action may take: printable characters (Space included), Enter, Backspace.
    public static func isNeededForTyping(_ key: Key) -> Bool {
        switch key {
        case .character, .enter, .backspace: return true
        default: return false
        }
    }

    /// The action `key` triggers, or nil when it is not bound (give it to the focused widget).
    public func action(for key: Key) -> KeyAction? {
        lookup[key]
    }

    /// The keys bound to `action`, first key first.
    public func keys(for action: KeyAction) -> [Key] {
        bindings[action] ?? []
    }

    /// The keys of `action` as shown to people, e.g. "PgDn/Ctrl-N" (short: "PgDn/^N").
    public func keyNames(for action: KeyAction, separator: String = "/", short: Bool = false) -> String {
        keys(for: action).map { short ? $0.shortName : $0.displayName }.joined(separator: separator)
    }

    /// A status-bar hint for `action`, e.g. `KeyHint("Ctrl-S", "Save")`; `label` replaces the action's
    /// title; `short` writes Ctrl keys as "^S".
    public func hint(for action: KeyAction, _ label: String? = nil, short: Bool = false) -> KeyHint {
        KeyHint(keyNames(for: action, short: short), label ?? action.title)
    }

    /// The keymap as a complete `keymap.json` text (every action, canonical key names, stable order).
    public func jsonText(description: String? = nil) -> String {
        var lines = ["{"]
        if let description {
            lines.append("  \"description\": \"\(Keymap.jsonEscaped(description))\",")
        }
        lines.append("  \"bindings\": {")
        for (index, action) in KeyAction.allCases.enumerated() {
            let names = keys(for: action).compactMap(KeyName.name(of:)).map { "\"\(Keymap.jsonEscaped($0))\"" }
            let comma = index < KeyAction.allCases.count - 1 ? "," : ""
            lines.append("    \"\(action.rawValue)\": [\(names.joined(separator: ", "))]\(comma)")
        }
        lines.append("  }")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func jsonEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
