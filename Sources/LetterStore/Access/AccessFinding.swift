/// One problem `kyiln access check` found in the review set-up, and the command that fixes it.
public struct AccessFinding: Sendable, Equatable {
    /// What is wrong, naming the path, account or setting.
    public var problem: String
    /// The command (or the line to add) that puts it right.
    public var fix: String

    public init(_ problem: String, fix: String) {
        self.problem = problem
        self.fix = fix
    }
}
