import Foundation
import Testing
import LetterDomain
import LetterStore

/// The store as a whole: its format file, its lock file, modes whatever the umask,
/// a store anyone could write, and names that would become paths outside it.
@Suite("Bad store files, permissions and path traversal")
struct StoreSafetyTests {
    private func newStore() throws -> StoreFolder {
        let folder = StoreFolder()
        #expect(try folder.kyiln("new", "--district", "Boone County", "--year", "2022-2023").status == 0)
        return folder
    }

    private func mode(_ path: String) -> Int {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
    }

    // MARK: Format file

    @Test func aMissingOrWrongFormatFileIsExit78NamingIt() throws {
        let cases: [(String, Data?)] = [
            ("missing", nil),
            ("empty", Data()),
            ("another format", Data("{\"format\": \"something-else\", \"version\": 1}".utf8)),
            ("a JSON array", Data("[\"kyiln-store\"]".utf8)),
            ("binary", Data([0xFF, 0x00, 0x1B, 0x5B, 0x32, 0x4A])),
            ("a newer version", Data("{\"format\": \"kyiln-store\", \"version\": 99}".utf8)),
            ("deeply nested", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
        ]
        for (label, content) in cases {
            let folder = try newStore()
            let format = folder.path + "/kyiln-store.json"
            if let content { try content.write(to: URL(fileURLWithPath: format)) } else { unlink(format) }
            let letter = folder.path + "/letters/2022-2023/boone-county.json"
            let before = try Data(contentsOf: URL(fileURLWithPath: letter))
            for arguments in [["list"], ["show", "boone-county", "--year", "2022-2023"], ["set", "boone-county", "--year", "2022-2023", "superintendent.name", "X"]] {
                let result = try KyilnProcess.run(["--store", folder.path] + arguments)
                #expect(result.status == 78, "\(label), \(arguments[0]): exit \(result.status) \(result.stderr)")
                #expect(result.stderr.contains("kyiln-store.json"), "\(label): names the format file: \(result.stderr)")
                #expect(Reliability.controlCharacters(in: Array(result.stderr.utf8)).isEmpty)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: letter)) == before, "\(label): the letter is untouched")
            if let content { #expect(try Data(contentsOf: URL(fileURLWithPath: format)) == content, "\(label): the format file is untouched") }
            else { #expect(!FileManager.default.fileExists(atPath: format), "a store with letters is never taken over") }
        }
    }

    // MARK: Lock file

    /// Runs kyiln as `uid` (root runs it through setpriv as an unused uid that owns the store).
    private func kyilnAs(_ uid: UInt32?, _ folder: StoreFolder, _ arguments: [String]) throws -> KyilnProcess.Result {
        guard let uid else { return try KyilnProcess.run(["--store", folder.path] + arguments) }
        let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try Reliability.bash("exec setpriv --reuid=\(uid) --regid=\(uid) --clear-groups -- \"$KYILN\" --store \"$STORE\" \(quoted)",
                                    environment: ["STORE": folder.path, "HOME": "/nonexistent", "USER": "reviewer"])
    }

    @Test func aLockFileThatCannotBeWrittenRefusesSavesWithExit77AndStillReads() throws {
        let folder = try newStore()
        let lock = folder.path + "/store.lock"
        let letter = folder.path + "/letters/2022-2023/boone-county.json"
        var uid: UInt32?
        if geteuid() == 0 {
            // Root writes any file, so the check runs as a uid nobody uses, owning the store.
            uid = 54_321
            #expect(try Reliability.bash("chown -R \(uid!):\(uid!) \"$STORE\"", environment: ["STORE": folder.path]).status == 0)
        }
        chmod(lock, 0o400)
        let before = try Data(contentsOf: URL(fileURLWithPath: letter))
        let set = try kyilnAs(uid, folder, ["set", "boone-county", "--year", "2022-2023", "superintendent.name", "X"])
        #expect(set.status == 77, "exit \(set.status): \(set.stderr)")
        #expect(set.stderr.contains(lock), "names the lock file: \(set.stderr)")
        #expect(set.stderr.contains("write access"), "says what to do: \(set.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: letter)) == before)
        #expect(mode(lock) == 0o400, "the lock file is untouched")
        let show = try kyilnAs(uid, folder, ["show", "boone-county", "--year", "2022-2023"])
        #expect(show.status == 0, "reading needs no lock: \(show.stderr)")
        let list = try kyilnAs(uid, folder, ["list"])
        #expect(list.status == 0 && list.stdout.contains("boone-county"), "\(list.stderr)")
    }

    // MARK: Modes

    @Test(arguments: ["000", "077", "022"])
    func storeFoldersAndFilesGetTheDocumentedModesWhateverTheUmask(_ umask: String) throws {
        let folder = StoreFolder()
        let result = try Reliability.bash("""
            umask \(umask)
            "$KYILN" --store "$STORE" new --district "Boone County" --year 2022-2023 &&
            "$KYILN" --store "$STORE" set boone-county --year 2022-2023 superintendent.name "Ann Lee" &&
            "$KYILN" --store "$STORE" list
            """, environment: ["STORE": folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let year = folder.path + "/letters/2022-2023"
        for path in [folder.path, folder.path + "/letters", year] {
            #expect(mode(path) == 0o700, "umask \(umask): \(path) is \(String(mode(path), radix: 8))")
        }
        for path in [folder.path + "/kyiln-store.json", folder.path + "/store.lock", year + "/boone-county.json", year + "/.index"] {
            #expect(mode(path) == 0o600, "umask \(umask): \(path) is \(String(mode(path), radix: 8))")
        }
    }

    @Test func aStoreWritableByEveryoneIsRefusedWithExit77AndTheFix() throws {
        let folder = try newStore()
        let year = folder.path + "/letters/2022-2023"
        for path in [folder.path, folder.path + "/letters", year, folder.path + "/kyiln-store.json", folder.path + "/store.lock"] {
            let old = mode(path)
            chmod(path, mode_t(old | 0o002))
            for arguments in [["list"], ["show", "boone-county", "--year", "2022-2023"]] {
                let result = try KyilnProcess.run(["--store", folder.path] + arguments)
                #expect(result.status == 77, "\(path) o+w, \(arguments[0]): exit \(result.status) \(result.stderr)")
                #expect(result.stderr.contains("chmod o-w \(path)"), "says how to fix it: \(result.stderr)")
            }
            chmod(path, mode_t(old))
        }
        // A letter file anyone could have changed is not trusted; listing names it with the fix.
        let letter = year + "/boone-county.json"
        chmod(letter, 0o666)
        let show = try folder.kyiln("show", "boone-county", "--year", "2022-2023")
        #expect(show.status == 77, "\(show.stderr)")
        #expect(show.stderr.contains("chmod o-w \(letter)"), "\(show.stderr)")
        let list = try folder.kyiln("list")
        #expect(list.status != 0 && list.stderr.contains("chmod o-w \(letter)"), "exit \(list.status): \(list.stderr)")
        chmod(letter, 0o600)
        #expect(try folder.kyiln("list").status == 0)
    }

    // MARK: Path traversal

    @Test func everyNameThatBecomesAPathRefusesTraversal() throws {
        let parent = NSTemporaryDirectory() + "kyiln-traversal-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let store = parent + "/store"
        func kyiln(_ arguments: String...) throws -> KyilnProcess.Result { try run(arguments) }
        func run(_ arguments: [String]) throws -> KyilnProcess.Result { try KyilnProcess.run(["--store", store] + arguments) }
        #expect(try kyiln("new", "--district", "Boone County", "--year", "2022-2023").status == 0)

        let bad = ["../x", "../../etc/passwd", "a/b", "..", ".", "", "/etc", "x/../../y", "boone-county/..", "%2e%2e", "boone county", "Ünïcode", "x\u{1B}[2J"]
        var refused = 0
        for name in bad {
            let attempts: [[String]] = [
                ["new", "--district", "Kenton County", "--year", name],
                ["new", "--district", "Kenton County", "--year", "2022-2023", "--slug", name],
                ["new", "--district", "Kenton County", "--year", "2022-2023", "--slug", "kenton-county", "--edition", name],
                ["set", name, "--year", "2022-2023", "superintendent.name", "X"],
                ["set", "boone-county", "--year", name, "superintendent.name", "X"],
                ["show", name, "--year", "2022-2023"],
                ["show", "boone-county", "--year", name],
                ["validate", name, "--year", "2022-2023"],
                ["history", name, "--year", "2022-2023"],
                ["status", name, "--year", "2022-2023", "in-review"],
                ["export", name, "--year", "2022-2023", "--format", "json"],
                ["export", "--year", name, "--format", "csv"],
                ["list", "--year", name],
                ["rollover", "--from", name, "--to", "2023-2024"],
                ["rollover", "--from", "2022-2023", "--to", name],
            ]
            for arguments in attempts {
                let result = try run(arguments)
                #expect([64, 66].contains(result.status), "\(arguments): exit \(result.status) \(result.stdout) \(result.stderr)")
                #expect(!result.stderr.isEmpty, "\(arguments): says why")
                #expect(Reliability.controlCharacters(in: Array(result.stderr.utf8)).isEmpty)
                refused += 1
            }
        }
        // A district whose name looks like a path gets a plain slug inside the store.
        let odd = try kyiln("new", "--district", "../../etc/passwd", "--year", "2022-2023")
        #expect(odd.status == 0 && !odd.stdout.contains("/") && !odd.stdout.contains(".."), "\(odd.stdout) \(odd.stderr)")
        // A letter file naming an edition id that looks like a path is a clear error, not a read outside.
        let letterPath = store + "/letters/2022-2023/boone-county.json"
        var text = try String(contentsOfFile: letterPath, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"editionID\" : \"2022-2023\"", with: "\"editionID\" : \"..\\/..\\/..\\/..\\/etc\\/passwd\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: letterPath))
        let show = try kyiln("show", "boone-county", "--year", "2022-2023")
        #expect([65, 66].contains(show.status), "exit \(show.status): \(show.stderr)")
        #expect(!show.stdout.contains("root:"), "nothing outside the store is read")
        // An import whose district name is a path.
        let txt = parent + "/letter.txt"
        let seed = try String(contentsOfFile: Self.seed("letter-2022-2023-blank.txt") ?? "/nonexistent", encoding: .utf8)
        try Data(seed.replacingOccurrences(of: "District name:", with: "District name: ../../../../tmp/evil").utf8).write(to: URL(fileURLWithPath: txt))
        let imported = try kyiln("import", txt, "--year", "2022-2023")
        #expect([0, 65].contains(imported.status), "exit \(imported.status): \(imported.stdout) \(imported.stderr)")

        #expect(Reliability.names(parent).sorted() == ["letter.txt", "store"], "nothing was written beside the store: \(Reliability.names(parent))")
        let stray = try FileManager.default.subpathsOfDirectory(atPath: store).filter { $0.split(separator: "/").contains("..") || !($0.hasPrefix("letters") || $0 == "kyiln-store.json" || $0 == "store.lock") }
        #expect(stray.isEmpty, "\(stray)")
        print("path traversal: \(refused) attempts with \(bad.count) hostile names refused")
    }

    /// A seed file of the LetterDomain tests, found from this source file.
    static func seed(_ name: String) -> String? {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = tests.appendingPathComponent("LetterDomainTests/Seeds/" + name).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
