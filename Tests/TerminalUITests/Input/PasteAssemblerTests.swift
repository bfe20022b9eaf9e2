import Testing
@testable import TerminalUI

@Suite struct PasteAssemblerTests {
    func feed(_ assembler: inout PasteAssembler, _ text: String) -> [Key] {
        text.unicodeScalars.compactMap { assembler.feed(.scalar($0.value)) }
    }

    @Test func collectsAWholePasteWithNewlines() {
        var assembler = PasteAssembler()
        #expect(assembler.feed(.begin) == nil)
        #expect(assembler.isCollecting)
        #expect(feed(&assembler, "Dear José,\rLine two\r\nLine three").isEmpty)
        #expect(assembler.feed(.end) == .paste("Dear José,\nLine two\nLine three"))
        #expect(!assembler.isCollecting)
    }

    @Test func ignoresInputOutsideAPasteAndStrayEnd() {
        var assembler = PasteAssembler()
        #expect(feed(&assembler, "abc").isEmpty)
        #expect(assembler.feed(.end) == nil)
    }

    @Test func respectsTheLimit() {
        var assembler = PasteAssembler()
        assembler.limit = 3
        _ = assembler.feed(.begin)
        _ = feed(&assembler, "abcdef")
        #expect(assembler.feed(.end) == .paste("abc"))
    }
}
