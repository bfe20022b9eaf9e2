import FoundationEssentials
import Glibc
import SystemCalls
import TextSafety

/// The store's settings: a few named values (the mail program, the From address, the review
/// server's name) kept in `<store>/settings.json` as one JSON object of strings, so every
/// program manager of the store and every front end uses the same. The store keeps the text;
/// what each setting may hold is checked by the rules service (`SettingKey`).
public struct StoreSettings: Sendable, Equatable {
    /// Every value set, by name.
    public var values: [String: String]

    public init(values: [String: String] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// The file's name inside the store.
    public static let fileName = "settings.json"
    /// The largest settings file read.
    static let sizeLimit = 64 * 1024
}

extension LetterStore {
    /// `<store>/settings.json`.
    public var settingsPath: String { joinPath(root, StoreSettings.fileName) }

    /// The settings as stored (none when the file does not exist yet).
    public func readSettings() throws(StoreError) -> StoreSettings {
        let bytes: [UInt8]
        do {
            bytes = try SystemFile.open(settingsPath, flags: O_RDONLY).readAll(limit: StoreSettings.sizeLimit)
        } catch {
            if error.errno == ENOENT { return StoreSettings() }
            throw StoreError.unreadable(path: settingsPath, reason: error.reason)
        }
        guard let values = try? JSONDecoder().decode([String: String].self, from: Data(bytes)) else {
            throw StoreError.unreadable(path: settingsPath, reason: "it is not a JSON object of names and text values")
        }
        for (name, value) in values where !TextSafety.isVisible(name) || !TextSafety.isVisible(value) {
            throw StoreError.unreadable(path: settingsPath, reason: "the value of \(TextSafety.visible(name)) holds a control character")
        }
        return StoreSettings(values: values)
    }

    /// Reads, changes and atomically rewrites the settings under the store lock, so two
    /// changes made at once both count. Returns the settings as written.
    @discardableResult
    public func changeSettings(_ change: (inout StoreSettings) -> Void) throws(StoreError) -> StoreSettings {
        let lock = try FileLock.acquire(lockPath, mode: fileMode)
        defer { withExtendedLifetime(lock) {} }
        var settings = try readSettings()
        change(&settings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do { data = try encoder.encode(settings.values) } catch {
            throw StoreError.io(path: settingsPath, operation: "encoding", errno: EINVAL)
        }
        try AtomicFile.write(Array(data) + [0x0A], to: StoreSettings.fileName, in: root, mode: fileMode)
        return settings
    }
}
