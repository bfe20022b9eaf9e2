import Testing
@testable import TerminalUI

/// The keypad in application mode (DECKPAM, which `keypad` turns on from the terminal's
/// `smkx`, as TERM=vt100 has it) sends `ESC O` and a letter for its keys. PgDn there is
/// `ESC O s`, which used to be read as Esc and then "s": it left the letter.
@Suite struct KeypadSequenceTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func applicationKeypadKeysAreTheirEditingKeys() {
        var parser = InputParser()
        #expect(parser.feed(Self.bytes("\u{1B}Os\u{1B}Oy\u{1B}Oq\u{1B}Ow\u{1B}Op\u{1B}On\u{1B}Ox\u{1B}Or\u{1B}Ot\u{1B}Ov\u{1B}OM")) == [
            .key(.pageDown), .key(.pageUp), .key(.end), .key(.home), .key(.insert), .key(.delete),
            .key(.up), .key(.down), .key(.left), .key(.right), .key(.enter),
        ])
        #expect(!parser.isWaiting)
    }

    /// The keypad's operators type themselves; its centre key (5) has nothing to do and is dropped.
    @Test func operatorsTypeAndTheCentreKeyIsNothing() {
        var parser = InputParser()
        #expect(parser.feed(Self.bytes("\u{1B}Ok\u{1B}Om\u{1B}Oj\u{1B}Oo\u{1B}Ol\u{1B}Ou")) == [
            .key(.character("+")), .key(.character("-")), .key(.character("*")), .key(.character("/")), .key(.character(",")),
        ])
    }

    /// An unknown `ESC O` letter is a whole sequence kyiln does not use: never an Esc (which
    /// would leave the screen) and never typed text.
    @Test func anUnknownKeypadLetterIsDroppedNotAnEsc() {
        var parser = InputParser()
        #expect(parser.feed(Self.bytes("\u{1B}OZa")) == [.key(.character("a"))])
        // A byte outside the sequence range still ends it: Esc, then what came as itself.
        #expect(parser.feed(Self.bytes("\u{1B}O1")) == [.key(.escape), .key(.character("O")), .key(.character("1"))])
    }
}
