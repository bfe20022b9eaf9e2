import LetterDomain
import LetterStore

/// One focusable control of the edition editor, named by the part of the edition it edits.
/// Sections and blocks are addressed by index: the editor changes words, never the
/// structure of the form.
public enum EditionEditorControl: Hashable, Sendable {
    case schoolYear
    case networkName
    case networkAbbreviation
    case title
    /// Text area, one header line per line.
    case headerLines
    case sectionHeading(Int)
    /// Text area.
    case paragraph(section: Int, block: Int)
    case subheading(section: Int, block: Int)
    /// Text area, one item per line.
    case list(section: Int, block: Int)
    /// Text area: the question.
    case prompt(section: Int, block: Int)
    /// Left/Right: text or points of action.
    case promptAnswer(section: Int, block: Int)
    case promptNote(section: Int, block: Int)
    case fieldLabel(section: Int, block: Int)
    case signatoryLabel(Int)
    case signatoryDateLabel(Int)
    /// Left/Right over the three rules.
    case effectivePeriod
    case designeeName
    case designeeTitle
    case returnName
    case returnTitle
    case returnEmail
    /// Text areas, one line per line.
    case returnOffice
    case returnPostalAddress
    case returnText

    /// How the control is edited.
    enum Kind {
        case field, area, choice
    }

    var kind: Kind {
        switch self {
        case .headerLines, .paragraph, .list, .prompt, .returnOffice, .returnPostalAddress, .returnText: .area
        case .promptAnswer, .effectivePeriod: .choice
        default: .field
        }
    }

    /// The control that shows problems about `field`.
    static func showing(_ field: EditionField, in edition: Edition) -> EditionEditorControl? {
        switch field {
        case .id, .sections: return nil
        case .schoolYear: return .schoolYear
        case .networkName: return .networkName
        case .networkAbbreviation: return .networkAbbreviation
        case .title: return .title
        case .headerLines: return .headerLines
        case .sectionHeading(let s): return .sectionHeading(s)
        case .block(let s, let b):
            guard edition.sections.indices.contains(s), edition.sections[s].blocks.indices.contains(b) else { return nil }
            switch edition.sections[s].blocks[b] {
            case .paragraph: return .paragraph(section: s, block: b)
            case .subheading: return .subheading(section: s, block: b)
            case .list: return .list(section: s, block: b)
            case .prompt: return .prompt(section: s, block: b)
            case .field: return .fieldLabel(section: s, block: b)
            case .signatures: return nil
            }
        case .signatoryLabel(let i): return .signatoryLabel(i)
        case .effectivePeriod: return .effectivePeriod
        case .designeeName: return .designeeName
        case .designeeTitle: return .designeeTitle
        case .returnName: return .returnName
        case .returnTitle: return .returnTitle
        case .returnEmail: return .returnEmail
        case .returnOffice: return .returnOffice
        case .returnPostalAddress: return .returnPostalAddress
        case .returnText: return .returnText
        }
    }
}

/// Turning the text of the editor's areas into edition values and back.
public enum EditionEditorText {
    /// The lines of a text area, each trimmed, blank ones dropped.
    public static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// The lines of a text area as typed (trailing spaces trimmed), blank lines kept
    /// except at the end.
    public static func linesKeepingBlanks(_ text: String) -> [String] {
        var out = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmed }
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// A list as the editor shows it: one item per line, lead-in and text together.
    public static func listText(_ items: [ListItem]) -> String {
        items.map(\.fullText).joined(separator: "\n")
    }

    /// The items of a list edited as one item per line. Items keep their ids by position
    /// (letters refer to them: acknowledgements), and a numbered commitment keeps its
    /// lead-in ("Definition.") while the line still starts with it. New lines get an id
    /// made from their text, unique in the list.
    public static func items(from text: String, keeping old: [ListItem]) -> [ListItem] {
        let lines = lines(text)
        var used = Set(old.prefix(lines.count).map(\.id))
        var out: [ListItem] = []
        for (index, line) in lines.enumerated() {
            if index < old.count {
                var item = old[index]
                if let title = item.title, !title.isEmpty, line.hasPrefix(title + " ") {
                    item.text = String(line.dropFirst(title.count + 1)).trimmed
                } else if item.fullText != line {
                    item.title = nil
                    item.text = line
                }
                out.append(item)
            } else {
                let id = uniqueID(derivedFrom: line, fallback: "item-\(index + 1)", avoiding: used)
                used.insert(id)
                out.append(ListItem(id: id, text: line))
            }
        }
        return out
    }

    /// An id from the first words of `text` ("Attend the summit" becomes `attend-the-summit`).
    static func uniqueID(derivedFrom text: String, fallback: String, avoiding used: Set<String>) -> String {
        var base = fallback
        if let slug = try? DistrictSlug(deriving: text) {
            var words: [Substring] = []
            for word in slug.rawValue.split(separator: "-") {
                if words.count >= 5 || (words.map(\.count).reduce(0, +) + word.count > 40 && !words.isEmpty) { break }
                words.append(word)
            }
            if !words.isEmpty { base = words.joined(separator: "-") }
        }
        var id = base
        var number = 2
        while used.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }
}
