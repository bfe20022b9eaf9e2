/// One entry of a list in the form: a priority, a benefit, a member expectation, a belief.
public struct ListItem: Codable, Sendable, Equatable, Identifiable {
    /// Stable id, used by letters to refer to the item (e.g. acknowledgements).
    public var id: String
    /// Lead-in of a numbered commitment ("Definition."), when the form has one.
    public var title: String?
    /// The item's text, word for word from the form.
    public var text: String

    public init(id: String, title: String? = nil, text: String) {
        self.id = id
        self.title = title
        self.text = text
    }

    /// Title and text as one line, the way the form prints them.
    public var fullText: String {
        if let title, !title.isEmpty { return title + " " + text }
        return text
    }
}
