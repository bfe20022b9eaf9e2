import KyilnTestSupport
import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeParserTests {
    @Test func parsesAGoodFile() throws {
        let theme = try ThemeParser.parse("""
        { "description": "Test", "roles": {
            "title": { "fg": "cyan", "attributes": ["bold", "underline"] },
            "field": { "fg": "default", "bg": 236, "bg8": "blue" } } }
        """, path: "t.json", name: "test")
        #expect(theme.name == "test")
        #expect(theme.description == "Test")
        #expect(theme[.title] == RoleStyle(foreground: .basic(.cyan), attributes: [.bold, .underline]))
        #expect(theme[.field].background == .indexed(236))
        #expect(theme[.field].colorNumbers(for: .basic8) == (-1, 4))
        #expect(theme[.field].colorNumbers(for: .indexed256) == (-1, 236))
        #expect(theme[.field].colorNumbers(for: .none) == (-1, -1))
        // Roles left out come from the built-in default.
        #expect(theme[.error] == Theme.builtinDefault[.error])
    }

    @Test func brokenJSONIsAnError() {
        #expect(throws: ThemeError.malformed(path: "bad.json", detail: "not valid JSON")) {
            try ThemeParser.parse("{ \"roles\": { ", path: "bad.json", name: "bad")
        }
        #expect(throws: ThemeError.malformed(path: "bad.json", detail: "expected a \"roles\" object")) {
            try ThemeParser.parse("{}", path: "bad.json", name: "bad")
        }
    }

    @Test func unknownRoleNamesTheFileAndKey() {
        do {
            _ = try ThemeParser.parse("{ \"roles\": { \"txet\": {} } }", path: "/x/mine.json", name: "mine")
            Issue.record("expected an error")
        } catch {
            #expect(error == .unknownRole(path: "/x/mine.json", role: "txet"))
            #expect(error.description.contains("/x/mine.json"))
            #expect(error.description.contains("\"txet\""))
        }
    }

    @Test func badColoursAreRejected() {
        for value in ["\"purple\"", "256", "-1", "1.5", "true"] {
            #expect(throws: ThemeError.self) {
                try ThemeParser.parse("{ \"roles\": { \"text\": { \"fg\": \(value) } } }", path: "c.json", name: "c")
            }
        }
        do {
            _ = try ThemeParser.parse("{ \"roles\": { \"error\": { \"bg\": \"purple\" } } }", path: "c.json", name: "c")
        } catch {
            #expect(error == .badColor(path: "c.json", key: "roles.error.bg", value: "\"purple\""))
            #expect(error.description.contains("roles.error.bg"))
        }
    }

    @Test func badAttributeAndUnknownKey() {
        #expect(throws: ThemeError.badAttribute(path: "a.json", key: "roles.text.attributes", value: "\"blink\"")) {
            try ThemeParser.parse("{ \"roles\": { \"text\": { \"attributes\": [\"blink\"] } } }", path: "a.json", name: "a")
        }
        #expect(throws: ThemeError.unknownKey(path: "a.json", key: "roles.text.colour")) {
            try ThemeParser.parse("{ \"roles\": { \"text\": { \"colour\": \"red\" } } }", path: "a.json", name: "a")
        }
    }

    @Test func eightColourFallbackOfPaletteIndexes() {
        #expect(ThemeColor.indexed(9).eightColorFallback == .basic(.red))
        #expect(ThemeColor.indexed(196).eightColorFallback == .basic(.red))
        #expect(ThemeColor.indexed(21).eightColorFallback == .basic(.blue))
        #expect(ThemeColor.indexed(226).eightColorFallback == .basic(.yellow))
        #expect(ThemeColor.indexed(236).eightColorFallback == .basic(.black))
        #expect(ThemeColor.indexed(252).eightColorFallback == .basic(.white))
        #expect(ColorDepth(hasColors: true, colors: 256) == .indexed256)
        #expect(ColorDepth(hasColors: true, colors: 8) == .basic8)
        #expect(ColorDepth(hasColors: false, colors: 0) == .none)
    }

    @Test func jsonTextRoundTrips() throws {
        for theme in [Theme.builtinDefault, Theme.builtinMonochrome] {
            let parsed = try ThemeParser.parse(theme.jsonText(), path: "x", name: theme.name)
            #expect(parsed == theme)
        }
    }

    /// The shipped Themes/*.json must parse, cover every role, and default/monochrome must match the built-in copies.
    @Test func shippedThemesAreValid() throws {
        let themes = PackageRoot.url().appendingPathComponent("Themes")
        let loader = ThemeLoader(directories: [ThemeSearchDirectory(path: themes.path, origin: .package)])
        let names = Set(loader.list().map(\.name))
        #expect(names.isSuperset(of: ["default", "high-contrast", "monochrome", "light"]))
        for name in names {
            let (theme, _) = try loader.loadStrict(name)
            #expect(Set(theme.styles.keys) == Set(Role.allCases), "\(name) misses roles")
        }
        #expect(try loader.loadStrict("default").theme == Theme.builtinDefault)
        #expect(try loader.loadStrict("monochrome").theme == Theme.builtinMonochrome)
        for role in Role.allCases {
            #expect(Theme.builtinMonochrome[role].colorNumbers(for: .indexed256) == (-1, -1))
        }
    }
}
