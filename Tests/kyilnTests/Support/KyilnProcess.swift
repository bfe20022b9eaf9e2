import Foundation
import Testing
@_exported import KyilnTestSupport

/// Runs the real `kyiln` binary, built beside the test bundle, as a child process.
struct KyilnProcess {
    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `$KYILN_BIN`, else the `kyiln` executable in the test bundle's build folder.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["KYILN_BIN"] { return path }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The test runner may live inside a .xctest folder.
        while dir.path != "/" && !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("kyiln").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("kyiln").path
    }

    /// Runs `kyiln <arguments>` with `stdin` as standard input and extra environment.
    @discardableResult
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> Result {
        let outcome = try ChildProcess.run(binary, arguments, stdin: stdin, environment: environment)
        return outcome.result!  // no time limit: it always has a result
    }
}

/// A temporary store folder for one test, removed afterwards.
final class StoreFolder {
    let folder = TemporaryFolder(prefix: "kyiln-cli-test-")
    var path: String { folder.path }

    /// Runs kyiln with `--store` set to this folder.
    @discardableResult
    func kyiln(_ arguments: String..., stdin: String = "") throws -> KyilnProcess.Result {
        try KyilnProcess.run(["--store", path] + arguments, stdin: stdin)
    }
}
