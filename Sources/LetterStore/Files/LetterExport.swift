import LetterDomain

/// What one letter can be exported as, and the rendering each uses: the one list that
/// `kyiln export` and the screens' export both go through, so a file is the same whichever
/// made it.
public enum LetterExportFormat: String, CaseIterable, Sendable {
    case html, markdown, text, json

    /// "HTML (printable)", for choosers.
    public var title: String {
        switch self {
        case .html: "HTML (printable)"
        case .markdown: "Markdown"
        case .text: "Text"
        case .json: "JSON"
        }
    }

    /// The usual file name ending, without the dot.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .text: "txt"
        case .json: "json"
        }
    }

    /// The letter in this format, laid out like the form of `edition`.
    public func render(_ letter: Letter, edition: Edition) -> String {
        switch self {
        case .json: return String(decoding: LetterCodec.encode(letter), as: UTF8.self)
        case .html: return HTMLRenderer().render(FormLayout(edition: edition, letter: letter))
        case .markdown: return MarkdownRenderer().render(FormLayout(edition: edition, letter: letter))
        case .text: return TextRenderer().render(FormLayout(edition: edition, letter: letter))
        }
    }

    /// `boone-county-2022-2023.html`: the name a letter's file gets by default and inside an
    /// exported folder (the slug is already safe for a file name).
    public func fileName(slug: DistrictSlug, year: SchoolYear) -> String {
        "\(slug)-\(year).\(fileExtension)"
    }
}
