/// The canonical text of a letter: the exact bytes a signatory reads and signs, and whose
/// SHA-256 every signature record holds (`SignatureRecord.textSHA256`).
///
/// It is meant to be recomputed by anyone, years later, without kyiln's renderers: one
/// block of the form per line, never wrapped, so no line-breaking rule of a terminal or of a
/// Unicode version can move a byte. The rules (also in `docs/reference.md`):
/// - UTF-8, lines end in LF (`\n`), the text ends in one LF; no trailing spaces.
/// - Not Unicode-normalised: the characters are the ones typed and stored, byte for byte
///   (normalising would sign something other than what is on record). Control characters
///   are shown as kyiln shows them everywhere (`VisibleText`: `^[`, `<U+202E>`), tabs as spaces.
/// - First a four-line head (format name, district and slug, school year, edition id), then a
///   blank line, then the form's blocks in print order, worded for the letter's school year:
///   header lines, headings, paragraphs, list entries, fill-in fields, the district's answers
///   (their own line breaks kept, a blank line between paragraphs), return address. Blocks are
///   separated by a blank line, except consecutive header lines and list entries.
/// - Left out: the signature lines and the effective-period note under them (signing fills
///   them, so they cannot be part of what is signed), the status and every marking.
/// - Last, the district's acknowledgement of each commitment: `[x]` or `[ ]` and its text.
public enum CanonicalText {
    /// The name of this format, on the text's first line; a later format gets a new name.
    public static let format = "kyiln-canonical-1"

    /// The canonical text of `letter` on `edition` (its own edition, worded or not).
    public static func of(_ letter: Letter, edition: Edition) -> String {
        let layout = FormLayout(edition: edition, letter: letter)
        var lines = [
            "Letter of Commitment, canonical text \(format)",
            "District: \(one(letter.district.name)) (\(letter.district.slug))",
            "School year: \(letter.schoolYear)",
            "Edition: \(one(letter.editionID))",
        ]
        var previous: FormBlock?
        var afterSignature = false
        for block in layout.blocks {
            if case .signature = block {
                afterSignature = true
                continue
            }
            // The note right after the signature lines is the effective period, which signing changes.
            if afterSignature, case .note = block { continue }
            afterSignature = false
            if !(previous.map { block.continues($0) } ?? false) { lines.append("") }
            lines += Self.lines(of: block)
            previous = block
        }
        let expectations = layout.edition.expectations
        if !expectations.isEmpty {
            lines += ["", "Commitments acknowledged by the district:"]
            lines += expectations.map { (letter.isAcknowledged($0.id) ? "[x] " : "[ ] ") + one($0.fullText) }
        }
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits (`sha256sum` prints the same).
    public static func sha256(_ text: String) -> String {
        SHA256.hex(Array(text.utf8))
    }

    /// The SHA-256 of each content field of `letter` (`Workflow.contentFields`), by field path:
    /// kept in a signature record so that `verify` can name the field that changed, not only say
    /// that the text did.
    public static func fieldDigests(of letter: Letter) -> [String: String] {
        var paths: [FieldPath] = letter.acknowledgements.keys.sorted().map { .acknowledgement($0) }
        paths += [.districtName, .superintendentName, .superintendentEmail]
        for i in letter.contacts.indices { paths += FieldPath.ContactPart.allCases.map { .contact(i, $0) } }
        paths += letter.reflections.keys.sorted().map { .reflection($0) }
        paths += letter.actions.indices.map { .action($0) }
        var out: [String: String] = [:]
        for path in paths { out[path.description] = SHA256.hex(Array(letter.value(at: path).utf8)) }
        out["editionID"] = SHA256.hex(Array(letter.editionID.utf8))
        return out
    }

    private static func lines(of block: FormBlock) -> [String] {
        switch block {
        case .header(let text), .heading(let text), .subheading(let text), .paragraph(let text), .note(let text):
            return [one(text)]
        case .item(let marker, let text):
            return [marker + " " + (text.trimmed.isEmpty ? "(blank)" : one(text))]
        case .field(let label, let values):
            if values.isEmpty { return [one(label) + " (blank)"] }
            if values.count == 1 { return [one(label) + " " + one(values[0])] }
            return [one(label)] + values.map { "  " + one($0) }
        case .answer(let paragraphs):
            if paragraphs.isEmpty { return ["(no answer)"] }
            var out: [String] = []
            for (i, paragraph) in paragraphs.enumerated() {
                if i > 0 { out.append("") }
                out += paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { one(String($0)) }
            }
            return out
        case .lines(let lines):
            return lines.map(one)
        case .signature:
            return []
        }
    }

    /// One line of text as every kyiln output shows it: control characters made visible.
    private static func one(_ text: String) -> String {
        VisibleText.make(text, keepNewlines: false)
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
