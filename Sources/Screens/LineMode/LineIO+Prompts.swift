import LetterDomain

/// Asking and reading in line mode, shared by the wizard and the review so both behave
/// the same for a screen reader: a prompt ends in "> ", input is trimmed, and the end of
/// input is reported (nil) rather than taken for an answer.
extension LineIO {
    /// Writes `prompt` and "> ", then reads one line, trimmed; nil at end of input (after
    /// ending the prompt's line, so whatever is printed next starts on a line of its own).
    func ask(_ prompt: String) -> String? {
        write(VisibleText.make(prompt, keepNewlines: false) + "> ")
        guard let line = readLine() else {
            write("\n")
            return nil
        }
        return line.trimmed
    }

    /// Reads lines after `firstLine` up to one holding only a period, and returns them
    /// joined by newlines and trimmed. `complete` is false when input ended before the
    /// period: callers that must not act on half an answer check it.
    func readParagraphs(firstLine: String) -> (text: String, complete: Bool) {
        if firstLine.trimmed == "." { return ("", true) }
        var lines = [firstLine]
        while let line = readLine() {
            if line.trimmed == "." { return (lines.joined(separator: "\n").trimmed, true) }
            lines.append(line)
        }
        return (lines.joined(separator: "\n").trimmed, false)
    }
}
