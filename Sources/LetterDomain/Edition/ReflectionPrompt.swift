/// A question of the reflections and plans section.
public struct ReflectionPrompt: Codable, Sendable, Equatable, Identifiable {
    /// What kind of answer a prompt takes.
    public enum AnswerKind: String, Codable, Sendable {
        /// Free text of one or more paragraphs.
        case text
        /// A list of 2 to 3 separate points of action.
        case points
    }

    /// Stable id, used in field paths (`reflections.<id>`).
    public var id: String
    /// Kind of answer.
    public var answer: AnswerKind
    /// The question, word for word.
    public var text: String
    /// A note printed after the question, such as "(attach more pages if necessary)".
    public var note: String?

    public init(id: String, answer: AnswerKind, text: String, note: String? = nil) {
        self.id = id
        self.answer = answer
        self.text = text
        self.note = note
    }
}
