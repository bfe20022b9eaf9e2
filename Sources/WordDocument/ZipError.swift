/// Why a ZIP archive (a .docx or .odt) could not be read. Each case names what was wrong,
/// so that the person importing knows whether the file is damaged, too large, or not a ZIP.
public enum ZipError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No end-of-central-directory record: truncated, or not a ZIP at all.
    case notAnArchive
    /// A header or entry lies outside the file or contradicts itself.
    case damaged(String)
    /// ZIP64, encryption or a compression method other than stored and deflate.
    case unsupported(String)
    /// An entry or the whole would unpack to more than the limit (a ZIP bomb, or not a letter).
    case tooLarge(entry: String, limit: Int)
    /// The archive has no entry of that name.
    case missing(String)

    public var description: String {
        switch self {
        case .notAnArchive: "not a readable ZIP archive (it is cut short or is not a ZIP at all)"
        case .damaged(let what): "the ZIP archive is damaged: \(what)"
        case .unsupported(let what): "the ZIP archive uses \(what), which kyiln does not read"
        case .tooLarge(let entry, let limit): "\(entry) would unpack to more than \(limit) bytes; a letter is far smaller, so it was not unpacked"
        case .missing(let name): "the archive has no \(name)"
        }
    }
}
