import Testing
@testable import LetterDomain

@Suite("Looking for form text in a letter")
struct KeySearchTests {
    @Test func answersAsTheSearchByCharactersDoes() {
        let texts = [
            "letter of commitment kentucky innovative learning network",
            "the café au lait board", "the cafe\u{301} au lait board", "plain\r\nlines", "x\u{300}yz",
            "“quoted” and ‘single’ — dashes", "tail cafe", "", "a",
        ]
        let keys = ["letter of", "network", "cafe", "café", "au lait", "lines", "plain\r", "\nlines", "plain",
                    "yz", "x", "quoted", "dashes", "tail cafe", "missing", "a", "board", "e au"]
        for text in texts {
            let search = KeySearch(text)
            for key in keys {
                #expect(search.contains(key) == KeySearch.contains(key, in: text), "\(text.debugDescription) contains \(key.debugDescription)")
            }
        }
    }

    @Test func aKeyBeforeACombiningMarkIsNotFound() {
        // "cafe" + U+0301 is "café": the e is not an e on its own, so "cafe" is not in it.
        #expect(!KeySearch("the cafe\u{301} au lait").contains("cafe"))
        #expect(KeySearch("the cafe au lait").contains("cafe"))
    }

    @Test func theASCIIKeyIsTheKeyOfEveryCharacter() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcXYZ  \t\n\r*_\\`'\"-.,:;0123456789()[]")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(ImportText.asciiKey(text) == ImportText.keyByCharacters(text), "\(text.debugDescription)")
        }
        #expect(ImportText.asciiKey("Café") == nil)
        #expect(ImportText.key("  **Letter**  of\tCommitment_ ") == "letter of commitment")
    }
}
