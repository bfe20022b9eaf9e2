import ArgumentParser
import LetterDomain
import LetterStore

/// The output formats of `show`.
enum LetterFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

/// `kyiln show <slug> --year Y [--format text|markdown|json]`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a letter laid out like the form.")

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    @Option(help: "Output format: text, markdown or json.")
    var format: LetterFormat = .text

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let (letter, edition) = try context.letter(address.slug, year: address.year)
            let layout = FormLayout(edition: edition, letter: letter)
            switch format {
            case .text: print(TextRenderer().render(layout), terminator: "")
            case .markdown: print(MarkdownRenderer().render(layout), terminator: "")
            case .json: print(String(decoding: LetterCodec.encode(letter), as: UTF8.self), terminator: "")
            }
        }
    }
}
