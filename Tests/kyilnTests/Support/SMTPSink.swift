import Foundation
import Testing

/// An SMTP server on 127.0.0.1 (Python's aiosmtpd) that writes each message it receives to
/// `<folder>/NNN.eml` (the bytes as received) and `NNN.json` (the envelope). It stops when the
/// test closes its input, and by itself after two minutes at the latest.
final class SMTPSink {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int
    private let process = Process()
    private let input = Pipe()

    static let script = """
        import json, os, socket, sys, threading
        from aiosmtpd.controller import Controller
        folder = sys.argv[1]
        class Keep:
            count = 0
            async def handle_DATA(self, server, session, envelope):
                Keep.count += 1
                base = os.path.join(folder, "%03d" % Keep.count)
                with open(base + ".json", "w") as f:
                    json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
                with open(base + ".eml", "wb") as f:
                    f.write(envelope.original_content)
                return "250 Message accepted for delivery"
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        controller = Controller(Keep(), hostname="127.0.0.1", port=port)
        controller.start()
        print(port, flush=True)
        threading.Timer(120, lambda: os._exit(0)).start()
        sys.stdin.read()
        controller.stop()
        os._exit(0)
        """

    init(folder: String, python: String = MailSMTPEndToEndTests.python) throws {
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", Self.script, folder]
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        let deadline = Date().addingTimeInterval(20)
        while !line.contains(0x0A) && Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            throw Failure(description: "the SMTP server did not start (said: \(String(decoding: line, as: UTF8.self)))")
        }
        self.port = port
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

extension KyilnProcess {
    /// Runs another program (not kyiln) with `arguments`, no input, and returns what it printed.
    static func runProgram(_ path: String, _ arguments: [String]) throws -> Result {
        try ChildProcess.run(path, arguments).result!  // no time limit: it always has a result
    }
}
