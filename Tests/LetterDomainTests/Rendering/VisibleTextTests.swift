import Testing
@testable import LetterDomain

@Suite("Visible text")
struct VisibleTextTests {
    @Test("control characters become visible placeholders", arguments: [
        ("\u{1B}[31m", "^[[31m"), ("a\u{8}b", "a^Hb"), ("a\u{7F}b", "a^?b"), ("a\u{9B}31m", "a<U+009B>31m"),
        ("abc\u{202E}fed", "abc<U+202E>fed"), ("a\u{0}b", "a^@b"), ("a\u{7}", "a^G"), ("a\u{2066}b", "a<U+2066>b"),
    ])
    func placeholders(_ input: String, _ expected: String) {
        #expect(VisibleText.make(input) == expected)
        #expect(VisibleText.make(input, keepNewlines: false) == expected)
    }

    @Test("carriage returns: visible on one line; CRLF is a newline; a lone CR never reaches the terminal")
    func carriageReturns() {
        #expect(VisibleText.make("a\rb", keepNewlines: false) == "a^Mb")
        #expect(VisibleText.make("a\r\nb", keepNewlines: true) == "a\nb")
        #expect(VisibleText.make("a\r\nb", keepNewlines: false) == "a^M^Jb")
        #expect(VisibleText.make("abc\rxyz") == "abc^Mxyz")
        #expect(VisibleText.make("abc\r") == "abc^M")
        #expect(VisibleText.make("a\r\r\nb") == "a^M\nb")
    }

    @Test("newlines are kept only where asked; tabs become spaces")
    func newlinesAndTabs() {
        #expect(VisibleText.make("a\nb") == "a\nb")
        #expect(VisibleText.make("a\nb", keepNewlines: false) == "a^Jb")
        #expect(VisibleText.make("a\tb") == "a b")
    }

    @Test("ordinary text, accents and curly quotes pass unchanged")
    func plainText() {
        for text in ["Kentucky’s “college- and career-readiness” — Muñoz", "Sarah.Snipes@education.ky.gov", "", "東京"] {
            #expect(VisibleText.make(text) == text)
        }
    }
}
