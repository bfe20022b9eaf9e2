import Glibc

/// Why an access change was refused; each message says what to fix.
public enum AccessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The public key file is not exactly one acceptable key.
    case badKey(path: String, reason: String)
    /// A name or comment that could break out of its line or fool a reader.
    case badText(field: String, reason: String)
    /// A path that cannot go into the forced command safely.
    case unsafePath(what: String, path: String, reason: String)
    /// The managed file holds something kyiln cannot safely rewrite.
    case badAuthorizedKeys(path: String, reason: String)
    /// Nothing matched a revoke.
    case nothingToRevoke(what: String)
    /// The group for shared mode is unknown or cannot be used.
    case badGroup(name: String, reason: String)
    /// Reading or writing failed.
    case io(path: String, operation: String, errno: Int32)
    /// A store problem (the message names the file).
    case store(String)

    public var description: String {
        switch self {
        case .badKey(let path, let reason): "\(path): not a usable SSH public key: \(reason)"
        case .badText(let field, let reason): "the \(field) \(reason)"
        case .unsafePath(let what, let path, let reason): "the \(what) \(path) cannot be used in an authorized_keys command: \(reason)"
        case .badAuthorizedKeys(let path, let reason): "\(path): \(reason); the file was left as it is"
        case .nothingToRevoke(let what): "no access to revoke for \(what)"
        case .badGroup(let name, let reason): "group \(name): \(reason)"
        case .io(let path, let operation, let code): "\(operation) \(path) failed: \(String(cString: strerror(code)))"
        case .store(let message): message
        }
    }
}
