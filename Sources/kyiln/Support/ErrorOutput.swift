import Glibc

/// Where kyiln's own messages go: standard error, except during `kyiln review`, where standard
/// error itself is sent to /dev/null (so the Swift runtime's crash messages never reach a
/// district contact) and this is the copy of it that still reaches the contact.
enum ErrorOutput {
    /// Set only on the main thread, before and after the review runs.
    nonisolated(unsafe) static var descriptor: Int32 = STDERR_FILENO
}
