/// What a `ListView` did with a key.
public enum ListOutcome: Equatable, Sendable {
    /// The key is not for the list.
    case ignored
    /// The list used the key (moved, filtered).
    case handled
    /// Enter was pressed on the item with this index in `items`.
    case chosen(Int)
}
