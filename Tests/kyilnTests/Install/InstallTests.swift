import Foundation
import KyilnTestSupport
import Testing

/// `scripts/install` into a temporary DESTDIR, then the installed kyiln run from another
/// folder: it names its version and commit, finds its installed themes and keymap (not the
/// checkout's), and the man page and the bash, zsh and fish completions are in place.
@Suite("Installing kyiln")
struct InstallTests {
    static let root = PackageRoot.url().path

    /// Runs a program in `directory`, returning its status and output.
    func run(_ program: String, _ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// `kyiln <VERSION> (commit <hex>[-modified])`, where the version is the first line of VERSION
    /// and the commit one of this repository's (the one the binary was built from: HEAD, or an
    /// earlier one when nothing was rebuilt since).
    func expectVersion(_ text: String) throws {
        let version = try String(contentsOfFile: Self.root + "/VERSION", encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
        let prefix = "kyiln \(version) (commit "
        #expect(text.hasPrefix(prefix) && text.hasSuffix(")\n"), "\(text)")
        guard text.hasPrefix(prefix) else { return }
        var commit = String(text.dropFirst(prefix.count).prefix { $0 != ")" })
        if commit.hasSuffix("-modified") { commit = String(commit.dropLast("-modified".count)) }
        #expect(commit.count == 12 && commit.allSatisfy(\.isHexDigit), "\(text)")
        let known = try run("/usr/bin/git", ["-c", "safe.directory=*", "cat-file", "-e", commit + "^{commit}"], in: Self.root)
        #expect(known.status == 0, "\(commit) is not a commit of this repository: \(known.err)")
    }

    @Test func theInstalledKyilnWorksFromAnyFolder() throws {
        let stage = TemporaryFolder(prefix: "kyiln-install-")
        let elsewhere = TemporaryFolder(prefix: "kyiln-elsewhere-")
        try FileManager.default.createDirectory(atPath: elsewhere.path, withIntermediateDirectories: true)
        let installed = try run("/bin/bash", [Self.root + "/scripts/install", "--binary", KyilnProcess.binary, "--destdir", stage.path, "--prefix", "/opt/kyiln"],
                                in: elsewhere.path)
        try #require(installed.status == 0, "\(installed.err)")
        let prefix = stage.path + "/opt/kyiln"
        let kyiln = prefix + "/bin/kyiln"
        #expect(installed.out == kyiln + "\n")
        let version = try run(kyiln, ["--version"], in: elsewhere.path)
        #expect(version.status == 0)
        try expectVersion(version.out)
        // The installed themes are found next to the installed binary, from any folder.
        let themes = try run(kyiln, ["--store", elsewhere.path + "/store", "themes"], in: elsewhere.path, environment: ["XDG_DATA_HOME": elsewhere.path + "/data", "HOME": elsewhere.path])
        #expect(themes.status == 0, "\(themes.err)")
        #expect(themes.out.contains("default\t\(prefix)/share/kyiln/themes/default.json"), "\(themes.out)")
        #expect(!themes.out.contains(Self.root + "/Themes/default.json"), "\(themes.out)")
        #expect(FileManager.default.fileExists(atPath: prefix + "/share/kyiln/themes/keymap.json"))
        let manual = try String(contentsOfFile: prefix + "/share/man/man1/kyiln.1", encoding: .utf8)
        #expect(manual.contains(".Dt KYILN 1") && manual.contains("access"), "the man page is kyiln's")
        for (path, mark) in [("share/bash-completion/completions/kyiln", "_kyiln"), ("share/zsh/site-functions/_kyiln", "#compdef kyiln"),
                             ("share/fish/vendor_completions.d/kyiln.fish", "complete -c 'kyiln'")] {
            let text = (try? String(contentsOfFile: prefix + "/" + path, encoding: .utf8)) ?? ""
            #expect(text.contains(mark), "\(path) does not hold kyiln's completions")
        }
        let mode = try FileManager.default.attributesOfItem(atPath: kyiln)[.posixPermissions] as? Int
        #expect(mode == 0o755)
    }

    @Test func aRelativePrefixIsRefused() throws {
        let result = try run("/bin/bash", [Self.root + "/scripts/install", "--binary", KyilnProcess.binary, "--prefix", "opt"], in: Self.root)
        #expect(result.status == 64)
        #expect(result.err.contains("--prefix must be an absolute path"), "\(result.err)")
    }
}
