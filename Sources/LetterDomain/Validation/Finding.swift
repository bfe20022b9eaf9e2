/// How much a finding matters.
public enum Severity: String, Codable, Sendable, Comparable {
    /// Must be fixed before the letter can be signed.
    case error
    /// Worth a look; does not block.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}

/// One thing validation found: where, what, how much it matters.
public struct Finding: Equatable, Sendable, CustomStringConvertible {
    /// The wizard step holding the field.
    public var step: Step
    public var field: FieldPath
    public var message: String
    public var severity: Severity

    public init(field: FieldPath, message: String, severity: Severity = .error) {
        self.step = field.step
        self.field = field
        self.message = message
        self.severity = severity
    }

    /// `error  contacts  superintendent.email: ...`, one line for terminals and logs.
    public var description: String { "\(severity.rawValue): \(field): \(message)" }
}
