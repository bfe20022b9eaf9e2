import Testing
@testable import TerminalUI

@Suite struct TextWrapperTests {
    @Test func wrapsAtSpaces() {
        #expect(TextWrapper.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func keepsParagraphsAndBlankLines() {
        #expect(TextWrapper.wrap("a\n\nb", width: 10) == ["a", "", "b"])
    }

    @Test func breaksLongWords() {
        #expect(TextWrapper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func wrapsByDisplayWidth() {
        #expect(TextWrapper.wrap("日本語テキスト", width: 6) == ["日本語", "テキス", "ト"])
        #expect(TextWrapper.wrap("José Muñoz Ramírez", width: 10) == ["José Muñoz", "Ramírez"])
    }

    @Test func offsetsCoverEveryCharacter() {
        let characters = Array("one two three\nfour")
        let lines = TextWrapper.wrap(characters, width: 8)
        #expect(lines.map { String(characters[$0.start..<$0.end]) } == ["one two ", "three", "four"])
        #expect(lines.map(\.endsParagraph) == [false, true, true])
    }
}
