/// The last page of the HTML export (and so of its print to PDF) of a signed letter: who
/// signed, their title, when, with which key, and the hash of the text, in plain words, with
/// how anyone can check it. A letter signed on paper says so. Unsigned letters get no page.
public enum SignaturePage {
    /// The page's HTML elements, one per line; empty for a letter nobody signed.
    public static func html(for layout: FormLayout) -> [String] {
        guard let letter = layout.letter, letter.status.locksContent, letter.signatures.district.date != nil else { return [] }
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        var out = ["<section class=\"signature-page\" style=\"page-break-before: always; break-before: page\">", "<h2>Signature page</h2>"]
        for line in SignatureWords.lines(letter) { out.append("<p>\(e(line))</p>") }
        let records = [letter.signatures.district.record, letter.signatures.kde.record].compactMap { $0 }
        guard let hash = records.first?.textSHA256 else {
            out.append("<p>This letter was signed on paper: the signed paper copy is the record. kyiln holds no electronic signature of it.</p>")
            out.append("</section>")
            return out
        }
        let slug = letter.district.slug, year = letter.schoolYear
        out.append("<p>Signing without paper, each person read the whole letter on screen, typed their full name and title, "
                   + "and confirmed with the words “\(e(SigningWords.intent(for: letter)))”. kyiln recorded the exact text they were shown.</p>")
        out.append("<p>That text has this SHA-256 fingerprint, a number that changes if even one character of the letter changes:</p>")
        out.append("<p><code>\(e(hash))</code></p>")
        out.append("<p>To check that this letter is still the text that was signed, anyone with kyiln can run "
                   + "<code>kyiln verify \(e(slug.rawValue)) --year \(e(year.description))</code>, or "
                   + "<code>kyiln export \(e(slug.rawValue)) --year \(e(year.description)) --format canonical | sha256sum</code>, "
                   + "which must print the same number.</p>")
        out.append("<p>A district that also signed this text with its own SSH key (<code>ssh-keygen -Y sign -n \(AllowedSignersNamespace.name)</code>) "
                   + "can have it checked with OpenSSH alone against <code>kyiln export --format allowed-signers</code>: "
                   + "<code>ssh-keygen -Y verify -f allowed_signers -I \(e(slug.rawValue)) -n \(AllowedSignersNamespace.name) -s letter.txt.sig &lt; letter.txt</code>.</p>")
        if let own = letter.signatures.district.record?.openSSH, own.armored.contains("\n") {
            out.append("<p>The district's own OpenSSH signature of that text, as kyiln checked and kept it (save it as letter.txt.sig):</p>")
            // One element a line here: the armor's own lines, so the copy is byte for byte what ssh-keygen wrote.
            var lines = own.armored.split(separator: "\n").map { e(String($0)) }
            lines[0] = "<pre>" + lines[0]
            lines[lines.count - 1] += "</pre>"
            out += lines
        }
        out.append("</section>")
        return out
    }
}

/// The OpenSSH namespace of a kyiln letter signature (`ssh-keygen -Y sign -n kyiln-letter`).
public enum AllowedSignersNamespace {
    public static let name = "kyiln-letter"
}
