import FoundationEssentials

/// Moves a letter that is not yet signed onto another edition of the form.
///
/// What the district wrote belongs to the letter, not to a form: every answer whose question
/// exists on both forms is kept as it is. An answer the new form has no place for is never
/// dropped silently: it is listed in `EditionMove.Result.leftBehind`, and the history entry
/// of the move holds its full text, so nothing typed is lost.
public enum EditionMove {
    /// The moved letter and what the new form had no place for.
    public struct Result: Sendable, Equatable {
        public var letter: Letter
        /// Answers, points and acknowledgements the new edition does not ask for.
        public var leftBehind: [LeftBehind]
    }

    /// One value the new edition has no place for.
    public struct LeftBehind: Sendable, Equatable, CustomStringConvertible {
        /// What it answered, in the old form's words.
        public var label: String
        /// The value in full.
        public var value: String
        public var description: String { "\(label): \(value)" }
    }

    /// The statuses whose letters may change edition: nothing was approved or signed yet.
    /// An approved letter would need the district to approve other words, so it goes back
    /// to review (or draft) first.
    public static let movableStatuses: Set<LetterStatus> = [.draft, .inReview, .changesRequested]

    /// Moves `letter` from `old` to `new`, with a history entry naming both and holding in full
    /// whatever the new form does not ask for.
    public static func move(_ letter: Letter, from old: Edition, to new: Edition, by user: String,
                            now: Date = Date()) throws(EditionMoveError) -> Result {
        guard letter.editionID != new.id else { throw .sameEdition(new.id) }
        guard movableStatuses.contains(letter.status) else { throw .notMovable(letter.status) }
        var moved = letter
        moved.editionID = new.id
        var left: [LeftBehind] = []
        let kept = Set(new.prompts.filter { $0.answer == .text }.map(\.id))
        for prompt in old.prompts where prompt.answer == .text {
            guard let answer = letter.reflections[prompt.id], !answer.trimmed.isEmpty, !kept.contains(prompt.id) else { continue }
            moved.reflections[prompt.id] = nil
            left.append(LeftBehind(label: "Answer to \u{201C}\(prompt.text.collapsingWhitespace.shortened(to: 60))\u{201D}", value: answer))
        }
        // Answers to prompts neither form knows (a letter edited by hand) stay as they are.
        if new.pointsPrompt == nil, !letter.actions.isEmpty {
            for (i, point) in letter.actions.enumerated() { left.append(LeftBehind(label: "Point of action \(i + 1)", value: point)) }
            moved.actions = []
        }
        let expectations = Set(new.expectations.map(\.id))
        for item in old.expectations where letter.isAcknowledged(item.id) && !expectations.contains(item.id) {
            moved.acknowledgements[item.id] = nil
            left.append(LeftBehind(label: "Acknowledged commitment \u{201C}\(item.fullText.collapsingWhitespace.shortened(to: 60))\u{201D}", value: "yes"))
        }
        var note = "from the \(old.id) edition to the \(new.id) edition"
        if left.isEmpty {
            note += "; every answer has a place on the new form"
        } else {
            note += "; not on the new form, kept here in full: " + left.map(\.description).joined(separator: "; ")
        }
        moved.history.append(HistoryEntry(at: now, by: user, action: .editionChanged, changes: FieldChange.between(letter, moved), note: note))
        return Result(letter: moved, leftBehind: left)
    }
}

/// Why a letter cannot move to another edition.
public enum EditionMoveError: Error, Equatable, Sendable, CustomStringConvertible {
    case sameEdition(String)
    case notMovable(LetterStatus)

    public var description: String {
        switch self {
        case .sameEdition(let id):
            "the letter is on the \(id) edition already"
        case .notMovable(let status):
            "a letter that is \(status.label) keeps its edition: only a draft, a letter in review or one with changes requested can move to another edition"
        }
    }
}
