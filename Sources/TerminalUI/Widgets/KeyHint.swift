/// One entry in the status bar or help: a key name and what it does, e.g. `KeyHint("Ctrl-S", "Save")`.
public struct KeyHint: Equatable, Hashable, Sendable {
    /// Key name as shown ("Ctrl-S", "F1", "Enter").
    public var key: String
    /// Action, short ("Save").
    public var action: String

    /// Creates a hint.
    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }
}
