import KyilnTestSupport
import Testing
@testable import TerminalUI

/// A key costs the same in a long text as in a short one: the rows wrapped per key (counted
/// through `TextArea.wrappedRows`, not timed) do not grow with the text, and the rows and the
/// string kept across edits are always those a fresh area makes of the same text.
@Suite struct TypingCostTests {
    private static let sentence = "The district will review each school's plan with its council, and "

    /// Rows wrapped by typing `count` more characters at the end of an area holding `length`.
    private func rowsPerKey(length: Int, keys count: Int) -> Double {
        var area = TextArea(text: "", viewport: Size(columns: 78, rows: 8))
        let text = Array(String(repeating: Self.sentence, count: length / Self.sentence.count + 1).prefix(length))
        area.text = String(text)
        area.setCursor(text.count)
        _ = area.visualLines(columns: 78)
        _ = area.text
        let before = area.wrappedRows
        for character in Self.sentence.prefix(count) {
            _ = area.handle(.character(character))
            _ = area.visualLines(columns: 78)
            _ = area.text
        }
        return Double(area.wrappedRows - before) / Double(count)
    }

    @Test func rowsWrappedPerKeyDoNotGrowWithTheText() {
        let short = rowsPerKey(length: 100, keys: 40)
        let long = rowsPerKey(length: 20_000, keys: 40)
        #expect(long <= 4, "a key in 20,000 characters wrapped \(long) rows")
        #expect(long <= short * 2 + 1, "short \(short), long \(long)")
    }

    @Test func keptRowsAndTextMatchAFreshWrap() {
        var generator = SeededGenerator(seed: 7)
        let pieces: [Key] = [.character("a"), .character("b"), .character(" "), .character(" "), .enter, .backspace,
                             .delete, .left, .right, .up, .down, .home, .end, .control("w"), .control("k"),
                             .control("u"), .character("é"), .character("日"), .character("\u{301}"), .paste("one two\nthree")]
        for width in [5, 12, 30] {
            var area = TextArea(text: "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit", viewport: Size(columns: width, rows: 4))
            for step in 0..<1_500 {
                let key = pieces[Int(generator.next() % UInt64(pieces.count))]
                _ = area.handle(key)
                if step % 97 == 0 { _ = area.undo() }
                let kept = area.visualLines(columns: width)
                let fresh = TextWrapper.wrap(area.characters, width: width - 1)
                #expect(kept == fresh, "width \(width), step \(step), key \(key)")
                #expect(area.text == String(area.characters), "width \(width), step \(step)")
                if kept != fresh { return }
            }
        }
    }
}

