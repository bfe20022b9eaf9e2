import Foundation
import Testing
import LetterDomain
import LetterStore

/// Two processes change the same letter at once, each reading it, changing it and
/// saving it with the revision it read; meanwhile `kyiln` lists, shows and exports it.
///
/// The two writers are this test binary started again (`/proc/self/exe`) with a filter
/// that runs only `readModifyWriteWorkerProcess`, which does its work only when the
/// parent set `KYILN_RMW_STORE`; in a normal run it returns at once.
@Suite("Concurrency: two writers, readers during saves", .serialized)
struct ConcurrencyTests {
    static let year = try! SchoolYear("2022-2023")
    static let slug = try! DistrictSlug("boone-county")
    static let changesPerWriter = 500

    @Test func readModifyWriteWorkerProcess() throws {
        let env = ProcessInfo.processInfo.environment
        guard let root = env["KYILN_RMW_STORE"], let name = env["KYILN_RMW_NAME"], let out = env["KYILN_RMW_OUT"],
              let count = env["KYILN_RMW_COUNT"].flatMap(Int.init), let go = env["KYILN_RMW_GO"] else { return }
        let store = try LetterStore.open(at: root)
        while !FileManager.default.fileExists(atPath: go) { usleep(500) }
        var lines: [String] = []
        for i in 1...count {
            var attempt = 0
            while true {
                var letter = try store.load(Self.slug, year: Self.year)
                let token = "\(name)\(i).\(attempt)"
                letter.reflections["previous-year", default: ""] += " " + token
                // Keep the file small (the history would grow by an entry per save): only
                // the answer and the revision check matter here.
                letter.history.removeAll()
                do {
                    let saved = try store.save(letter, by: name)
                    lines.append("ok \(token) \(saved.revision)")
                    break
                } catch {
                    guard case .conflict = error else { throw error }
                    lines.append("conflict \(token)")
                    attempt += 1
                }
            }
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: out))
    }

    /// Starts a worker: this test binary, running only the worker test.
    private func startWorker(_ name: String, store: String, out: String, go: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["--testing-library", "swift-testing", "--filter", "readModifyWriteWorkerProcess"]
        var env = ProcessInfo.processInfo.environment
        env["KYILN_RMW_STORE"] = store
        env["KYILN_RMW_NAME"] = name
        env["KYILN_RMW_OUT"] = out
        env["KYILN_RMW_GO"] = go
        env["KYILN_RMW_COUNT"] = "\(Self.changesPerWriter)"
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func twoProcessesEach500ReadModifyWriteChangesLoseNothing() throws {
        let folder = StoreFolder()
        let store = try LetterStore.open(at: folder.path)
        var letter = Letter(district: District(name: "Boone County", slug: Self.slug), schoolYear: Self.year, editionID: "2022-2023", createdBy: "test")
        letter.reflections["previous-year"] = "start"
        try store.create(letter, by: "test")
        let base = NSTemporaryDirectory() + "kyiln-rmw-" + UUID().uuidString
        let go = base + ".go"
        defer { ["A", "B"].forEach { unlink(base + ".\($0)") }; unlink(go) }
        let workers = try ["A", "B"].map { try startWorker($0, store: folder.path, out: base + ".\($0)", go: go) }
        _ = FileManager.default.createFile(atPath: go, contents: nil)

        // Readers while the saves run: every answer is a whole letter, consistent with its revision.
        var reads = 0, readFailures: [String] = []
        let path = store.letterPath(Self.slug, Self.year)
        while workers.contains(where: \.isRunning) {
            let show = try folder.kyiln("show", "boone-county", "--year", "2022-2023", "--format", "json")
            if show.status != 0 { readFailures.append("show: exit \(show.status) \(show.stderr)") } else {
                do {
                    let seen = try LetterCodec.decode(Array(show.stdout.utf8), path: path)
                    let tokens = (seen.reflections["previous-year"] ?? "").split(separator: " ").count - 1
                    if tokens != seen.revision - 1 { readFailures.append("show: revision \(seen.revision) with \(tokens) changes") }
                } catch { readFailures.append("show: \(error)") }
            }
            let list = try folder.kyiln("list", "--json")
            if list.status != 0 { readFailures.append("list: exit \(list.status) \(list.stderr)") } else if
                let rows = try? JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]], rows.count == 1,
                rows[0]["slug"] as? String == "boone-county" {} else { readFailures.append("list: \(list.stdout.prefix(200))") }
            let csv = try folder.kyiln("export", "--year", "2022-2023", "--format", "csv")
            if csv.status != 0 || csv.stdout.split(separator: "\r\n").count != 2 { readFailures.append("csv: exit \(csv.status) \(csv.stderr)") }
            let text = try folder.kyiln("export", "boone-county", "--year", "2022-2023", "--format", "text")
            if text.status != 0 || !text.stdout.contains("Boone County") { readFailures.append("text export: exit \(text.status) \(text.stderr)") }
            reads += 4
        }
        workers.forEach { $0.waitUntilExit() }
        #expect(workers.allSatisfy { $0.terminationStatus == 0 }, "a worker failed")
        #expect(readFailures.isEmpty, "\(readFailures.count) of \(reads) reads failed: \(readFailures.prefix(5))")

        var succeeded: [String] = [], conflicted: [String] = []
        for name in ["A", "B"] {
            let text = try String(contentsOfFile: base + ".\(name)", encoding: .utf8)
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ")
                if parts[0] == "ok" { succeeded.append(String(parts[1])) } else { conflicted.append(String(parts[1])) }
            }
        }
        let final = try store.load(Self.slug, year: Self.year)
        let tokens = (final.reflections["previous-year"] ?? "").split(separator: " ").dropFirst().map(String.init)
        #expect(succeeded.count == 2 * Self.changesPerWriter)
        #expect(tokens.count == succeeded.count, "each reported success is in the letter exactly once")
        #expect(Set(tokens) == Set(succeeded), "missing: \(Set(succeeded).subtracting(tokens).prefix(5)), extra: \(Set(tokens).subtracting(succeeded).prefix(5))")
        #expect(Set(tokens).isDisjoint(with: conflicted), "a change that reported a conflict was saved anyway")
        #expect(final.revision == 1 + succeeded.count)
        // Each writer's own changes are in its order.
        for name in ["A", "B"] {
            let mine = tokens.filter { $0.hasPrefix(name) }.map { Int($0.dropFirst().split(separator: ".")[0])! }
            #expect(mine == Array(1...Self.changesPerWriter))
        }
        #expect(!conflicted.isEmpty, "the writers never overlapped, so the revision check was not exercised")
        print("concurrency: \(succeeded.count) changes saved, \(conflicted.count) conflicts reported and retried, \(reads) reads during the saves, \(readFailures.count) failed")
    }
}
