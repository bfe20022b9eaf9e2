extension LetterStatus {
    /// The statuses a letter may move to from this one, in the order they are offered.
    ///
    /// `approved` and `changes-requested` are listed but only reachable through a
    /// district review (`Workflow.apply(review:to:)`), never by `Workflow.transition`.
    public var nextStatuses: [LetterStatus] {
        switch self {
        case .draft: [.inReview, .terminated]
        case .inReview: [.approved, .changesRequested, .draft, .terminated]
        case .approved: [.signed, .inReview, .draft, .terminated]
        case .changesRequested: [.inReview, .draft, .terminated]
        case .signed: [.active, .draft, .terminated]
        case .active: [.expired, .draft, .terminated]
        case .expired, .terminated: []
        }
    }

    /// Whether the letter's life is over: nothing follows expired or terminated.
    public var isFinal: Bool { self == .expired || self == .terminated }

    /// Whether the letter's content is frozen: it was signed, so changing what it
    /// says would change what the district signed.
    public var locksContent: Bool {
        switch self {
        case .signed, .active, .expired, .terminated: true
        default: false
        }
    }

    /// What moving into this status is called, for messages ("cannot sign: ...").
    public var verb: String {
        switch self {
        case .draft: "move back to draft"
        case .inReview: "send for review"
        case .approved: "approve"
        case .changesRequested: "request changes"
        case .signed: "sign"
        case .active: "countersign"
        case .expired: "expire"
        case .terminated: "terminate"
        }
    }
}
