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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["KYILN_STORE"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Output goes to files rather than pipes, so a large output can never dead-lock the test.
        let base = NSTemporaryDirectory() + "kyiln-run-" + UUID().uuidString
        #expect(FileManager.default.createFile(atPath: base + ".out", contents: nil), "a file the test needs could not be created")
        #expect(FileManager.default.createFile(atPath: base + ".err", contents: nil), "a file the test needs could not be created")
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let outData = try Data(contentsOf: URL(fileURLWithPath: base + ".out"))
        let errData = try Data(contentsOf: URL(fileURLWithPath: base + ".err"))
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
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
