/// When opening a store removes the temporary files a crashed save left behind.
public enum LeftoverCleanup: Sendable {
    /// All of them, before `open` returns: what every command wants.
    case atOpen
    /// Those beside the format file at open; those in the year folders in the same pass that
    /// looks for recovery files (`recoveries(removingLeftovers: true)`). The wizard looks for
    /// both on every start, and listing each folder of letters once instead of twice was a
    /// tenth of its start-up. The caller must make that call.
    case withRecoveryScan
}
