import Foundation
import Testing

/// The copies of the real paper forms, and the normalisation that lets them be
/// compared with kyiln's text: layout is ignored, wording and punctuation are not.
enum SeedText {
    static let blank2019 = "letter-2019-blank-template.txt"
    static let blank2022 = "letter-2022-2023-blank.txt"
    static let nelson2015 = "letter-2015-2016-nelson-county.txt"

    /// The seed file's text, read from the test bundle's resources.
    static func load(_ name: String) throws -> String {
        let base = (name as NSString).deletingPathExtension
        let url = try #require(
            Bundle.module.url(forResource: base, withExtension: "txt", subdirectory: "Seeds"),
            "seed \(name) is not in the test bundle")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Layout-only normalisation: Markdown emphasis markers dropped, bullet markers at
    /// line starts dropped, every run of white space (tabs, NBSP, newlines, so also the
    /// 2015 page break inside item 5) folded into one space. Wording, punctuation and
    /// curly quotes are kept exactly.
    static func normalise(_ text: String) -> String {
        let noEmphasis = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "*", with: "")
        var lines: [String] = []
        for line in noEmphasis.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(line)
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("·") {
                rest = rest.dropFirst()
            } else if rest.hasPrefix("- ") {
                rest = rest.dropFirst(2)
            }
            lines.append(String(rest))
        }
        return collapse(lines.joined(separator: "\n"))
    }

    /// Every run of white space (any Unicode white space, NBSP included) as one space; ends trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// The words of normalised text.
    static func words(_ text: String) -> [String] {
        normalise(text).split(separator: " ").map(String.init)
    }

    /// The words from the start up to and including "Required Signatories".
    static func wordsThroughSignatoriesHeading(_ words: [String]) throws -> [String] {
        let end = try #require(
            words.indices.dropLast().first { words[$0] == "Required" && words[$0 + 1] == "Signatories" },
            "no \"Required Signatories\" in the text")
        return Array(words[...(end + 1)])
    }
}
