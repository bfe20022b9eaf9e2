import Glibc

/// The keymap to use, the file it came from, and anything wrong with that file.
public struct KeymapLoadResult: Equatable, Sendable {
    /// The bindings to use (never invalid: problems fall back to defaults).
    public var keymap: Keymap
    /// The file read, or nil when none was found (built-in bindings).
    public var path: String?
    /// Every problem found, in a stable order.
    public var problems: [KeymapError]

    /// One line per problem, for the status bar or stderr.
    public var warnings: [String] { problems.map(\.description) }

    /// Creates a result.
    public init(keymap: Keymap, path: String?, problems: [KeymapError]) {
        self.keymap = keymap
        self.path = path
        self.problems = problems
    }
}

/// Finds and reads `keymap.json`.
///
/// `$KYILN_KEYMAP`, when set and not empty, names the file directly (a missing file is a warning
/// and the built-in bindings). Otherwise the first `keymap.json` in the theme search folders
/// (see `ThemeLoader`) is used: `$KYILN_THEMES_DIR`, `<store>/themes`, `$XDG_DATA_HOME/kyiln/themes`
/// (`~/.local/share/kyiln/themes`), `<executable dir>/../share/kyiln/themes`, the package's `Themes/`.
/// No file at all means the built-in bindings, silently.
public struct KeymapLoader: Sendable {
    /// The file name looked for in each directory.
    public static let fileName = "keymap.json"
    /// Keymap files larger than this are refused.
    public static let maximumFileSize = 64 * 1024

    /// A file named directly (`$KYILN_KEYMAP`); when set, the directories are not searched.
    public var explicitPath: String?
    /// The directories searched for `keymap.json`, in order.
    public var directories: [ThemeSearchDirectory]

    /// Creates a loader over an explicit file and/or directories (tests, tools).
    public init(explicitPath: String? = nil, directories: [ThemeSearchDirectory]) {
        self.explicitPath = explicitPath.flatMap { $0.isEmpty ? nil : $0 }
        self.directories = directories
    }

    /// Creates a loader with the standard search: `KYILN_KEYMAP` from `environment`, then the theme folders.
    public init(environment: [String: String], storeDirectory: String?, executablePath: String?) {
        self.init(explicitPath: environment["KYILN_KEYMAP"],
                  directories: ThemeLoader(environment: environment, storeDirectory: storeDirectory,
                                           executablePath: executablePath).directories)
    }

    /// The standard loader for this process: real environment and `/proc/self/exe`.
    public static func standard(storeDirectory: String? = nil) -> KeymapLoader {
        KeymapLoader(environment: currentEnvironment(), storeDirectory: storeDirectory,
                     executablePath: ThemeLoader.currentExecutablePath())
    }

    /// The variables the keymap search depends on (`KYILN_KEYMAP` plus the theme folders' variables).
    public static func currentEnvironment() -> [String: String] {
        var environment = ThemeLoader.currentEnvironment()
        if let value = getenv("KYILN_KEYMAP") { environment["KYILN_KEYMAP"] = String(cString: value) }
        return environment
    }

    /// The file that would be read, or nil for none (built-in bindings).
    public func locate() -> String? {
        if let explicitPath { return explicitPath }
        for directory in directories {
            let path = ThemeLoader.join(directory.path, KeymapLoader.fileName)
            if ThemeLoader.isRegularFile(path) { return path }
        }
        return nil
    }

    /// Reads the keymap; never fails: problems are reported in the result and fall back to defaults.
    public func load() -> KeymapLoadResult {
        guard let path = locate() else { return KeymapLoadResult(keymap: .defaults, path: nil, problems: []) }
        if explicitPath != nil && !ThemeLoader.isRegularFile(path) {
            return KeymapLoadResult(keymap: .defaults, path: nil, problems: [.notFound(path: path)])
        }
        let bytes: [UInt8]
        do throws(ThemeError) {
            bytes = try ThemeLoader.readFile(path)
        } catch {
            let reason: String
            if case .unreadable(_, let why) = error { reason = why } else { reason = error.description }
            return KeymapLoadResult(keymap: .defaults, path: path, problems: [.unreadable(path: path, reason: reason)])
        }
        if bytes.count > KeymapLoader.maximumFileSize {
            return KeymapLoadResult(keymap: .defaults, path: path, problems: [
                .unreadable(path: path, reason: "larger than \(KeymapLoader.maximumFileSize / 1024) KiB"),
            ])
        }
        return Keymap.parse(bytes, path: path)
    }
}

extension Keymap {
    /// Parses a keymap file's bytes over the defaults.
    ///
    /// - Bad JSON, or no "bindings" object: the built-in keymap, one problem.
    /// - An unknown action or top-level setting: ignored, one problem.
    /// - An entry with a bad or unsupported key name, an empty list, a key needed for typing, or a
    ///   value that is not a name or list of names: that action keeps its default keys.
    /// - A key bound to two actions: the entry (or entries) from the file that caused it keep
    ///   their defaults; this repeats until no key is bound twice.
    public static func parse(_ bytes: [UInt8], path: String) -> KeymapLoadResult {
        let document: JSONValue
        do {
            document = try JSONValue.parse(bytes)
        } catch {
            return KeymapLoadResult(keymap: .defaults, path: path, problems: [.malformed(path: path, detail: "not valid JSON")])
        }
        guard case .object(let top) = document else {
            return KeymapLoadResult(keymap: .defaults, path: path, problems: [
                .malformed(path: path, detail: "expected a JSON object with \"bindings\", found \(document.summary)"),
            ])
        }
        var problems: [KeymapError] = []
        for key in top.keys.sorted() where key != "bindings" && key != "description" {
            problems.append(.unknownSetting(path: path, key: key))
        }
        guard case .object(let entries)? = top["bindings"] else {
            let detail = top["bindings"].map { "\"bindings\" must be an object, found \($0.summary)" }
                ?? "no \"bindings\" object"
            return KeymapLoadResult(keymap: .defaults, path: path, problems: problems + [.malformed(path: path, detail: detail)])
        }

        // 1. Each entry on its own; 2. conflicts between the file's entries and the rest.
        var fromFile: [KeyAction: [Key]] = [:]
        for name in entries.keys.sorted() {
            guard let action = KeyAction(rawValue: name) else {
                problems.append(.unknownAction(path: path, name: name))
                continue
            }
            if let keys = entryKeys(entries[name]!, action: action, path: path, problems: &problems) { fromFile[action] = keys }
        }
        let merged = resolvingConflicts(fromFile, path: path, problems: &problems)
        return KeymapLoadResult(keymap: Keymap(checked: merged), path: path, problems: problems)
    }

    /// One entry's keys, or nil (with the problem) when the entry cannot be used: a value that is
    /// not a key name or a list of them, an empty list, a bad key name or a key needed for typing.
    private static func entryKeys(_ value: JSONValue, action: KeyAction, path: String, problems: inout [KeymapError]) -> [Key]? {
        let names: [String]
        switch value {
        case .string(let single):
            names = [single]
        case .array(let values):
            var collected: [String] = []
            for value in values {
                guard case .string(let text) = value else {
                    problems.append(.badEntry(path: path, action: action, detail: "\(value.summary) is not a key name"))
                    return nil
                }
                collected.append(text)
            }
            names = collected
        case let other:
            problems.append(.badEntry(path: path, action: action, detail: "expected a key name or a list of key names, found \(other.summary)"))
            return nil
        }
        guard !names.isEmpty else {
            problems.append(.noKeys(path: path, action: action))
            return nil
        }
        var keys: [Key] = []
        for keyName in names {
            do throws(KeyName.Problem) {
                let key = try KeyName.parse(keyName)
                if isNeededForTyping(key) {
                    problems.append(.neededForTyping(path: path, action: action, key: keyName))
                    return nil
                }
                if !keys.contains(key) { keys.append(key) }
            } catch {
                problems.append(.badKey(path: path, action: action, problem: error))
                return nil
            }
        }
        return keys
    }

    /// The file's entries over the defaults; a key on two actions sends the file's entries
    /// involved back to their defaults, until no key is bound twice.
    private static func resolvingConflicts(_ file: [KeyAction: [Key]], path: String, problems: inout [KeymapError]) -> [KeyAction: [Key]] {
        var fromFile = file
        var merged = defaultBindings
        for (action, keys) in fromFile { merged[action] = keys }
        while true {
            var owners: [Key: [KeyAction]] = [:]
            for action in KeyAction.allCases {
                for key in merged[action] ?? [] where !(owners[key] ?? []).contains(action) {
                    owners[key, default: []].append(action)
                }
            }
            let clash = KeyAction.allCases.lazy.flatMap { action in (merged[action] ?? []).map { (action, $0) } }
                .first { owners[$0.1, default: []].count > 1 }
            guard let (_, key) = clash else { break }
            let actions = owners[key] ?? []
            // Revert the file's entries among them; defaults never clash with each other.
            let reverted = actions.filter { fromFile[$0] != nil }
            guard !reverted.isEmpty else { break }  // cannot happen: the defaults never share a key
            for action in reverted {
                problems.append(.conflict(path: path, key: key.displayName, actions: actions, kept: action))
                fromFile[action] = nil
                merged[action] = defaultBindings[action]
            }
        }
        return merged
    }
}
