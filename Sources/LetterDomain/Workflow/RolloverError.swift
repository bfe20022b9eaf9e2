/// Why a roll-over cannot be planned at all.
public enum RolloverError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target year is not after the source year.
    case notForward(from: SchoolYear, to: SchoolYear)

    public var description: String {
        switch self {
        case .notForward(let from, let to):
            "cannot roll over from \(from) to \(to): the target year must come after the source year"
        }
    }
}
