import Foundation
@testable import Screens
import TerminalUI
import Testing

/// The import screen's prompt at 80 columns: its help is wrapped, never cut (each sentence was
/// cut at the frame before: "before anythi").
@Suite struct ImportPromptTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func everyHelpSentenceIsShownWhole(columns: Int, rows: Int) throws {
        let store = try ScreenStore()
        var d = ScreenDriver(store, columns: columns, rows: rows)
        d.type("i")
        _ = d.render()
        let text = ImportScreenTests.flowing(d.screen)
        for sentence in ["Enter reads the file and shows what was found, field by field, before anything is stored.",
                         "A folder imports each of its .docx, .odt and .txt files as a draft and names every file it skipped.",
                         "School year: empty takes it from the file's own lines; type it for a form that prints none (2019-2020)."] {
            #expect(text.contains(sentence), "\(sentence) not whole in:\n\(d.screen)")
        }
    }
}
