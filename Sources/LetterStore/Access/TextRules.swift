import TextSafety

/// The characters allowed in names and comments written to `authorized_keys` lines.
///
/// A newline would start a new line with its own options; a quote or backslash could end
/// the `command="..."` string; control and bidi characters could hide text from a reader.
enum TextRules {
    /// Refuses what could break out of a line or mislead a reader, and text over `limit` characters.
    static func check(_ text: String, field: String, limit: Int) throws(AccessError) {
        if text.count > limit { throw .badText(field: field, reason: "is longer than \(limit) characters") }
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" { throw .badText(field: field, reason: "contains a line break") }
            if scalar == "\"" || scalar == "'" || scalar == "`" { throw .badText(field: field, reason: "contains a quote") }
            if scalar == "\\" { throw .badText(field: field, reason: "contains a backslash") }
            if isForbidden(scalar) {
                throw .badText(field: field, reason: "contains the control character U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
        }
    }

    /// Control, format (bidi overrides, zero-width) and line/paragraph separator characters:
    /// everything `TextSafety` does not call printable.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        !TextSafety.isAllowedInName(scalar)
    }
}
