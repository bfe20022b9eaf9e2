import Testing
@testable import TerminalUI

/// The input parser on byte sequences: it never waits for more than the escape delay and
/// never swallows what follows a broken sequence or an invalid byte.
@Suite struct InputParserTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
    static func typed(_ text: String) -> [TerminalEvent] { text.map { .key(.character($0)) } }

    @Test func plainKeysAndSequences() {
        var parser = InputParser()
        #expect(parser.feed(Self.bytes("a\u{1B}[A\u{1B}OB\u{1B}[5~\u{1B}[6~\u{1B}[Z\u{1B}OP\u{1B}[24~\r\u{7F}\t")) == [
            .key(.character("a")), .key(.up), .key(.down), .key(.pageUp), .key(.pageDown), .key(.backTab),
            .key(.function(1)), .key(.function(12)), .key(.enter), .key(.backspace), .key(.tab),
        ])
        #expect(parser.feed([0x03]) == [.quitRequested])
        #expect(parser.feed(Self.bytes("\u{1B}[1;5C")) == [.key(.right)])
        #expect(parser.feed(Self.bytes("\u{1B}[[A\u{1B}[[E\u{1B}[2~\u{1B}[3~\u{1B}[7~\u{1B}[4~")) == [
            .key(.function(1)), .key(.function(5)), .key(.insert), .key(.delete), .key(.home), .key(.end),
        ])
        #expect(!parser.isWaiting)
    }

    @Test func aLoneEscWaitsOnlyForTheFlush() {
        var parser = InputParser()
        #expect(parser.feed([0x1B]) == [])
        #expect(parser.isWaiting)
        #expect(parser.flush() == [.key(.escape)])
        #expect(!parser.isWaiting)
        #expect(parser.feed(Self.bytes("\u{1B}x")) == [.key(.escape), .key(.character("x"))])
    }

    @Test func mouseReportsSGRAndX10() {
        var parser = InputParser()
        #expect(parser.feed(Self.bytes("\u{1B}[<0;5;3M\u{1B}[<0;5;3m\u{1B}[<64;1;1M\u{1B}[<65;2;2M\u{1B}[<2;1;1M")) == [
            .key(.mouse(.click(Point(x: 4, y: 2)))), .key(.mouse(.wheelUp(Point(x: 0, y: 0)))),
            .key(.mouse(.wheelDown(Point(x: 1, y: 1)))),
        ])
        #expect(parser.feed([0x1B, 0x5B, 0x4D, 32, 33 + 9, 33 + 4]) == [.key(.mouse(.click(Point(x: 9, y: 4))))])
    }

    @Test func aTruncatedMouseReportTimesOutAndTheNextBytesAreThemselves() {
        var parser = InputParser()
        // Cut off in the middle, then nothing: the flush gives an Esc and the parser is idle again.
        #expect(parser.feed(Self.bytes("\u{1B}[<0;12")) == [])
        #expect(parser.flush() == [.key(.escape)])
        #expect(parser.feed(Self.bytes("hi")) == Self.typed("hi"))
        // Cut off and followed at once by text: the text is text.
        #expect(parser.feed(Self.bytes("\u{1B}[<hello")) == [.key(.escape)] + Self.typed("hello"))
    }

    @Test func aTruncatedSequenceBeforeTextAndABracketedPaste() {
        var parser = InputParser()
        let text = String(repeating: "pasted line\r", count: 300)
        let events = parser.feed(Self.bytes("\u{1B}[<") + Self.bytes("ok") + Self.bytes("\u{1B}[200~" + text + "\u{1B}[201~") + Self.bytes("z"))
        let pasted = String(repeating: "pasted line\n", count: 300)
        #expect(events == [.key(.escape)] + Self.typed("ok") + [.key(.paste(pasted)), .key(.character("z"))])
        // The same with a pause after the cut-off sequence.
        #expect(parser.feed(Self.bytes("\u{1B}[<1;2")) == [])
        #expect(parser.flush() == [.key(.escape)])
        #expect(parser.feed(Self.bytes("\u{1B}[200~a\rb\u{1B}[201~")) == [.key(.paste("a\nb"))])
    }

    @Test func aPasteSplitAcrossReadsAndOneWithoutItsEnd() {
        var parser = InputParser()
        #expect(parser.feed(Self.bytes("\u{1B}[200~caf") + [0xC3]) == [])
        #expect(parser.isPasting)
        #expect(parser.feed([0xA9] + Self.bytes("\u{1B}[20")) == [])
        #expect(parser.feed(Self.bytes("1~x")) == [.key(.paste("café")), .key(.character("x"))])
        #expect(parser.feed(Self.bytes("\u{1B}[200~never ends")) == [])
        #expect(parser.endPaste() == [.key(.paste("never ends"))])
        #expect(parser.feed(Self.bytes("y")) == Self.typed("y"))
    }

    @Test func invalidUTF8IsOneReplacementCharacterAndNothingElse() {
        var parser = InputParser()
        #expect(parser.feed([0xFF] + Self.bytes("abc")) == [.key(.character("\u{FFFD}"))] + Self.typed("abc"))
        #expect(parser.feed([0xE2, 0x82] + Self.bytes("x")) == [.key(.character("\u{FFFD}")), .key(.character("x"))])
        #expect(parser.feed([0xC3]) == [])  // cut between two reads: waits for the rest
        #expect(parser.feed([0xA9]) == [.key(.character("é"))])
        #expect(parser.feed([0xF0, 0x9F]) == [])
        #expect(parser.flush() == [.key(.character("\u{FFFD}"))])
        #expect(parser.feed(Self.bytes("next")) == Self.typed("next"))
        #expect(parser.feed([0xED, 0xA0, 0x80]) == Array(repeating: .key(.character("\u{FFFD}")), count: 3), "a surrogate is invalid")
    }

    @Test func aRunawaySequenceIsDropped() {
        var parser = InputParser()
        let long = Self.bytes("\u{1B}[" + String(repeating: "1;", count: 100))
        _ = parser.feed(long + Self.bytes("A"))
        #expect(!parser.isWaiting)
        #expect(parser.feed(Self.bytes("q")) == Self.typed("q"))
    }
}
