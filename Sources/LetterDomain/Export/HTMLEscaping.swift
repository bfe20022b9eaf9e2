/// Escapes text for HTML element content and quoted attribute values.
public enum HTMLEscaping {
    /// Control characters made visible first (`VisibleText`), then `& < > " '` as
    /// entities, so no value can open a tag, close an attribute or carry an escape sequence.
    public static func escape(_ text: String, keepNewlines: Bool = false) -> String {
        var out = ""
        for character in VisibleText.make(text, keepNewlines: keepNewlines) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
