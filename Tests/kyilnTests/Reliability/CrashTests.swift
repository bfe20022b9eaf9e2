import Foundation
import Testing
import LetterDomain
import LetterStore

/// A writer saving a letter over and over is SIGKILLed at random moments: the letter
/// must always decode and hold a revision that was written, never an older one.
@Suite("Crashes: SIGKILL during saves, a full disk", .serialized)
struct CrashTests {
    static let year = "2022-2023"
    static let field = "reflections.previous-year"

    /// `save-loop KYILN STORE LOG FIRST`: `kyiln set` in a loop, each save with the next
    /// counter. "begin N" is logged before a save starts, "ok N" once kyiln reported it.
    static let saveLoop = """
        #!/bin/bash
        kyiln=$1; store=$2; log=$3; n=$4
        while :; do
          echo "begin $n" >> "$log"
          if "$kyiln" --store "$store" set boone-county --year 2022-2023 reflections.previous-year "counter-$n" >/dev/null 2>&1; then
            echo "ok $n" >> "$log"
          else
            echo "fail $n $?" >> "$log"
          fi
          n=$((n+1))
        done
        """

    /// The control: rewrites a file in place (open with O_TRUNC, then write), as a naive
    /// save would, alternating between two versions.
    static let inPlaceLoop = """
        #!/bin/bash
        while :; do cat "$1" > "$3"; cat "$2" > "$3"; done
        """

    /// What the log says so far.
    struct WriterLog {
        var lastOK = 0
        var begun: [Int] = []
        var failures: [String] = []
        var lastLineIsBegin = false

        init(_ path: String, initialOK: Int) {
            lastOK = initialOK
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ")
                guard parts.count >= 2, let n = Int(parts[1]) else { continue }
                switch parts[0] {
                case "begin": begun.append(n); lastLineIsBegin = true
                case "ok": lastOK = max(lastOK, n); lastLineIsBegin = false
                default: failures.append(String(line)); lastLineIsBegin = false
                }
            }
        }

        /// A file may hold the last reported save, or any save begun after it (in flight when killed).
        func acceptable(_ n: Int) -> Bool { n == lastOK || (n > lastOK && begun.contains(n)) }
    }

    /// The counter in a letter file, decoded the way kyiln decodes it.
    static func counter(in path: String) throws -> (value: Int, revision: Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let letter = try LetterCodec.decode(bytes, path: path)
        let text = letter.reflections["previous-year"] ?? ""
        guard text.hasPrefix("counter-"), let value = Int(text.dropFirst(8).prefix { $0.isNumber }) else {
            throw StoreError.unreadable(path: path, reason: "no counter in \(text.prefix(40))")
        }
        return (value, letter.revision)
    }

    static func milliseconds(_ ms: Double) { usleep(useconds_t(max(0, ms) * 1000)) }

    @Test func aWriterKilledWithSIGKILL200TimesNeverLeavesAHalfOrOlderLetter() throws {
        let store = StoreFolder()
        #expect(try store.kyiln("new", "--district", "Boone County", "--year", Self.year).status == 0)
        #expect(try store.kyiln("set", "boone-county", "--year", Self.year, Self.field, "counter-0").status == 0)
        let letterPath = store.path + "/letters/2022-2023/boone-county.json"
        let folder = store.path + "/letters/2022-2023"
        let script = try Reliability.script(Self.saveLoop, name: "save-loop")
        let log = NSTemporaryDirectory() + "kyiln-save-loop-" + UUID().uuidString + ".log"
        defer { unlink(script); unlink(log) }
        _ = FileManager.default.createFile(atPath: log, contents: nil)

        // How long one save takes here, so kills spread over start-up, load, write, fsync and rename.
        let started = Date()
        for i in 1...3 { _ = try store.kyiln("set", "boone-county", "--year", Self.year, Self.field, "counter-\(i)") }
        let saveMs = min(120, max(30, Date().timeIntervalSince(started) * 1000 / 3))
        var lastValue = 3, lastRevision = try Self.counter(in: letterPath).revision
        var next = 4
        var inFlight = 0, temporaryLeft = 0, advanced = 0
        var generator = SystemRandomNumberGenerator()

        let kills = 200
        for kill in 0..<kills {
            let before = WriterLog(log, initialOK: 3).begun.count
            let writer = try Reliability.spawnGroup(["/bin/bash", script, KyilnProcess.binary, store.path, log, "\(next)"])
            // Wait for this run's first save to begin, then kill at a random moment of it (or a later one).
            let deadline = Date().addingTimeInterval(5)
            while WriterLog(log, initialOK: 3).begun.count == before && Date() < deadline { Self.milliseconds(0.5) }
            Self.milliseconds(Double.random(in: 0...(saveMs + 10), using: &generator))
            writer.kill()
            Reliability.waitForLock(store.path)

            let state = WriterLog(log, initialOK: 3)
            #expect(state.failures.isEmpty, "a save failed: \(state.failures)")
            if state.lastLineIsBegin { inFlight += 1 }
            if Reliability.names(folder).contains(where: { $0.contains(".tmp-") }) { temporaryLeft += 1 }
            let (value, revision) = try #require(try? Self.counter(in: letterPath), "kill \(kill): the letter does not decode")
            #expect(state.acceptable(value), "kill \(kill): holds counter \(value); last reported \(state.lastOK)")
            #expect(value >= lastValue, "kill \(kill): counter went back from \(lastValue) to \(value)")
            #expect(revision >= lastRevision, "kill \(kill): revision went back from \(lastRevision) to \(revision)")
            if value > lastValue {
                advanced += 1
                #expect(revision > lastRevision, "kill \(kill): a new counter with an old revision")
            }
            lastValue = value
            lastRevision = revision
            next = (state.begun.max() ?? next) + 1

            // The next start removes what the killed save left behind.
            let list = try store.kyiln("list")
            #expect(list.status == 0, "kill \(kill): \(list.stderr)")
            let leftovers = (Reliability.names(folder) + Reliability.names(store.path)).filter { $0.contains(".tmp-") }
            #expect(leftovers.isEmpty, "kill \(kill): temporary files survived the next start: \(leftovers)")
        }
        let final = WriterLog(log, initialOK: 3)
        print("crash test: \(kills) kills, \(inFlight) with kyiln in flight, \(temporaryLeft) left a temporary file, counter advanced \(advanced) times, \(final.begun.count) saves begun, last counter \(lastValue) at revision \(lastRevision)")
        #expect(inFlight > kills / 4, "most kills should land while kyiln runs (\(inFlight) of \(kills))")
        #expect(advanced > 10)
    }

    @Test func controlAnInPlaceWriteKilledTheSameWayLeavesAHalfLetter() throws {
        let store = StoreFolder()
        #expect(try store.kyiln("new", "--district", "Boone County", "--year", Self.year).status == 0)
        let letterPath = store.path + "/letters/2022-2023/boone-county.json"
        // Two large versions of the letter (1 MB answers), so a write takes a while.
        let pad = String(repeating: "All of our schools take part. ", count: 35_000)
        var versions: [String] = []
        for n in [1, 2] {
            // Saved; exit 1 because the answer is over its length limit, which `set` reports.
            #expect(try store.kyiln("set", "boone-county", "--year", Self.year, Self.field, "-", stdin: "counter-\(n) \(pad)").status == 1)
            let copy = NSTemporaryDirectory() + "kyiln-version-\(n)-" + UUID().uuidString + ".json"
            try FileManager.default.copyItem(atPath: letterPath, toPath: copy)
            versions.append(copy)
        }
        let script = try Reliability.script(Self.inPlaceLoop, name: "in-place")
        defer { (versions + [script]).forEach { unlink($0) } }

        var broken = 0, kills = 0
        var generator = SystemRandomNumberGenerator()
        while kills < 20 || (broken == 0 && kills < 200) {
            let writer = try Reliability.spawnGroup(["/bin/bash", script, versions[0], versions[1], letterPath])
            Self.milliseconds(Double.random(in: 0...30, using: &generator))
            writer.kill()
            kills += 1
            if (try? Self.counter(in: letterPath)) == nil { broken += 1 }
            try FileManager.default.removeItem(atPath: letterPath)
            try FileManager.default.copyItem(atPath: versions[0], toPath: letterPath)
        }
        print("control: \(broken) of \(kills) kills left an in-place write half done")
        #expect(broken > 0, "the same check must catch a torn in-place write, or it proves nothing")
    }

    @Test func aFullDiskDuringSaveIsAClearErrorAndKeepsTheOldLetter() throws {
        let store = StoreFolder()
        #expect(try store.kyiln("new", "--district", "Boone County", "--year", Self.year).status == 0)
        #expect(try store.kyiln("set", "boone-county", "--year", Self.year, Self.field, "the old answer").status == 0)
        let folder = store.path + "/letters/2022-2023"
        let letterPath = folder + "/boone-county.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: letterPath))
        let big = NSTemporaryDirectory() + "kyiln-1mb-" + UUID().uuidString
        try Data(String(repeating: "a long answer ", count: 75_000).utf8).write(to: URL(fileURLWithPath: big))
        defer { unlink(big) }

        // A file-size limit of 256 KiB: with SIGXFSZ ignored, write() fails with EFBIG as on a full disk.
        let result = try Reliability.bash("""
            trap '' XFSZ
            ulimit -f 256
            exec "$KYILN" --store "$STORE" set boone-county --year 2022-2023 reflections.previous-year - < "$BIG"
            """, environment: ["STORE": store.path, "BIG": big])
        #expect(result.status == 74, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("saving \(letterPath) failed"), "the message names the letter file: \(result.stderr)")
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: letterPath)) == before, "the old letter is intact")
        #expect(!Reliability.names(folder).contains { $0.contains(".tmp-") }, "no temporary file is left")
        let show = try store.kyiln("show", "boone-county", "--year", Self.year, "--format", "json")
        #expect(show.status == 0 && show.stdout.contains("the old answer"))
        // Once there is room again, the same save works.
        let retry = try Reliability.bash("exec \"$KYILN\" --store \"$STORE\" set boone-county --year 2022-2023 reflections.previous-year - < \"$BIG\"",
                                         environment: ["STORE": store.path, "BIG": big])
        // Saved; exit 1 because a 1 MB answer is over its length limit, which `set` reports.
        #expect(retry.status == 1 && retry.stderr.contains("saved, but reflections.previous-year has 1 error"), "\(retry.stderr)")
    }
}
