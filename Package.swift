// swift-tools-version: 6.0
import PackageDescription

// Layers, top to bottom; arrows only point down:
//   kyiln (command line) -> Screens -> TerminalUI -> CNcurses
//                        \-> LetterRules -> LetterStore -> LetterDomain
//   Screens -> LetterRules (every create, save and move), LetterStore, LetterDomain
//   kyiln, Screens, TerminalUI, LetterStore -> SystemCalls (POSIX calls, once; at the bottom, no dependencies)
//   TerminalUI, LetterDomain, LetterStore, kyiln -> TextSafety (the one unsafe-character policy)
//   LetterRules, Screens, kyiln -> Mail (RFC 5322 messages, sendmail and .eml senders) -> TextSafety, SystemCalls
//   kyiln, Screens -> LetterFiles -> LetterDomain, WordDocument -> CZlib, SystemCalls (letter files: .docx, .odt, text)
let package = Package(
    name: "kyiln",
    products: [
        .executable(name: "kyiln", targets: ["kyiln"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // zlib, for the deflated parts of .docx and .odt files (Debian's zlib1g-dev).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // .docx (and .odt) files read into paragraphs, list items and table rows: ZIP, zlib and
        // a small XML reader; no Foundation. Only the import command and screen reach it.
        .target(name: "WordDocument", dependencies: ["CZlib"]),
        // Any letter file (Word, OpenDocument, text) to an import report: the one way in for both front ends.
        .target(name: "LetterFiles", dependencies: ["LetterDomain", "WordDocument", "SystemCalls"]),
        // The system layer: POSIX calls with typed errors, no Foundation.
        .target(name: "SystemCalls"),
        // kyiln's one policy for unsafe characters (which are shown as placeholders, and how); no Foundation.
        .target(name: "TextSafety"),
        .target(
            name: "LetterDomain",
            dependencies: ["TextSafety"],
            resources: [
                // Embedded as bytes so that reading them needs no Foundation.Bundle.
                .embedInCode("Editions/edition-2015-2016.json"),
                .embedInCode("Editions/edition-2019-2020.json"),
                .embedInCode("Editions/edition-2022-2023.json"),
            ]
        ),
        .target(name: "LetterStore", dependencies: ["TextSafety", "LetterDomain", "SystemCalls"]),
        // Plain-text messages as RFC 5322 writes them, and the ways they leave (sendmail, a folder); no Foundation.
        .target(name: "Mail", dependencies: ["TextSafety", "SystemCalls"]),
        // The rules service: the one place every front end creates, saves and moves letters.
        .target(name: "LetterRules", dependencies: ["LetterDomain", "LetterStore", "Mail"]),
        .target(name: "TerminalUI", dependencies: ["TextSafety", "CNcurses", "SystemCalls"], exclude: ["README.md"]),
        .target(name: "Screens", dependencies: ["TerminalUI", "LetterDomain", "LetterStore", "LetterRules", "LetterFiles", "SystemCalls", "Mail"]),
        .executableTarget(
            name: "kyiln",
            dependencies: [
                "TextSafety", "LetterDomain", "LetterStore", "LetterRules", "TerminalUI", "Screens", "SystemCalls", "Mail", "LetterFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // `kyiln --version`: the version and git commit, generated at build time (scripts/version-stamp).
            plugins: ["VersionStamp"]
        ),
        .plugin(name: "VersionStamp", capability: .buildTool()),
        // What several test targets share: temporary folders and stores, snapshots, a scripted line session.
        .target(
            name: "KyilnTestSupport",
            dependencies: ["LetterDomain", "LetterStore", "Screens"],
            path: "Tests/KyilnTestSupport"
        ),
        .testTarget(name: "SystemCallsTests", dependencies: ["SystemCalls"]),
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety"]),
        .testTarget(name: "MailTests", dependencies: ["Mail", "SystemCalls"]),
        .testTarget(name: "LetterDomainTests", dependencies: ["LetterDomain", "KyilnTestSupport"], resources: [.copy("Seeds")]),
        .testTarget(name: "WordDocumentTests", dependencies: ["WordDocument", "CZlib", "KyilnTestSupport"]),
        .testTarget(name: "LetterFilesTests", dependencies: ["LetterFiles", "LetterDomain", "WordDocument"], exclude: ["Corpus"]),
        .testTarget(name: "LetterStoreTests", dependencies: ["LetterStore", "LetterDomain", "KyilnTestSupport"]),
        .testTarget(name: "LetterRulesTests", dependencies: ["LetterRules", "LetterStore", "LetterDomain", "Mail", "KyilnTestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "KyilnTestSupport"]),
        .testTarget(name: "ScreensTests", dependencies: ["Screens", "TerminalUI", "LetterDomain", "LetterStore", "KyilnTestSupport"],
                    exclude: ["Snapshots"]),
        // Imports the executable target: SwiftPM builds an executable's module so that tests can
        // link it (its `main` renamed), on Linux too, so the command line needs no library target.
        .testTarget(name: "KyilnCommandLineTests", dependencies: [
            "kyiln", "LetterStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "kyilnTests", dependencies: ["LetterDomain", "LetterStore", "KyilnTestSupport"]),
    ]
)
