/// Why a word-processor document could not be read.
public enum WordError: Error, Equatable, Sendable, CustomStringConvertible {
    case archive(ZipError)
    /// A part of the document is not well-formed XML.
    case xml(part: String, detail: String)

    public var description: String {
        switch self {
        case .archive(let error): error.description
        case .xml(let part, let detail): "\(part) inside the document is damaged (\(detail))"
        }
    }
}
