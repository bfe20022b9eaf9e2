/// One value the importer placed, and where in the file it came from.
public struct ImportedField: Sendable, Equatable {
    public var field: FieldPath
    public var value: String
    /// Where it was found ("line 12", "the introduction").
    public var source: String

    public init(field: FieldPath, value: String, source: String) {
        self.field = field
        self.value = value
        self.source = source
    }
}
