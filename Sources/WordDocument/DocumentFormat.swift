/// What a file is, by its first bytes (and, for ZIPs, what they hold): which formats are
/// read and, for the others, what to do instead.
public enum DocumentFormat: Sendable, Equatable {
    case docx
    case odt
    case plainText
    /// A format kyiln does not read; `advice` says what to do.
    case refused(name: String, advice: String)

    /// Recognises a file from its bytes. Archives are opened only as far as their directory.
    public static func recognise(_ bytes: [UInt8]) -> DocumentFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            guard let zip = try? ZipArchive(bytes: bytes) else {
                return .refused(name: "a ZIP archive that cannot be opened", advice: "open it in Word and save it again as .docx")
            }
            if zip.contains("word/document.xml") { return .docx }
            if zip.contains("content.xml"), (try? zip.data(of: "mimetype")).map({ String(decoding: $0, as: UTF8.self) }) == "application/vnd.oasis.opendocument.text" {
                return .odt
            }
            return .refused(name: "a ZIP archive that is not a Word document", advice: "import the letters inside it one by one")
        }
        if bytes.starts(with: Array("%PDF".utf8)) {
            return .refused(name: "a PDF file", advice: "import the Word file it was made from, or save the PDF as text (pdftotext) and import that")
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) {
            return .refused(name: "an RTF file", advice: "open it in Word or LibreOffice and save it as .docx")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return .refused(name: "an old Word 97-2003 (.doc) file", advice: "open it in Word or LibreOffice and save it as .docx")
        }
        return .plainText
    }
}
