import Testing
@testable import TerminalUI

@Suite struct SanitizerTests {
    /// No raw control characters may reach a grid cell.
    func assertNoControls(_ grid: GridSurface, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in grid.cells {
            for cell in row {
                for scalar in cell.character.unicodeScalars {
                    let value = scalar.value
                    let bad = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                        || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
                    #expect(!bad, "raw control U+\(String(value, radix: 16)) in grid", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func escapeSequencesAreVisible() {
        let grid = GridSurface(columns: 40, rows: 1)
        grid.put("a\u{1B}[2Jb", at: .zero, role: .text)
        #expect(grid.text() == "a^[[2Jb")
        assertNoControls(grid)
    }

    @Test func osc52ClipboardWriteIsVisible() {
        let grid = GridSurface(columns: 40, rows: 1)
        grid.put("x\u{1B}]52;c;aGVsbG8=\u{07}y", at: .zero, role: .text)
        #expect(grid.text() == "x^[]52;c;aGVsbG8=^Gy")
        assertNoControls(grid)
    }

    @Test func backspacesCannotOverprintRejectedWithApproved() {
        let grid = GridSurface(columns: 60, rows: 1)
        let sneaky = "REJECTED" + String(repeating: "\u{08}", count: 8) + "APPROVED"
        grid.put(sneaky, at: .zero, role: .text)
        #expect(grid.text() == "REJECTED^H^H^H^H^H^H^H^HAPPROVED")
        #expect(grid.text().hasPrefix("REJECTED"))
        assertNoControls(grid)
    }

    @Test func carriageReturnIsVisible() {
        #expect(Sanitizer.displayable("REJECTED\rAPPROVED") == "REJECTED^MAPPROVED")
        #expect(Sanitizer.displayable("a\r\nb") == "a^M^Jb")
    }

    @Test func c1ControlsAndDelAreVisible() {
        #expect(Sanitizer.displayable("a\u{9B}31mb") == "a<U+009B>31mb")
        #expect(Sanitizer.displayable("a\u{7F}b") == "a^?b")
        #expect(Sanitizer.displayable("\u{0}") == "^@")
    }

    @Test func bidiOverridesAreVisible() {
        let grid = GridSurface(columns: 60, rows: 1)
        grid.put("invoice\u{202E}fdp.exe\u{2066}x\u{200F}", at: .zero, role: .text)
        #expect(grid.text() == "invoice<U+202E>fdp.exe<U+2066>x<U+200F>")
        assertNoControls(grid)
    }

    @Test func tabsBecomeSpaces() {
        #expect(Sanitizer.displayable("a\tb") == "a    b")
    }

    @Test func plainAndAccentedTextIsUnchanged() {
        for text in ["Hello", "José Muñoz", "e\u{301}", "日本語", "👩‍💻", ""] {
            #expect(Sanitizer.displayable(text) == text)
        }
    }

    @Test func loneCombiningMarkGetsABase() {
        #expect(Sanitizer.displayable("\u{301}x") == "\u{25CC}\u{301}x")
    }

    @Test func isIdempotent() {
        let nasty = "\u{1B}[31m\u{9B}\u{202E}\t\r\n\u{8}\u{301}"
        let once = Sanitizer.displayable(nasty)
        #expect(Sanitizer.displayable(once) == once)
        #expect(Sanitizer.isDisplayable(once))
        #expect(!Sanitizer.isDisplayable(nasty))
    }

    @Test func placeholdersHaveStableWidth() {
        #expect(DisplayWidth.of(Sanitizer.displayable("\u{1B}")) == 2)
        #expect(DisplayWidth.of(Sanitizer.displayable("\u{9B}")) == 8)
        #expect(DisplayWidth.of(Sanitizer.displayable("\u{202E}")) == 8)
    }
}
