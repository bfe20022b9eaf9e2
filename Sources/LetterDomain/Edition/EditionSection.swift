/// A numbered section of the form ("II. Mutual Commitments") and the wizard step it belongs to.
public struct EditionSection: Codable, Sendable, Equatable {
    public var step: Step
    /// The heading word for word; empty for text that stands before the first heading.
    public var heading: String
    public var blocks: [EditionBlock]

    public init(step: Step, heading: String, blocks: [EditionBlock]) {
        self.step = step
        self.heading = heading
        self.blocks = blocks
    }
}
