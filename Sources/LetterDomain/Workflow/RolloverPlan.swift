/// What a roll-over will do: the drafts to create and the districts left alone.
public struct RolloverPlan: Sendable, Equatable {
    /// New drafts for the target year, in slug order, not yet stored.
    public var drafts: [Letter]
    /// Districts with a letter in the source year that get no draft, with the reason.
    public var skipped: [RolloverSkip]

    public init(drafts: [Letter] = [], skipped: [RolloverSkip] = []) {
        self.drafts = drafts
        self.skipped = skipped
    }
}
