/// Why a theme could not be used; every message names the theme file and the offending key.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The name has characters other than letters, digits, `-` and `_` (e.g. `../etc/passwd`).
    case invalidName(String)
    /// No file `<name>.json` in any search directory.
    case notFound(name: String, searched: [String])
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid JSON or not a JSON object with a "roles" object.
    case malformed(path: String, detail: String)
    /// A key under "roles" is not a known role.
    case unknownRole(path: String, role: String)
    /// A colour value is not a colour name, "default" or 0–255.
    case badColor(path: String, key: String, value: String)
    /// An attribute is not bold, underline, reverse or dim.
    case badAttribute(path: String, key: String, value: String)
    /// A role has a key other than fg, bg, fg8, bg8, attributes.
    case unknownKey(path: String, key: String)

    /// A one-line message for the status bar or stderr.
    public var description: String {
        switch self {
        case .invalidName(let name):
            return "Theme name \"\(Sanitizer.displayable(name))\" is not allowed: use letters, digits, '-' and '_' only."
        case .notFound(let name, let searched):
            return "Theme \"\(name)\" not found (searched: \(searched.joined(separator: ", ")))."
        case .unreadable(let path, let reason):
            return "Theme file \(path): cannot read it (\(reason))."
        case .malformed(let path, let detail):
            return "Theme file \(path): \(detail)."
        case .unknownRole(let path, let role):
            return "Theme file \(path): unknown role \"\(Sanitizer.displayable(role))\" (known roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))."
        case .badColor(let path, let key, let value):
            return "Theme file \(path): \(key) has bad colour \(Sanitizer.displayable(value)) (use black, red, green, yellow, blue, magenta, cyan, white, default, or 0-255)."
        case .badAttribute(let path, let key, let value):
            return "Theme file \(path): \(key) has unknown attribute \(Sanitizer.displayable(value)) (use bold, underline, reverse, dim)."
        case .unknownKey(let path, let key):
            return "Theme file \(path): unknown key \(Sanitizer.displayable(key)) (use fg, bg, fg8, bg8, attributes)."
        }
    }
}
