/// A district's decision that reached KDE another way than the SSH review (an e-mail, a
/// phone call, a signed paper), recorded by the program manager. It counts like a review,
/// and everything that shows it says that KDE recorded it and how it came.
public struct RecordedDecision: Codable, Sendable, Equatable {
    /// How the decision reached KDE.
    public enum Channel: String, Codable, CaseIterable, Sendable {
        case email = "e-mail"
        case phone
        case paper

        /// "by e-mail", "by phone", "on paper".
        public var phrase: String {
            switch self {
            case .email: "by e-mail"
            case .phone: "by phone"
            case .paper: "on paper"
            }
        }
    }

    public var decision: Review.Decision
    public var channel: Channel
    /// Who decided at the district, as the program manager typed it.
    public var person: String
    /// The day the district decided.
    public var date: CalendarDate
    /// What they said (required when they asked for changes, as in a review).
    public var note: String

    public init(decision: Review.Decision, channel: Channel, person: String, date: CalendarDate, note: String) {
        self.decision = decision
        self.channel = channel
        self.person = person
        self.date = date
        self.note = note
    }

    /// "approved" or "asked for changes".
    public var verb: String { decision == .approve ? "approved" : "asked for changes" }

    /// "Bill Hogan approved by phone on 2026-11-20 (recorded by KDE, sarah; not an SSH review)".
    public func attribution(recordedBy user: String) -> String {
        "\(person) \(verb) \(channel.phrase) on \(date) (recorded by KDE, \(user); not an SSH review)"
    }

    /// The history note: the attribution, then the district's words if any.
    public func historyNote(recordedBy user: String) -> String {
        let words = note.trimmed
        return attribution(recordedBy: user) + (words.isEmpty ? "" : ": \(words)")
    }
}

/// Why a decision could not be recorded.
public enum RecordedDecisionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Only a letter in review waits for a decision.
    case notInReview(LetterStatus)
    /// The district person's name was left empty.
    case noPerson
    /// Changes were asked for without saying which.
    case noNote
    /// The day the district decided is after today.
    case dateInFuture(CalendarDate, today: CalendarDate)

    public var description: String {
        switch self {
        case .notInReview(let status):
            "the letter is \(status.label), not in review: only a letter sent for review waits for the district's decision"
        case .noPerson: "name the person at the district who decided"
        case .noNote: "say which changes the district asked for (the note)"
        case .dateInFuture(let date, let today): "the decision's date \(date) is after today (\(today))"
        }
    }
}

extension Letter {
    /// The decision KDE recorded behind an approved or changes-requested status, when the
    /// decision came that way (nil for one made over SSH, and for every other status).
    public var standingRecordedDecision: RecordedDecision? {
        guard status == .approved || status == .changesRequested else { return nil }
        return history.last { $0.action == .reviewed && $0.toStatus == status }?.recorded
    }
}
