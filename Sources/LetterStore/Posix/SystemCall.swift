/// Runs a system call, retrying on EINTR, and turns -1 into a `StoreError.io`.
@discardableResult
func systemCall(_ operation: String, _ path: String, _ body: () -> Int32) throws(StoreError) -> Int32 {
    while true {
        let result = body()
        if result != -1 { return result }
        if errno == EINTR { continue }
        throw StoreError.io(path: path, operation: operation, errno: errno)
    }
}

/// Joins path components with one slash.
func joinPath(_ parts: String...) -> String {
    parts.filter { !$0.isEmpty }.reduce("") { acc, part in
        acc.isEmpty ? part : (acc.hasSuffix("/") ? acc + part : acc + "/" + part)
    }
}
