import LetterDomain

/// The part of an edition a problem is about, so the editor can show it beside the field.
public enum EditionField: Hashable, Sendable {
    case id
    case schoolYear
    case networkName
    case networkAbbreviation
    case title
    case headerLines
    case sections
    case sectionHeading(section: Int)
    /// A block of a section (paragraph, list, prompt, field label, subheading).
    case block(section: Int, block: Int)
    case signatoryLabel(Int)
    case effectivePeriod
    case designeeName
    case designeeTitle
    case returnName
    case returnTitle
    case returnEmail
    case returnOffice
    case returnPostalAddress
    case returnText
}

/// One thing wrong with an edition.
public struct EditionProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where it is; nil for the edition as a whole.
    public var field: EditionField?
    public var message: String

    public init(_ field: EditionField?, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}

/// The checks an edition passes before it is stored.
public enum EditionValidator {
    /// Checks an edition id: it becomes a file name, so it is checked like a district slug.
    public static func checkID(_ id: String) throws(NameError) {
        do { _ = try DistrictSlug(id) } catch {
            throw NameError(kind: "edition id", value: id, reason: error.reason)
        }
    }

    /// Everything wrong with `edition`; empty when it may be saved. `source` is the
    /// edition it was made from (the stored version or the copied one): every wizard
    /// step that had a section there must keep one.
    public static func problems(in edition: Edition, source: Edition? = nil) -> [EditionProblem] {
        var out = headerProblems(in: edition)
        out += sectionProblems(in: edition, source: source)
        out += blockProblems(in: edition)
        for (index, signatory) in edition.signatories.enumerated() where signatory.label.trimmed.isEmpty {
            out.append(EditionProblem(.signatoryLabel(index), "the signature line of \(signatory.party == .kde ? "KDE" : "the district") has no caption"))
        }
        let email = edition.returnTo.email.trimmed
        if !email.isEmpty, let problem = EmailAddress.problem(with: email) {
            out.append(EditionProblem(.returnEmail, "the return-to email: \(problem)"))
        }
        return out
    }

    /// The id, the network's name and abbreviation, the title.
    private static func headerProblems(in edition: Edition) -> [EditionProblem] {
        var out: [EditionProblem] = []
        do { try checkID(edition.id) } catch { out.append(EditionProblem(.id, error.description)) }
        if edition.network.name.trimmed.isEmpty { out.append(EditionProblem(.networkName, "the network's name is empty")) }
        if edition.network.abbreviation.trimmed.isEmpty {
            out.append(EditionProblem(.networkAbbreviation, "the network's abbreviation is empty"))
        }
        if edition.title.trimmed.isEmpty { out.append(EditionProblem(.title, "the title is empty")) }
        return out
    }

    /// At least one section, one for every step the source had, an agreement, in step order.
    private static func sectionProblems(in edition: Edition, source: Edition?) -> [EditionProblem] {
        var out: [EditionProblem] = []
        if edition.sections.isEmpty { out.append(EditionProblem(.sections, "the edition has no sections")) }
        for step in Step.allCases where edition.sections(for: step).isEmpty {
            if let source, !source.sections(for: step).isEmpty {
                out.append(EditionProblem(.sections, "the \(step.title) step (section \(step.number)) has no section any more"))
            }
        }
        if !edition.sections.isEmpty {
            if edition.sections(for: .agreement).isEmpty && source == nil {
                out.append(EditionProblem(.sections, "the edition has no agreement section"))
            }
            for index in edition.sections.indices.dropFirst() where edition.sections[index].step < edition.sections[index - 1].step {
                out.append(EditionProblem(.sectionHeading(section: index),
                                          "section \"\(edition.sections[index].heading)\" belongs to an earlier step than the one before it; sections go in step order"))
            }
        }
        return out
    }

    /// No empty block; question ids unique, at most one question taking points of action;
    /// list item ids unique within their kind.
    private static func blockProblems(in edition: Edition) -> [EditionProblem] {
        var out: [EditionProblem] = []
        var promptIDs: Set<String> = []
        var pointsPrompts = 0
        var itemIDs: [ListRole: Set<String>] = [:]
        for (s, section) in edition.sections.enumerated() {
            for (b, block) in section.blocks.enumerated() {
                let field = EditionField.block(section: s, block: b)
                switch block {
                case .paragraph(let text) where text.trimmed.isEmpty:
                    out.append(EditionProblem(field, "a paragraph is empty"))
                case .subheading(let text) where text.trimmed.isEmpty:
                    out.append(EditionProblem(field, "a subheading is empty"))
                case .field(_, let label) where label.trimmed.isEmpty:
                    out.append(EditionProblem(field, "a field's label is empty"))
                case .prompt(let prompt):
                    out += promptProblems(prompt, field: field, seen: &promptIDs, pointsPrompts: &pointsPrompts)
                case .list(let role, _, let items):
                    out += listProblems(role, items, field: field, seen: &itemIDs)
                default:
                    break
                }
            }
        }
        return out
    }

    private static func promptProblems(_ prompt: ReflectionPrompt, field: EditionField, seen: inout Set<String>,
                                       pointsPrompts: inout Int) -> [EditionProblem] {
        var out: [EditionProblem] = []
        if prompt.text.trimmed.isEmpty { out.append(EditionProblem(field, "a question is empty")) }
        do { _ = try DistrictSlug(prompt.id) } catch {
            out.append(EditionProblem(field, "the question's id \"\(prompt.id)\" is not valid: \(error.reason)"))
        }
        if !seen.insert(prompt.id).inserted {
            out.append(EditionProblem(field, "two questions have the id \"\(prompt.id)\"; prompt ids must be unique"))
        }
        if prompt.answer == .points {
            pointsPrompts += 1
            if pointsPrompts == 2 {
                out.append(EditionProblem(field, "only one question may take points of action"))
            }
        }
        return out
    }

    private static func listProblems(_ role: ListRole, _ items: [ListItem], field: EditionField,
                                     seen itemIDs: inout [ListRole: Set<String>]) -> [EditionProblem] {
        var out: [EditionProblem] = []
        if items.isEmpty { out.append(EditionProblem(field, "a list of \(role.rawValue) has no items")) }
        for item in items {
            if item.text.trimmed.isEmpty { out.append(EditionProblem(field, "a list item is empty")) }
            if item.id.isEmpty { out.append(EditionProblem(field, "a list item has no id")) }
            if itemIDs[role, default: []].contains(item.id) {
                let what = role == .expectations ? "expectation" : "\(role.rawValue) item"
                out.append(EditionProblem(field, "two \(what)s have the id \"\(item.id)\"; ids must be unique"))
            }
            itemIDs[role, default: []].insert(item.id)
        }
        return out
    }
}
