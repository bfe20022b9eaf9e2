/// A named mapping from every `Role` to a `RoleStyle`.
public struct Theme: Equatable, Sendable {
    /// The theme's name (its file name without `.json`).
    public var name: String
    /// One-line description shown by `kyiln themes`.
    public var description: String
    /// Styles by role; roles missing here use the built-in default theme's style.
    public var styles: [Role: RoleStyle]

    /// Creates a theme.
    public init(name: String, description: String = "", styles: [Role: RoleStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    /// The style of `role`, falling back to the built-in default theme for roles the theme leaves out.
    public subscript(role: Role) -> RoleStyle {
        styles[role] ?? Theme.builtinDefault.styles[role] ?? RoleStyle()
    }

    /// The theme as theme-file JSON (roles in `Role` order), e.g. to write a starting point for a custom theme.
    public func jsonText() -> String {
        var lines = ["{", "  \"name\": \(Theme.quoted(name)),", "  \"description\": \(Theme.quoted(description)),", "  \"roles\": {"]
        let roles = Role.allCases.filter { styles[$0] != nil }
        for (index, role) in roles.enumerated() {
            let style = styles[role]!
            var fields = ["\"fg\": \(style.foreground)", "\"bg\": \(style.background)"]
            if let fg8 = style.foreground8 { fields.append("\"fg8\": \(fg8)") }
            if let bg8 = style.background8 { fields.append("\"bg8\": \(bg8)") }
            if !style.attributes.isEmpty {
                fields.append("\"attributes\": [" + style.attributes.attributeNames.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
            }
            let comma = index == roles.count - 1 ? "" : ","
            lines.append("    \"\(role.rawValue)\": { " + fields.joined(separator: ", ") + " }" + comma)
        }
        lines.append("  }")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
