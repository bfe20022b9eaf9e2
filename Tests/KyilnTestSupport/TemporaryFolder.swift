import Foundation

/// A fresh folder path under the temporary directory for one test, removed with
/// everything in it when the test lets go of it. The folder itself is not created:
/// `LetterStore.open` and `kyiln --store` create it as they would a real store.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    /// `prefix` names the kind of test, so a folder left by a crash says where it came from.
    public init(prefix: String = "kyiln-test-") {
        path = NSTemporaryDirectory() + prefix + UUID().uuidString
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Raw bytes of a file.
    public func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// File mode bits of a path.
    public func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }
}
