import KyilnTestSupport
import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeLoaderTests {
    /// A fresh temporary directory with the given theme files.
    func directory(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kyiln-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url.path
    }

    let ocean = "{ \"description\": \"Blue\", \"roles\": { \"title\": { \"fg\": \"blue\" } } }"

    @Test func traversalNamesAreRefused() {
        for name in ["../etc/passwd", "a/b", "..", "", "dark theme", "x.json", "thème", String(repeating: "a", count: 65)] {
            #expect(throws: ThemeError.invalidName(name)) { try ThemeLoader.validateName(name) }
        }
        for name in ["default", "high-contrast", "My_Theme2"] {
            #expect(throws: Never.self) { try ThemeLoader.validateName(name) }
        }
        let result = ThemeLoader(directories: []).load("../../etc/passwd")
        #expect(result.theme == Theme.builtinDefault)
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].contains("not allowed"))
    }

    @Test func loadsFromTheFirstDirectoryThatHasIt() throws {
        let first = try directory(["ocean.json": ocean])
        let second = try directory(["ocean.json": "{ \"roles\": {} }", "other.json": "{ \"roles\": {} }"])
        let loader = ThemeLoader(directories: [.init(path: first, origin: .environment), .init(path: second, origin: .store)])
        let result = loader.load("ocean")
        #expect(result.warnings.isEmpty)
        #expect(result.path == first + "/ocean.json")
        #expect(result.theme[.title].foreground == .basic(.blue))
        let listing = loader.list()
        #expect(listing.map(\.name) == ["ocean", "ocean", "other"])
        #expect(listing.map(\.isShadowed) == [false, true, false])
        #expect(listing.map(\.origin) == [.environment, .store, .store])
    }

    @Test func brokenThemeFallsBackToDefaultWithAWarning() throws {
        let dir = try directory(["broken.json": "{ not json", "typo.json": "{ \"roles\": { \"titel\": {} } }",
                                 "badcolour.json": "{ \"roles\": { \"title\": { \"fg\": \"chartreuse\" } } }"])
        let loader = ThemeLoader(directories: [.init(path: dir, origin: .environment)])
        let broken = loader.load("broken")
        #expect(broken.theme == Theme.builtinDefault)
        #expect(broken.warnings.first?.contains(dir + "/broken.json") == true)
        let typo = loader.load("typo")
        #expect(typo.theme == Theme.builtinDefault)
        #expect(typo.warnings.first?.contains("\"titel\"") == true)
        let colour = loader.load("badcolour")
        #expect(colour.warnings.first?.contains("roles.title.fg") == true)
        #expect(colour.warnings.first?.contains("chartreuse") == true)
        let missing = loader.load("nosuch")
        #expect(missing.theme == Theme.builtinDefault)
        #expect(missing.warnings.first?.contains("not found") == true)
    }

    @Test func builtInDefaultNeedsNoFile() {
        let result = ThemeLoader(directories: []).load("default")
        #expect(result.theme == Theme.builtinDefault)
        #expect(result.warnings.isEmpty)
    }

    @Test func noColorSelectsMonochrome() throws {
        let dir = try directory(["ocean.json": ocean])
        let loader = ThemeLoader(directories: [.init(path: dir, origin: .environment)])
        #expect(loader.select(requested: "ocean", environment: ["NO_COLOR": "1"], colorDepth: .indexed256).theme.name == "monochrome")
        #expect(loader.select(requested: "ocean", environment: ["NO_COLOR": ""], colorDepth: .indexed256).theme.name == "ocean")
        #expect(loader.select(requested: "ocean", environment: [:], colorDepth: .none).theme.name == "monochrome")
        #expect(loader.select(requested: nil, environment: [:], colorDepth: .basic8).theme == Theme.builtinDefault)
    }

    @Test func standardSearchOrder() {
        let loader = ThemeLoader(environment: ["KYILN_THEMES_DIR": "/env/themes", "HOME": "/home/ann"],
                                 storeDirectory: "/data/store", executablePath: "/opt/kyiln/bin/kyiln")
        #expect(loader.directories == [
            .init(path: "/env/themes", origin: .environment),
            .init(path: "/data/store/themes", origin: .store),
            .init(path: "/home/ann/.local/share/kyiln/themes", origin: .userData),
            .init(path: "/opt/kyiln/share/kyiln/themes", origin: .installed),
        ])
        let xdg = ThemeLoader(environment: ["XDG_DATA_HOME": "/xdg"], storeDirectory: nil, executablePath: nil)
        #expect(xdg.directories == [.init(path: "/xdg/kyiln/themes", origin: .userData)])
    }

    @Test func findsThePackageThemesFolderFromABuildDirectory() {
        let repo = PackageRoot.url().path
        let loader = ThemeLoader(environment: [:], storeDirectory: nil,
                                 executablePath: repo + "/.build/debug/kyiln")
        #expect(loader.directories.last == .init(path: repo + "/Themes", origin: .package))
        #expect(loader.load("high-contrast").warnings.isEmpty)
    }
}
