/// One piece of a section of the form, in print order.
///
/// Sections are lists of blocks rather than fixed fields because each year's form
/// orders and words its parts differently; the domain finds priorities, expectations
/// and prompts by their kind and role.
public enum EditionBlock: Sendable, Equatable {
    /// A paragraph of the form's own text. `{district}` stands for the district's name.
    case paragraph(String)
    /// A heading inside a section ("Benefits of joining the KY ILN").
    case subheading(String)
    /// A bulleted or numbered list.
    case list(role: ListRole, style: ListStyle, items: [ListItem])
    /// A line the district fills in on the contact section.
    case field(ContactField, label: String)
    /// A reflection or plan question.
    case prompt(ReflectionPrompt)
    /// The signature lines.
    case signatures
}

extension EditionBlock: Codable {
    private enum Kind: String, Codable {
        case paragraph, subheading, list, field, prompt, signatures
    }

    private enum CodingKeys: String, CodingKey {
        case kind, text, role, style, items, field, label, prompt
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .paragraph: self = .paragraph(try c.decode(String.self, forKey: .text))
        case .subheading: self = .subheading(try c.decode(String.self, forKey: .text))
        case .list:
            self = .list(
                role: try c.decode(ListRole.self, forKey: .role),
                style: try c.decodeIfPresent(ListStyle.self, forKey: .style) ?? .bullet,
                items: try c.decode([ListItem].self, forKey: .items))
        case .field:
            self = .field(try c.decode(ContactField.self, forKey: .field), label: try c.decode(String.self, forKey: .label))
        case .prompt: self = .prompt(try c.decode(ReflectionPrompt.self, forKey: .prompt))
        case .signatures: self = .signatures
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let text):
            try c.encode(Kind.paragraph, forKey: .kind)
            try c.encode(text, forKey: .text)
        case .subheading(let text):
            try c.encode(Kind.subheading, forKey: .kind)
            try c.encode(text, forKey: .text)
        case .list(let role, let style, let items):
            try c.encode(Kind.list, forKey: .kind)
            try c.encode(role, forKey: .role)
            try c.encode(style, forKey: .style)
            try c.encode(items, forKey: .items)
        case .field(let field, let label):
            try c.encode(Kind.field, forKey: .kind)
            try c.encode(field, forKey: .field)
            try c.encode(label, forKey: .label)
        case .prompt(let prompt):
            try c.encode(Kind.prompt, forKey: .kind)
            try c.encode(prompt, forKey: .prompt)
        case .signatures:
            try c.encode(Kind.signatures, forKey: .kind)
        }
    }
}
