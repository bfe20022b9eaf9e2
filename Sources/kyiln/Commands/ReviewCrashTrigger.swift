import Glibc

/// A test-only way to make `kyiln review` fail the way a bug would, so the tests can check that
/// a district contact sees one plain line and nothing of the Swift runtime's crash output.
///
/// Off unless the environment has `KYILN_TEST_CRASH` set (by `QuitSignalTests`; sshd never
/// passes it: the review account gets no client environment, `PermitUserEnvironment no` and no
/// `AcceptEnv`), and even then it can only end the review, which the contact can do anyway.
/// Values: `fatal` (fatalError), `precondition` (a failed precondition), `overflow` (the
/// stack runs out), `segv` (a bad memory access).
enum ReviewCrashTrigger {
    static let variable = "KYILN_TEST_CRASH"

    /// Fails as asked, if asked; otherwise does nothing.
    static func fireIfAsked() {
        guard let value = getenv(variable).map({ String(cString: $0) }) else { return }
        switch value {
        case "fatal": fatalError("test crash asked for by \(variable)")
        case "precondition": precondition(value.isEmpty, "test crash asked for by \(variable)")
        case "overflow": print(deepen(0))
        case "segv": raise(SIGSEGV)
        default: return
        }
    }

    /// Recursion that never ends and cannot become a loop: each call keeps a frame.
    @inline(never)
    private static func deepen(_ depth: Int) -> Int {
        var frame = (depth, depth, depth, depth, depth, depth, depth, depth)
        let size = withUnsafeMutableBytes(of: &frame) { $0.count }
        return size + deepen(depth + 1)
    }
}
