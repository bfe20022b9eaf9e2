import Foundation
import KyilnTestSupport
import TerminalUI
import Testing

/// The light theme paints its own background, so it reads the same on a dark terminal as on a
/// light one (it used to leave the terminal's background: dark grey text on black).
@Suite struct LightThemeTests {
    static func light() throws -> Theme {
        let themes = PackageRoot.url().appendingPathComponent("Themes")
        let loader = ThemeLoader(directories: [ThemeSearchDirectory(path: themes.path, origin: .package)])
        return try loader.loadStrict("light").theme
    }

    @Test(arguments: [ColorDepth.indexed256, .basic8])
    func everyRoleHasItsOwnColours(depth: ColorDepth) throws {
        let theme = try Self.light()
        for role in Role.allCases {
            let (foreground, background) = theme[role].colorNumbers(for: depth)
            #expect(foreground != -1, "\(role) leaves the terminal's foreground at \(depth)")
            #expect(background != -1, "\(role) leaves the terminal's background at \(depth)")
        }
    }

    /// Text is dark on a light background: the screen's own background (the text role) is
    /// white and its text black, whatever the terminal's colours are.
    @Test func textIsBlackOnWhite() throws {
        let text = try Self.light()[.text]
        #expect(text.colorNumbers(for: .indexed256) == (16, 231))
        #expect(text.colorNumbers(for: .basic8) == (0, 7))
    }
}
