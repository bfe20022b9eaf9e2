/// Reads theme files.
///
/// Format (all keys optional except "roles"):
/// ```json
/// { "name": "default", "description": "…",
///   "roles": { "title": { "fg": "cyan", "bg": "default", "fg8": "cyan", "attributes": ["bold"] },
///              "field": { "bg": 236, "bg8": "default", "attributes": ["underline"] } } }
/// ```
/// Colours: black, red, green, yellow, blue, magenta, cyan, white, default, or 0–255.
/// `fg8`/`bg8` override what 8-colour terminals get. Missing roles use the built-in default theme.
public enum ThemeParser {
    /// Parses theme-file bytes; `path` is only used in error messages, `name` names the theme when the file does not.
    public static func parse(_ bytes: [UInt8], path: String, name: String) throws(ThemeError) -> Theme {
        let document: JSONValue
        do {
            document = try JSONValue.parse(bytes)
        } catch {
            throw .malformed(path: path, detail: "not valid JSON")
        }
        guard case .object(let top) = document else {
            throw .malformed(path: path, detail: "expected a JSON object at the top level")
        }
        guard case .object(let roles)? = top["roles"] else {
            throw .malformed(path: path, detail: "expected a \"roles\" object")
        }
        var description = ""
        if case .string(let text)? = top["description"] { description = text }
        var styles: [Role: RoleStyle] = [:]
        for key in roles.keys.sorted() {
            guard let role = Role(rawValue: key) else { throw .unknownRole(path: path, role: key) }
            guard case .object(let fields)? = roles[key] else {
                throw .malformed(path: path, detail: "role \"\(key)\" must be an object")
            }
            styles[role] = try style(fields, role: key, path: path)
        }
        return Theme(name: name, description: description, styles: styles)
    }

    /// Parses theme-file text.
    public static func parse(_ text: String, path: String, name: String) throws(ThemeError) -> Theme {
        try parse(Array(text.utf8), path: path, name: name)
    }

    private static func style(_ fields: [String: JSONValue], role: String, path: String) throws(ThemeError) -> RoleStyle {
        var style = RoleStyle()
        for key in fields.keys.sorted() {
            let value = fields[key]!
            let qualified = "roles.\(role).\(key)"
            switch key {
            case "fg": style.foreground = try color(value, key: qualified, path: path)
            case "bg": style.background = try color(value, key: qualified, path: path)
            case "fg8": style.foreground8 = try color(value, key: qualified, path: path).eightColorFallback
            case "bg8": style.background8 = try color(value, key: qualified, path: path).eightColorFallback
            case "attributes":
                guard case .array(let items) = value else {
                    throw .badAttribute(path: path, key: qualified, value: value.summary)
                }
                for item in items {
                    guard case .string(let name) = item, let attribute = TextAttributes(name: name) else {
                        throw .badAttribute(path: path, key: qualified, value: item.summary)
                    }
                    style.attributes.insert(attribute)
                }
            default:
                throw .unknownKey(path: path, key: qualified)
            }
        }
        return style
    }

    private static func color(_ value: JSONValue, key: String, path: String) throws(ThemeError) -> ThemeColor {
        switch value {
        case .string(let name):
            if let color = ThemeColor(name: name.lowercased()) { return color }
        case .number(let number):
            if number == number.rounded(), let color = ThemeColor(index: Int(exactly: number) ?? -1) { return color }
        default:
            break
        }
        throw .badColor(path: path, key: key, value: value.summary)
    }
}
