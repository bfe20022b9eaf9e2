/// A transient message in the status bar.
public struct StatusMessage: Equatable, Sendable {
    /// How the message is coloured.
    public enum Kind: Sendable, Equatable {
        /// Neutral information.
        case info
        /// Something worked ("Saved").
        case success
        /// Needs attention.
        case warning
        /// Something failed.
        case error

        /// The role the message is drawn in.
        public var role: Role {
            switch self {
            case .info: return .statusBar
            case .success: return .success
            case .warning: return .warning
            case .error: return .error
            }
        }
    }

    /// The text.
    public var text: String
    /// Its kind.
    public var kind: Kind
    /// Ticks left before it disappears; nil keeps it until replaced.
    public var remainingTicks: Int?

    /// Creates a message.
    public init(_ text: String, kind: Kind = .info, remainingTicks: Int? = nil) {
        self.text = text
        self.kind = kind
        self.remainingTicks = remainingTicks
    }
}
