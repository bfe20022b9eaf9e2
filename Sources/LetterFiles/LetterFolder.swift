import SystemCalls

/// Which files of a folder an import reads, and for every other entry why not: the one
/// rule for `kyiln import FOLDER` and the import screen.
public enum LetterFolder {
    /// A folder entry that is not imported, and why.
    public struct Skipped: Equatable, Sendable {
        public var name: String
        public var reason: String
    }

    /// The letter files of a folder (sorted) and the entries skipped, each with its reason.
    /// - Throws: the `SystemError` of listing the folder.
    public static func letters(in folder: String) throws(SystemError) -> (files: [String], skipped: [Skipped]) {
        let names = try SystemFolder.names(in: folder)
        var files: [String] = [], skipped: [Skipped] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let ending = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!).lowercased() : ""
            if !SystemFolder.isRegularFile(path) {
                skipped.append(Skipped(name: name, reason: SystemFolder.isDirectory(path) ? "a folder (folders inside are not searched)" : "not a regular file"))
            } else if name.hasPrefix("~$") {
                skipped.append(Skipped(name: name, reason: "Word's lock file for an open document, not a letter"))
            } else if LetterFileReader.extensions.contains(ending) {
                files.append(path)
            } else if let advice = advice[ending] {
                skipped.append(Skipped(name: name, reason: advice))
            } else {
                skipped.append(Skipped(name: name, reason: "not a letter file (kyiln reads .docx, .odt and .txt)"))
            }
        }
        return (files, skipped)
    }

    /// What to do with the formats people keep letters in that kyiln does not read.
    private static let advice: [String: String] = [
        "doc": "an old Word 97-2003 file; open it in Word or LibreOffice and save it as .docx",
        "pdf": "a PDF; import the Word file it was made from, or save it as text (pdftotext) and import that",
        "rtf": "an RTF file; open it in Word or LibreOffice and save it as .docx",
        "docm": "a Word file with macros; save it as .docx",
        "dotx": "a Word template, not a filled letter",
    ]
}
