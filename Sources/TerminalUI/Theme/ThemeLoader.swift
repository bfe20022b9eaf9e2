import Glibc
import SystemCalls

/// Finds, lists and loads theme files.
///
/// Search order (first match wins):
/// 1. `$KYILN_THEMES_DIR`, if set
/// 2. `<store>/themes`, when a store directory is given
/// 3. `$XDG_DATA_HOME/kyiln/themes` (default `~/.local/share/kyiln/themes`)
/// 4. `<executable dir>/../share/kyiln/themes`
/// 5. the package's `Themes/` folder, found by walking up from the executable's real path
///    (`/proc/self/exe`, e.g. `.build/debug/kyiln` → the repository root)
///
/// Theme names may only contain letters, digits, `-` and `_`, so a name can never
/// reach outside a search directory.
public struct ThemeLoader: Sendable {
    /// The directories searched, in order.
    public var directories: [ThemeSearchDirectory]
    /// Theme files larger than this are refused (a theme is a few kilobytes).
    public static let maximumFileSize = 256 * 1024

    /// Creates a loader over explicit directories (tests, tools).
    public init(directories: [ThemeSearchDirectory]) {
        self.directories = directories
    }

    /// Creates a loader with the standard search order.
    /// - Parameters:
    ///   - environment: environment variables (`KYILN_THEMES_DIR`, `XDG_DATA_HOME`, `HOME` are read).
    ///   - storeDirectory: the letter store's directory, if known.
    ///   - executablePath: the real path of the running executable.
    public init(environment: [String: String], storeDirectory: String?, executablePath: String?) {
        var directories: [ThemeSearchDirectory] = []
        if let dir = environment["KYILN_THEMES_DIR"], !dir.isEmpty {
            directories.append(.init(path: dir, origin: .environment))
        }
        if let storeDirectory, !storeDirectory.isEmpty {
            directories.append(.init(path: ThemeLoader.join(storeDirectory, "themes"), origin: .store))
        }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            directories.append(.init(path: ThemeLoader.join(data, "kyiln/themes"), origin: .userData))
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(.init(path: ThemeLoader.join(home, ".local/share/kyiln/themes"), origin: .userData))
        }
        if let executablePath {
            let binDirectory = ThemeLoader.parent(of: executablePath)
            directories.append(.init(path: ThemeLoader.join(ThemeLoader.parent(of: binDirectory), "share/kyiln/themes"),
                                     origin: .installed))
            if let package = ThemeLoader.packageThemesDirectory(from: binDirectory) {
                directories.append(.init(path: package, origin: .package))
            }
        }
        self.directories = directories
    }

    /// The standard loader for this process: real environment and `/proc/self/exe`.
    public static func standard(storeDirectory: String? = nil) -> ThemeLoader {
        ThemeLoader(environment: currentEnvironment(), storeDirectory: storeDirectory,
                    executablePath: currentExecutablePath())
    }

    /// The variables themes depend on (`KYILN_THEMES_DIR`, `XDG_DATA_HOME`, `HOME`, `NO_COLOR`) from this process.
    public static func currentEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["KYILN_THEMES_DIR", "XDG_DATA_HOME", "HOME", "NO_COLOR"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// Throws `.invalidName` unless `name` is 1–64 letters, digits, `-` or `_`.
    public static func validateName(_ name: String) throws(ThemeError) {
        let allowed = !name.isEmpty && name.utf8.count <= 64 && name.unicodeScalars.allSatisfy { scalar in
            (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_"
        }
        if !allowed { throw .invalidName(name) }
    }

    /// Every theme file in every search directory, in search order; later files with a name already seen are marked shadowed.
    public func list() -> [ThemeListing] {
        var seen = Set<String>()
        var listings: [ThemeListing] = []
        for directory in directories {
            guard let entries = ThemeLoader.directoryEntries(directory.path) else { continue }
            // keymap.json lives beside the themes (see KeymapLoader) but is not a theme.
            for entry in entries.sorted() where entry.hasSuffix(".json") && entry != KeymapLoader.fileName {
                let name = String(entry.dropLast(5))
                guard (try? ThemeLoader.validateName(name)) != nil else { continue }
                listings.append(ThemeListing(name: name, path: ThemeLoader.join(directory.path, entry),
                                             origin: directory.origin, isShadowed: seen.contains(name)))
                seen.insert(name)
            }
        }
        return listings
    }

    /// The path of the file that `name` resolves to.
    public func locate(_ name: String) throws(ThemeError) -> String {
        try ThemeLoader.validateName(name)
        if name + ".json" == KeymapLoader.fileName {
            throw .notFound(name: name, searched: directories.map(\.path))  // the keymap file is not a theme
        }
        for directory in directories {
            let path = ThemeLoader.join(directory.path, name + ".json")
            if ThemeLoader.isRegularFile(path) { return path }
        }
        throw .notFound(name: name, searched: directories.map(\.path))
    }

    /// Loads `name` strictly: any problem is thrown.
    public func loadStrict(_ name: String) throws(ThemeError) -> (theme: Theme, path: String) {
        let path = try locate(name)
        let bytes = try ThemeLoader.readFile(path)
        return (try ThemeParser.parse(bytes, path: path, name: name), path)
    }

    /// Loads `name`; on any problem returns the built-in theme (monochrome for "monochrome", else default) and a warning.
    public func load(_ name: String) -> ThemeLoadResult {
        do throws(ThemeError) {
            let (theme, path) = try loadStrict(name)
            return ThemeLoadResult(theme: theme, path: path, warnings: [])
        } catch {
            let fallback = name == "monochrome" ? Theme.builtinMonochrome : Theme.builtinDefault
            let warning: String
            if case .notFound = error, name == fallback.name {
                return ThemeLoadResult(theme: fallback, path: nil, warnings: [])  // built-in copy is the real thing
            } else {
                warning = error.description + " Using the built-in \(fallback.name) theme."
            }
            return ThemeLoadResult(theme: fallback, path: nil, warnings: [warning])
        }
    }

    /// Chooses and loads the theme for a session: monochrome when `NO_COLOR` is set (non-empty)
    /// or the terminal has no colours, otherwise `requested` (or "default").
    public func select(requested: String?, environment: [String: String], colorDepth: ColorDepth) -> ThemeLoadResult {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return load("monochrome")
        }
        if colorDepth == .none {
            return load("monochrome")
        }
        return load(requested ?? "default")
    }

    /// Reads a file with POSIX calls, refusing anything over `maximumFileSize`.
    static func readFile(_ path: String) throws(ThemeError) -> [UInt8] {
        do {
            return try SystemFile.open(path, flags: O_RDONLY, followingLinks: true).readAll(limit: maximumFileSize)
        } catch {
            if case .tooLarge = error { throw .unreadable(path: path, reason: "larger than \(maximumFileSize / 1024) KiB") }
            throw .unreadable(path: path, reason: SystemError.message(for: error.errno))
        }
    }

    /// The resolved path of the running executable, from `/proc/self/exe`.
    public static func currentExecutablePath() -> String? {
        guard let resolved = realpath("/proc/self/exe", nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Walks up from `directory` to the first folder holding both `Package.swift` and `Themes/`.
    static func packageThemesDirectory(from directory: String) -> String? {
        var current = directory
        while true {
            let candidate = join(current, "Themes")
            if isRegularFile(join(current, "Package.swift")), isDirectory(candidate) {
                return candidate
            }
            let up = parent(of: current)
            if up == current { return nil }
            current = up
        }
    }

    /// File names in a directory (without "." and ".."), or nil when it cannot be opened.
    static func directoryEntries(_ path: String) -> [String]? {
        try? SystemFolder.names(in: path)
    }

    static func isRegularFile(_ path: String) -> Bool {
        SystemFolder.isRegularFile(path)
    }

    static func isDirectory(_ path: String) -> Bool {
        SystemFolder.isDirectory(path)
    }

    static func join(_ directory: String, _ component: String) -> String {
        directory.hasSuffix("/") ? directory + component : directory + "/" + component
    }

    static func parent(of path: String) -> String {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }
}
