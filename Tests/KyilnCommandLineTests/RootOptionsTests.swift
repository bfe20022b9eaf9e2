import ArgumentParser
import Testing
@testable import kyiln

/// `RootOptions(quickParsing:)` skips ArgumentParser on the usual start. It may decline
/// (nil: ArgumentParser decides) but must never read arguments differently.
@Suite("Root options: the fast path agrees with ArgumentParser")
struct RootOptionsTests {
    static let argumentLists: [[String]] = [
        [],
        ["--store=/tmp/s"], ["--store", "/tmp/s"], ["--store=/tmp/a=b"], ["--store", "dir with spaces"],
        ["--store="], ["--store"], ["--store", "--theme"], ["--store", "-x"], ["--store", "-"],
        ["--store=/a", "--store=/b"], ["--store", "/a", "--store", "/b"], ["--store=/a", "--store", "/b"],
        ["--theme=dark"], ["--theme", "dark"], ["--theme="], ["--theme"], ["--theme", "dark", "--theme", "light"],
        ["--no-mouse"], ["--no-mouse", "--no-mouse"], ["--no-mouse=yes"], ["--accessible"], ["--accessible", "--accessible"],
        ["--accessible=true"], ["--accessible", "--no-mouse"],
        ["--store", "/s", "--theme", "mono", "--no-mouse", "--accessible"],
        ["--accessible", "--theme=mono", "--store=/s", "--no-mouse"],
        ["--help"], ["-h"], ["help"], ["--store", "/s", "--help"], ["--version"],
        ["--unknown"], ["-x"], ["--store=/s", "--bogus"], ["--no-mouse", "extra"], ["--"], ["--", "--store"],
        ["list"], ["--store", "/s", "list"], ["list", "--store", "/s"], ["--store=/s", "show", "boone-county"],
        ["editions", "copy", "2022-2023", "--as", "x"], ["review"], ["--accessible", "review"],
        ["--store", "list"], ["--theme", "list"], ["--Store=/s"], ["-store=/s"], ["--store:/s"],
    ]

    /// What ArgumentParser makes of `arguments`: the root options when they name no
    /// command and parse, else nil.
    static func parsedByArgumentParser(_ arguments: [String]) -> RootOptions? {
        guard let command = try? Kyiln.parseAsRoot(arguments), let root = command as? Kyiln else { return nil }
        return RootOptions(store: root.store, theme: root.theme, noMouse: root.noMouse, accessible: root.accessible)
    }

    @Test(arguments: argumentLists)
    func fastPathDeclinesOrAgrees(_ arguments: [String]) {
        guard let quick = RootOptions(quickParsing: arguments) else { return }
        #expect(Self.parsedByArgumentParser(arguments) == quick, "\(arguments)")
    }

    @Test func theUsualStartsTakeTheFastPath() {
        for arguments in [[], ["--store=/s"], ["--store", "/s"], ["--theme", "mono", "--no-mouse"], ["--accessible"]] {
            let quick = RootOptions(quickParsing: arguments)
            #expect(quick != nil, "\(arguments)")
            #expect(Self.parsedByArgumentParser(arguments) == quick, "ArgumentParser reads \(arguments) the same")
        }
        #expect(RootOptions(quickParsing: ["--store", "/s", "--theme=mono", "--no-mouse", "--accessible"])
            == RootOptions(store: "/s", theme: "mono", noMouse: true, accessible: true))
    }

    @Test func commandsHelpAndMistakesAreLeftToArgumentParser() {
        for arguments in [["list"], ["--help"], ["--bogus"], ["--store"], ["--no-mouse", "--no-mouse"], ["--store=/a", "--store=/b"]] {
            #expect(RootOptions(quickParsing: arguments) == nil, "\(arguments)")
        }
    }
}
