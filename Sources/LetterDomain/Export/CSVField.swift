/// One CSV field per RFC 4180, safe to open in a spreadsheet.
public enum CSVField {
    /// Characters that make a spreadsheet read a cell as a formula (or, for tab and
    /// carriage return, let one slip through): such a value gets a leading `'`.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The field as written in a row: control characters made visible (newlines kept),
    /// formula-like values defused, and quoted, with quotes doubled, when it holds a
    /// comma, quote or line break.
    public static func encode(_ value: String) -> String {
        var text = VisibleText.make(value, keepNewlines: true)
        if let first = value.first, formulaStarts.contains(first) { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + text.replacing("\"", with: "\"\"") + "\""
        }
        return text
    }

    /// A record: fields joined by commas, ended by CRLF as RFC 4180 asks.
    public static func row(_ fields: [String]) -> String {
        fields.map(encode).joined(separator: ",") + "\r\n"
    }
}
