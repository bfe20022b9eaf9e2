/// A value stored in JSON as its checked text form (a slug, a school year, a date):
/// decoding runs the same checks as typing it, so a hand-edited file cannot smuggle in
/// a value the program would refuse.
protocol TextCodable: Codable {
    /// Parses and checks the text form.
    init(checkedText: String) throws
    /// The text form written to JSON.
    var codedText: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(checkedText: raw) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(error)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(codedText)
    }
}
