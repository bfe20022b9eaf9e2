import TextSafety

/// Why a name that becomes part of a file path (slug, school year, edition id) was refused.
public struct NameError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of name it was ("district slug", "school year", "edition id").
    public var kind: String
    /// The value as given (`description` shows it through `TextSafety`).
    public var value: String
    /// What is wrong and what is expected.
    public var reason: String

    public init(kind: String, value: String, reason: String) {
        self.kind = kind
        self.value = value
        self.reason = reason
    }

    public var description: String {
        "invalid \(kind) \"\(TextSafety.visible(value))\": \(reason)"
    }
}
