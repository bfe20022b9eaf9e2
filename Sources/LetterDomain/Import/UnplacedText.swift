/// Text of an imported file that the importer could not put into any field, and why.
public struct UnplacedText: Sendable, Equatable {
    /// 1-based line number (0 when the problem concerns the whole file).
    public var line: Int
    public var text: String
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}
