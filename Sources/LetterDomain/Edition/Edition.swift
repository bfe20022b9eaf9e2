/// One version of the letter form: its wording, lists, questions and rules.
///
/// Editions are data (JSON), so a new year's form is a new file, not new code.
public struct Edition: Codable, Sendable, Equatable, Identifiable {
    /// Id, usually the school year it was written for ("2022-2023").
    public var id: String
    /// The school year the form was written for.
    public var schoolYear: SchoolYear
    public var network: Network
    /// "LETTER OF COMMITMENT".
    public var title: String
    /// The lines above the first section, in print order (network, year, title).
    public var headerLines: [String]
    /// A date printed at the foot of the form ("5-31-19"), if any.
    public var formDate: String?
    /// The network's core pillars, where the purpose names them inline (2022-2023).
    public var pillars: [String]?
    public var sections: [EditionSection]
    /// Signature lines in print order.
    public var signatories: [Signatory]
    public var effectivePeriod: EffectivePeriodRule
    public var kdeDesignee: KDEDesignee
    public var returnTo: ReturnAddress

    public init(
        id: String, schoolYear: SchoolYear, network: Network, title: String, headerLines: [String],
        formDate: String? = nil, pillars: [String]? = nil, sections: [EditionSection], signatories: [Signatory],
        effectivePeriod: EffectivePeriodRule, kdeDesignee: KDEDesignee, returnTo: ReturnAddress
    ) {
        self.id = id
        self.schoolYear = schoolYear
        self.network = network
        self.title = title
        self.headerLines = headerLines
        self.formDate = formDate
        self.pillars = pillars
        self.sections = sections
        self.signatories = signatories
        self.effectivePeriod = effectivePeriod
        self.kdeDesignee = kdeDesignee
        self.returnTo = returnTo
    }

    /// The sections shown on one wizard step, in print order.
    public func sections(for step: Step) -> [EditionSection] {
        sections.filter { $0.step == step }
    }

    /// All blocks of the form in print order.
    public var blocks: [EditionBlock] { sections.flatMap(\.blocks) }

    /// Items of every list with the given role, in print order.
    public func items(_ role: ListRole) -> [ListItem] {
        blocks.flatMap { block -> [ListItem] in
            if case .list(role, _, let items) = block { return items }
            return []
        }
    }

    /// State priorities, or the points the plan stresses; empty when the edition has none.
    public var priorities: [ListItem] { items(.priorities) }
    /// Shared beliefs (2015-2016).
    public var beliefs: [ListItem] { items(.beliefs) }
    /// What KDE commits to members.
    public var benefits: [ListItem] { items(.benefits) }
    /// What members commit to; each one is acknowledged in a letter.
    public var expectations: [ListItem] { items(.expectations) }

    /// The statement of purpose: the paragraphs of the purpose step.
    public var purpose: [String] {
        sections(for: .purpose).flatMap(\.blocks).compactMap {
            if case .paragraph(let text) = $0 { return text }
            return nil
        }
    }

    /// The questions of the reflections and plans section, in print order.
    public var prompts: [ReflectionPrompt] {
        blocks.compactMap {
            if case .prompt(let prompt) = $0 { return prompt }
            return nil
        }
    }

    /// The prompt that takes points of action, if the edition has one.
    public var pointsPrompt: ReflectionPrompt? { prompts.first { $0.answer == .points } }

    /// The paragraphs of the agreement section.
    public var agreementClauses: [String] {
        sections(for: .agreement).flatMap(\.blocks).compactMap {
            if case .paragraph(let text) = $0 { return text }
            return nil
        }
    }

    /// Whether the form has a line for this contact field.
    public func asks(_ field: ContactField) -> Bool {
        blocks.contains { if case .field(field, _) = $0 { return true } else { return false } }
    }

    /// The label the form gives a contact field, or a plain default.
    public func label(for field: ContactField) -> String {
        for case .field(field, let label) in blocks { return label }
        switch field {
        case .district: return "District name:"
        case .superintendent: return "Superintendent name and email address:"
        case .contacts: return "Point of contact name, title, and email address:"
        }
    }

    /// The signature line of a party.
    public func signatory(_ party: Party) -> Signatory {
        signatories.first { $0.party == party }
            ?? Signatory(party: party, label: party == .district ? "Superintendent or designee" : "KDE designee", dateLabel: "Date:")
    }
}
