import Foundation
import Testing
@testable import TerminalUI

@Suite struct KeyNameTests {
    @Test func parsesTheNamesOfTheDefaults() throws {
        let expected: [String: Key] = [
            "ctrl-s": .control("s"), "CTRL-Q": .control("q"), "ctrl+z": .control("z"), "^y": .control("y"),
            "f1": .function(1), "F12": .function(12), "pgdn": .pageDown, "PageUp": .pageUp,
            "tab": .tab, "shift-tab": .backTab, "esc": .escape, "escape": .escape,
            "delete": .delete, "home": .home, "insert": .insert, "up": .up, "ctrl-_": .control("_"),
            "ctrl-i": .tab, "ctrl-[": .escape, "space": .character(" "), "x": .character("x"), " ctrl-n ": .control("n"),
        ]
        for (name, key) in expected {
            #expect(try KeyName.parse(name) == key, "\(name)")
        }
    }

    @Test func refusesUnsupportedAndUnknownNames() {
        #expect(throws: KeyName.Problem.ctrlC) { try KeyName.parse("ctrl-c") }
        #expect(throws: KeyName.Problem.empty) { try KeyName.parse("") }
        for name in ["alt-x", "meta-s", "shift-a", "f13", "ctrl-shift-s", "ctrl-1"] {
            #expect(performing: { try KeyName.parse(name) }, throws: { error in
                if case KeyName.Problem.unsupported(let n, _) = error { return n == name }
                return false
            })
        }
        for name in ["hyper", "ctrl-", "ctrl-sx", "\u{1B}"] {
            #expect(performing: { try KeyName.parse(name) }, throws: { error in
                if case KeyName.Problem.unknown = error { return true }
                return false
            })
        }
        do {
            _ = try KeyName.parse("alt-x")
            Issue.record("alt-x parsed")
        } catch {
            #expect(error.description.contains("alt-x") && error.description.contains("not supported"))
        }
    }

    @Test func canonicalNamesRoundTrip() throws {
        for keys in Keymap.defaultBindings.values {
            for key in keys {
                let name = try #require(KeyName.name(of: key))
                #expect(try KeyName.parse(name) == key)
            }
        }
        #expect(KeyName.name(of: .control("s")) == "ctrl-s")
        #expect(KeyName.name(of: .backTab) == "shift-tab")
        #expect(KeyName.name(of: .pageDown) == "pgdn")
        #expect(KeyName.name(of: .paste("x")) == nil)
    }
}

@Suite struct KeymapTests {
    func parse(_ json: String, path: String = "/k/keymap.json") -> KeymapLoadResult {
        Keymap.parse(Array(json.utf8), path: path)
    }

    @Test func defaultsAreTodaysBindings() {
        let map = Keymap.defaults
        #expect(map.action(for: .control("s")) == .save)
        #expect(map.action(for: .control("q")) == .quit)
        #expect(map.action(for: .function(1)) == .help)
        #expect(map.action(for: .tab) == .nextField)
        #expect(map.action(for: .backTab) == .previousField)
        #expect(map.action(for: .pageDown) == .nextStep)
        #expect(map.action(for: .control("n")) == .nextStep)
        #expect(map.action(for: .pageUp) == .previousStep)
        #expect(map.action(for: .control("p")) == .previousStep)
        #expect(map.action(for: .escape) == .back)
        #expect(map.action(for: .function(2)) == .status)
        #expect(map.action(for: .function(3)) == .history)
        #expect(map.action(for: .control("z")) == .undo)
        #expect(map.action(for: .control("y")) == .redo)
        #expect(map.action(for: .character("s")) == nil)
        #expect(map.action(for: .enter) == nil)
        #expect(map.keys(for: .nextStep) == [.pageDown, .control("n")])
        #expect(map.keyNames(for: .nextStep) == "PgDn/Ctrl-N")
        #expect(map.hint(for: .save) == KeyHint("Ctrl-S", "Save"))
        #expect(map.hint(for: .back, "Home") == KeyHint("Esc", "Home"))
        #expect(map.hint(for: .nextStep, "Step", short: true) == KeyHint("PgDn/^N", "Step"))
        #expect(map.keyNames(for: .previousStep, separator: " or ") == "PgUp or Ctrl-P")
        for action in KeyAction.allCases { #expect(!map.keys(for: action).isEmpty) }
    }

    @Test func theShippedExampleFileIsTheDefaults() throws {
        var directory = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory.deleteLastPathComponent()
        }
        let path = directory.appendingPathComponent("Themes/keymap.json").path
        let result = KeymapLoader(directories: [.init(path: directory.appendingPathComponent("Themes").path, origin: .package)]).load()
        #expect(result.path == path)
        #expect(result.problems.isEmpty)
        #expect(result.keymap == Keymap.defaults)
    }

    @Test func rebindingReplacesAnActionsKeysAndKeepsTheRest() {
        let result = parse("""
        { "description": "mine", "bindings": { "save": ["ctrl-w", "f10"], "nextStep": "f11", "help": ["F1", "f1"] } }
        """)
        #expect(result.problems.isEmpty)
        let map = result.keymap
        #expect(map.action(for: .control("w")) == .save)
        #expect(map.action(for: .function(10)) == .save)
        #expect(map.action(for: .control("s")) == nil)  // freed: goes to the widget
        #expect(map.keys(for: .nextStep) == [.function(11)])
        #expect(map.action(for: .pageDown) == nil)
        #expect(map.keys(for: .help) == [.function(1)])  // duplicates folded
        #expect(map.keys(for: .quit) == [.control("q")])
    }

    @Test func swappingTwoKeysIsNotAConflict() {
        let result = parse(#"{ "bindings": { "save": "f1", "help": "ctrl-s" } }"#)
        #expect(result.problems.isEmpty)
        #expect(result.keymap.action(for: .function(1)) == .save)
        #expect(result.keymap.action(for: .control("s")) == .help)
    }

    @Test func conflictWithADefaultKeepsTheEntrysDefault() {
        let result = parse(#"{ "bindings": { "save": ["ctrl-n"] } }"#)
        #expect(result.keymap == Keymap.defaults)
        #expect(result.problems == [.conflict(path: "/k/keymap.json", key: "Ctrl-N", actions: [.save, .nextStep], kept: .save)])
        #expect(result.warnings == [
            "Keymap file /k/keymap.json: Ctrl-N is bound to both bindings.save and bindings.nextStep. save keeps its default keys (Ctrl-S).",
        ])
    }

    @Test func conflictBetweenTwoEntriesKeepsBothDefaults() {
        let result = parse(#"{ "bindings": { "undo": "f5", "redo": "f5", "help": "f10" } }"#)
        #expect(result.keymap.keys(for: .undo) == [.control("z")])
        #expect(result.keymap.keys(for: .redo) == [.control("y")])
        #expect(result.keymap.keys(for: .help) == [.function(10)])  // unrelated entry still applies
        #expect(result.problems.map(\.action) == [.undo, .redo])
        #expect(result.warnings.allSatisfy { $0.contains("F5 is bound to both bindings.undo and bindings.redo") })
    }

    @Test func revertingCanCascade() {
        // save takes F2 (status's default) -> save reverts to Ctrl-S, which help took -> help reverts to F1.
        let result = parse(#"{ "bindings": { "help": "ctrl-s", "save": ["ctrl-x", "f2"] } }"#)
        #expect(result.keymap == Keymap.defaults)
        #expect(result.problems.compactMap(\.action) == [.save, .help])
    }

    @Test func unknownActionIsIgnoredWithAMessage() {
        let result = parse(#"{ "bindings": { "sav": "ctrl-w", "quit": "ctrl-x" }, "colour": 1 }"#)
        #expect(result.keymap.keys(for: .quit) == [.control("x")])
        #expect(result.keymap.keys(for: .save) == [.control("s")])
        #expect(result.problems == [.unknownSetting(path: "/k/keymap.json", key: "colour"),
                                    .unknownAction(path: "/k/keymap.json", name: "sav")])
        #expect(result.warnings[1].hasPrefix("Keymap file /k/keymap.json: bindings.sav: unknown action, ignored (actions: save, quit,"))
    }

    @Test func unknownOrUnsupportedKeyNameKeepsTheDefault() {
        let result = parse(#"{ "bindings": { "save": ["ctrl-w", "alt-x"], "quit": "ctrl-shift-q", "help": "hyper" } }"#)
        #expect(result.keymap == Keymap.defaults)
        #expect(result.problems.compactMap(\.action) == [.help, .quit, .save])
        let save = result.warnings[2]
        #expect(save.contains("/k/keymap.json") && save.contains("bindings.save") && save.contains("alt-x"))
        #expect(save.contains("not supported") && save.hasSuffix("save keeps its default keys (Ctrl-S)."))
        #expect(result.warnings[0].contains("unknown key name \"hyper\""))
    }

    @Test func keysNeededForTypingCannotBeTaken() {
        let result = parse(#"{ "bindings": { "save": "s", "quit": "enter", "help": "backspace", "back": "space", "undo": "ctrl-h", "redo": "ctrl-m", "status": "ctrl-c" } }"#)
        #expect(result.keymap == Keymap.defaults)
        let typing = result.problems.filter { if case .neededForTyping = $0 { return true } else { return false } }
        #expect(typing.compactMap(\.action).sorted { $0.rawValue < $1.rawValue } == [.back, .help, .quit, .redo, .save, .undo])
        #expect(result.warnings.contains("Keymap file /k/keymap.json: bindings.save: \"s\" is needed for typing and cannot be bound. save keeps its default keys (Ctrl-S)."))
        #expect(result.warnings.contains { $0.contains("bindings.status: ctrl-c cannot be bound") })
    }

    @Test func emptyListsAndWrongTypesKeepTheDefault() {
        let result = parse(#"{ "bindings": { "save": [], "quit": 3, "help": ["f4", 5] } }"#)
        #expect(result.keymap == Keymap.defaults)
        #expect(result.problems == [
            .badEntry(path: "/k/keymap.json", action: .help, detail: "5 is not a key name"),
            .badEntry(path: "/k/keymap.json", action: .quit, detail: "expected a key name or a list of key names, found 3"),
            .noKeys(path: "/k/keymap.json", action: .save),
        ])
    }

    @Test func badJSONGivesTheDefaultsEntirely() {
        for (json, detail) in [("{ \"bindings\": { \"save\": ", "not valid JSON"),
                               ("[1]", "expected a JSON object with \"bindings\", found an array"),
                               ("{ \"save\": \"f1\" }", "no \"bindings\" object"),
                               ("{ \"bindings\": [] }", "\"bindings\" must be an object, found an array")] {
            let result = parse(json)
            #expect(result.keymap == Keymap.defaults)
            #expect(result.problems.last == .malformed(path: "/k/keymap.json", detail: detail))
            #expect(result.warnings.last == "Keymap file /k/keymap.json: \(detail). Using the built-in key bindings.")
        }
    }

    @Test func initRefusesInvalidBindings() {
        #expect(throws: KeymapError.conflict(path: nil, key: "F1", actions: [.save, .help], kept: nil)) {
            try Keymap(bindings: [.help: [.function(1)], .save: [.function(1)]])
        }
        #expect(throws: KeymapError.neededForTyping(path: nil, action: .save, key: "enter")) {
            try Keymap(bindings: [.save: [.enter]])
        }
        #expect(throws: KeymapError.noKeys(path: nil, action: .quit)) { try Keymap(bindings: [.quit: []]) }
        let map = try? Keymap(bindings: [.save: [.function(5)]])
        #expect(map?.action(for: .function(5)) == .save)
    }

    @Test func jsonTextRoundTrips() {
        let custom = parse(#"{ "bindings": { "save": ["f5", "ctrl-w"], "back": "ctrl-g" } }"#).keymap
        let text = custom.jsonText(description: "Round \"trip\"")
        #expect(text.contains(#""save": ["f5", "ctrl-w"]"#))
        let again = parse(text)
        #expect(again.problems.isEmpty)
        #expect(again.keymap == custom)
        #expect(parse(Keymap.defaults.jsonText()).keymap == Keymap.defaults)
    }
}

@Suite struct KeymapLoaderTests {
    func directory(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kyiln-keymap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url.path
    }

    @Test func firstKeymapInTheThemeFoldersWins() throws {
        let empty = try directory(["ocean.json": "{ \"roles\": {} }"])
        let user = try directory(["keymap.json": #"{ "bindings": { "save": "f10" } }"#])
        let package = try directory(["keymap.json": #"{ "bindings": { "save": "f11" } }"#])
        let loader = KeymapLoader(directories: [.init(path: empty, origin: .environment), .init(path: user, origin: .userData),
                                                .init(path: package, origin: .package)])
        let result = loader.load()
        #expect(result.path == user + "/keymap.json")
        #expect(result.keymap.keys(for: .save) == [.function(10)])
    }

    @Test func noFileMeansDefaultsSilently() throws {
        let result = KeymapLoader(directories: [.init(path: try directory([:]), origin: .store)]).load()
        #expect(result.path == nil && result.problems.isEmpty && result.keymap == .defaults)
    }

    @Test func environmentNamesAFileDirectly() throws {
        let themes = try directory(["keymap.json": #"{ "bindings": { "save": "f10" } }"#])
        let other = try directory(["keys.json": #"{ "bindings": { "save": "f12" } }"#])
        let loader = KeymapLoader(environment: ["KYILN_KEYMAP": other + "/keys.json", "KYILN_THEMES_DIR": themes],
                                  storeDirectory: nil, executablePath: nil)
        #expect(loader.load().keymap.keys(for: .save) == [.function(12)])
        let standardDirectories = KeymapLoader(environment: ["KYILN_THEMES_DIR": themes, "HOME": "/home/x"],
                                               storeDirectory: "/store", executablePath: nil)
        #expect(standardDirectories.directories.map(\.path) == [themes, "/store/themes", "/home/x/.local/share/kyiln/themes"])
        #expect(standardDirectories.load().keymap.keys(for: .save) == [.function(10)])

        let missing = KeymapLoader(environment: ["KYILN_KEYMAP": other + "/nope.json", "KYILN_THEMES_DIR": themes],
                                   storeDirectory: nil, executablePath: nil).load()
        #expect(missing.keymap == .defaults)
        #expect(missing.warnings == ["Keymap file \(other)/nope.json (named by KYILN_KEYMAP) does not exist. Using the built-in key bindings."])
    }

    @Test func theKeymapIsNotListedOrLoadedAsATheme() throws {
        let folder = try directory(["keymap.json": #"{ "bindings": {} }"#, "ocean.json": "{ \"roles\": {} }"])
        let themes = ThemeLoader(directories: [.init(path: folder, origin: .environment)])
        #expect(themes.list().map(\.name) == ["ocean"])
        #expect(throws: ThemeError.self) { try themes.loadStrict("keymap") }
    }

    @Test func oversizedFileIsRefused() throws {
        let big = "{ \"description\": \"" + String(repeating: "x", count: 70 * 1024) + "\", \"bindings\": {} }"
        let folder = try directory(["keymap.json": big])
        let result = KeymapLoader(directories: [.init(path: folder, origin: .store)]).load()
        #expect(result.keymap == .defaults)
        #expect(result.warnings.first?.contains("larger than 64 KiB") == true)
    }

    @Test func resolvingAKeyGivesItsActionOnce() throws {
        let keymap = try Keymap(bindings: [.save: [.control("o")], .nextStep: [.function(10)]])
        #expect(keymap.resolve(.control("o")) == KeyPress(.control("o"), action: .save))
        #expect(keymap.resolve(.function(10)) == KeyPress(.function(10), action: .nextStep))
        // A default key the keymap took away does nothing at all.
        #expect(keymap.resolve(.control("s")) == nil)
        #expect(keymap.resolve(.pageDown) == nil)
        // Typing keys pass as they are.
        #expect(keymap.resolve(.character("s")) == KeyPress(.character("s")))
        #expect(keymap.resolve(.enter) == KeyPress(.enter))
        #expect(keymap.stepKeys(avoidingPageKeys: false) == "F10/PgUp")
        #expect(Keymap.defaults.stepKeys(avoidingPageKeys: true) == "^N/^P")
        #expect(Keymap.defaults.spoken(.nextStep) == "PgDn or Ctrl-N")
    }
}
