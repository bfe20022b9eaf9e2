/// A problem in a keymap file. Every message names the file and the entry, and says what is used
/// instead: a problem with one entry keeps that action's default keys; a file that cannot be read
/// or parsed gives the built-in keymap.
public enum KeymapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `$KYILN_KEYMAP` names a file that does not exist.
    case notFound(path: String)
    /// The file exists but cannot be read (or is over the size limit).
    case unreadable(path: String, reason: String)
    /// Not JSON, not an object, or no "bindings" object: the whole file is ignored.
    case malformed(path: String, detail: String)
    /// A top-level key other than "bindings" and "description" (ignored).
    case unknownSetting(path: String, key: String)
    /// A name under "bindings" that is not a `KeyAction` (ignored).
    case unknownAction(path: String, name: String)
    /// An entry's value is not a key name or a list of key names.
    case badEntry(path: String, action: KeyAction, detail: String)
    /// A key name that cannot be parsed or is not supported.
    case badKey(path: String, action: KeyAction, problem: KeyName.Problem)
    /// An entry with an empty list: every action keeps at least one key.
    case noKeys(path: String?, action: KeyAction)
    /// A binding that takes a key needed for typing (printable characters, Space, Enter, Backspace).
    case neededForTyping(path: String?, action: KeyAction, key: String)
    /// Two actions on one key; `kept` is the action whose entry fell back to its defaults.
    case conflict(path: String?, key: String, actions: [KeyAction], kept: KeyAction?)

    /// The file the problem is in, if any.
    public var path: String? {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .malformed(let path, _), .unknownSetting(let path, _),
             .unknownAction(let path, _), .badEntry(let path, _, _), .badKey(let path, _, _):
            return path
        case .noKeys(let path, _), .neededForTyping(let path, _, _), .conflict(let path, _, _, _):
            return path
        }
    }

    /// The action whose entry fell back to its default keys, if the problem is with one entry.
    public var action: KeyAction? {
        switch self {
        case .badEntry(_, let action, _), .badKey(_, let action, _), .noKeys(_, let action), .neededForTyping(_, let action, _):
            return action
        case .conflict(_, _, _, let kept):
            return kept
        default:
            return nil
        }
    }

    /// One line for the status bar or stderr.
    public var description: String {
        let file = path.map { "Keymap file \($0): " } ?? "Keymap: "
        let fallback = action.map { " \(Keymap.fallbackText(for: $0))" } ?? ""
        switch self {
        case .notFound(let path):
            return "Keymap file \(path) (named by KYILN_KEYMAP) does not exist. Using the built-in key bindings."
        case .unreadable(_, let reason):
            return file + "cannot read it (\(reason)). Using the built-in key bindings."
        case .malformed(_, let detail):
            return file + detail + ". Using the built-in key bindings."
        case .unknownSetting(_, let key):
            return file + "unknown setting \"\(Sanitizer.displayable(key))\" is ignored (use \"bindings\" and \"description\")."
        case .unknownAction(_, let name):
            return file + "bindings.\(Sanitizer.displayable(name)): unknown action, ignored (actions: "
                + KeyAction.allCases.map(\.rawValue).joined(separator: ", ") + ")."
        case .badEntry(_, let action, let detail):
            return file + "bindings.\(action.rawValue): \(detail)." + fallback
        case .badKey(_, let action, let problem):
            return file + "bindings.\(action.rawValue): \(problem)." + fallback
        case .noKeys(_, let action):
            return file + "bindings.\(action.rawValue): an empty list would leave no key for it." + fallback
        case .neededForTyping(_, let action, let key):
            return file + "bindings.\(action.rawValue): \"\(Sanitizer.displayable(key))\" is needed for typing and cannot be bound." + fallback
        case .conflict(_, let key, let actions, _):
            let names = actions.map { "bindings.\($0.rawValue)" }.joined(separator: " and ")
            return file + "\(key) is bound to both \(names)." + fallback
        }
    }
}

extension Keymap {
    /// "save keeps its default keys (Ctrl-S)."
    static func fallbackText(for action: KeyAction) -> String {
        let keys = (defaultBindings[action] ?? []).map(\.displayName).joined(separator: ", ")
        return "\(action.rawValue) keeps its default keys (\(keys))."
    }
}
