import LetterDomain
import TerminalUI

/// The "Sign" dialog of the review screen, for the district's signatory: the whole letter as
/// it will be signed (its canonical text, scrolled with the arrows and PgUp/PgDn), its SHA-256,
/// then the full name, the title and the words that state the intent, typed.
struct SigningForm: Sendable {
    enum Field: Int, CaseIterable, Sendable {
        case name, title, words
    }

    /// The text shown, and its hash: what is recorded is the hash of exactly this text.
    var reader: TextView
    let sha256: String
    /// "I sign this Letter of Commitment between ... and KDE for ...".
    let intent: String
    var name = TextField(placeholder: "Your full name", maxLength: 80)
    var title: TextField
    var words = TextField(placeholder: "", maxLength: 200)
    var focus: Field = .name

    init(text: String, sha256: String, intent: String, grantedTitle: String) {
        reader = TextView(text: text)
        self.sha256 = sha256
        self.intent = intent
        title = TextField(text: grantedTitle, maxLength: 80)
        words = TextField(placeholder: "type: " + intent, maxLength: 200)
    }

    /// Why the form cannot be signed yet, or nil when everything is typed.
    var missing: String? {
        if name.text.trimmed.isEmpty { return "Type your full name to sign." }
        if title.text.trimmed.isEmpty { return "Type your title to sign." }
        if !SigningWords.matches(words.text, letter: nil, intent: intent) { return "To sign, type exactly: \(intent)" }
        return nil
    }

    /// Types into the focused field; the text scrolls with the keys a field does not use.
    mutating func type(_ key: Key) {
        switch key {
        case .pageUp, .pageDown, .up, .down:
            _ = reader.handle(key)
        default:
            switch focus {
            case .name: _ = name.handle(key)
            case .title: _ = title.handle(key)
            case .words: _ = words.handle(key)
            }
        }
    }

    mutating func moveFocus(by delta: Int) {
        let all = Field.allCases
        focus = all[(focus.rawValue + delta + all.count) % all.count]
    }

    /// Draws the dialog in `box`: the text above, the fields below.
    func draw(on surface: any DrawingSurface, in box: Rect, keymap: Keymap) {
        let inner = Box().draw(on: surface, in: box, title: "Sign the letter").inset(left: 1, right: 1)
        let textRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(3, inner.height - 6))
        var copy = reader
        copy.viewport = textRect.size
        copy.draw(on: surface, in: textRect, focused: false)
        var y = textRect.maxY
        surface.put("This is the whole letter as you sign it. Its SHA-256: \(sha256)", at: Point(x: inner.x, y: y), role: .muted, width: inner.width)
        for (field, label) in [(Field.name, "Name:"), (.title, "Title:"), (.words, "Words:")] {
            y += 1
            surface.put(label, at: Point(x: inner.x, y: y), role: .accent, width: 7)
            var input = field == .name ? name : field == .title ? title : words
            input.visibleWidth = inner.width - 8
            input.draw(on: surface, in: Rect(x: inner.x + 8, y: y, width: inner.width - 8, height: 1), focused: focus == field)
        }
        surface.put("\(keymap.spoken(.save)) or Enter on Words signs · \(keymap.spoken(.nextField)): next field · PgUp/PgDn: the text · \(keymap.spoken(.back)) cancels",
                    at: Point(x: inner.x, y: y + 1), role: .muted, width: inner.width)
    }
}
