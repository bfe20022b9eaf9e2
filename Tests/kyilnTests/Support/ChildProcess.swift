import Foundation
import Testing

/// Runs a program as a child process, its output going to files rather than pipes (so a large
/// output can never dead-lock the test), with a time limit. The one place the process-level
/// tests start children: `KyilnProcess.run`, `runProgram`, `ReliabilitySupport.bash` and the
/// special-file tests all come here.
enum ChildProcess {
    /// How a run ended: its result (the status is 128 + the signal when a signal ended it),
    /// or nil when it was still running after the time limit and had to be killed.
    struct Outcome {
        var result: KyilnProcess.Result?
        var elapsed: Double
    }

    /// Runs `path` with `arguments`; `stdin` nil means /dev/null. The environment is this
    /// process's, without `KYILN_STORE`, with `environment` on top.
    static func run(_ path: String, _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    seconds: Double = .infinity) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["KYILN_STORE"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let base = NSTemporaryDirectory() + "kyiln-child-" + UUID().uuidString
        for file in [base + ".out", base + ".err"] {
            #expect(FileManager.default.createFile(atPath: file, contents: nil), "could not create \(file) for a child's output")
        }
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        let start = Date()
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        while process.isRunning && Date().timeIntervalSince(start) < seconds { usleep(5_000) }
        let elapsed = Date().timeIntervalSince(start)
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return Outcome(result: nil, elapsed: elapsed)
        }
        process.waitUntilExit()
        let out = String(decoding: try Data(contentsOf: URL(fileURLWithPath: base + ".out")), as: UTF8.self)
        let err = String(decoding: try Data(contentsOf: URL(fileURLWithPath: base + ".err")), as: UTF8.self)
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Outcome(result: KyilnProcess.Result(status: status, stdout: out, stderr: err), elapsed: elapsed)
    }
}
