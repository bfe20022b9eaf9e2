import TextSafety

/// Makes text safe to write to a terminal or a file someone will `cat`: control
/// characters become visible placeholders instead of being sent as commands.
///
/// Which characters and which placeholders is kyiln's one policy, `TextSafety` (see
/// its table): C0 controls, ESC and DEL become caret notation (`^[`, `^H`, `^?`); C1
/// controls, the bidirectional overrides and isolates (which can make text read
/// backwards) and the line and paragraph separators become `<U+202E>`. Tabs become a
/// space. Newlines are kept only where asked (and then CRLF becomes a newline, while a
/// lone CR is shown as `^M`).
public enum VisibleText {
    /// The sanitised text.
    public static func make(_ text: String, keepNewlines: Bool = true) -> String {
        TextSafety.visible(text, lines: keepNewlines ? .kept : .single, tab: " ")
    }
}
