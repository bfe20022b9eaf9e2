import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("Hello") == 5)
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ｶ") == 1)  // halfwidth katakana
        #expect(DisplayWidth.of("Ａ") == 2)  // fullwidth A
    }

    @Test func combiningMarksAreZero() {
        let decomposed = "Jose\u{301}"
        #expect(decomposed.count == 4)
        #expect(DisplayWidth.of(decomposed) == 4)
        #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("José Muñoz") == 10)
    }

    @Test func zeroWidthFormatCharacters() {
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{FEFF}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{200D}" as Unicode.Scalar) == 0)
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👩‍💻") == 2)  // ZWJ sequence: one cluster
        #expect(DisplayWidth.of("🇺🇸") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)  // emoji presentation selector
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test func truncateAndPad() {
        #expect(DisplayWidth.truncate("Commitments", to: 6) == "Commi…")
        #expect(DisplayWidth.truncate("日本語", to: 5) == "日本…")
        #expect(DisplayWidth.pad("日本", to: 6) == "日本  ")
        #expect(DisplayWidth.prefix("日本語", fitting: 3) == "日")
    }
}
