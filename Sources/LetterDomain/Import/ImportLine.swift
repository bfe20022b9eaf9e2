/// One line of an imported text, cleaned for reading.
struct ImportLine: Sendable {
    /// 1-based line number in the file, for reports.
    var number: Int
    /// The line with markers removed and odd spaces made plain; tabs kept (they
    /// separate a signature from its date).
    var raw: String
    /// `raw` with tabs as spaces, trimmed.
    var clean: String
    /// `clean` folded for comparing with the form: lowercased, straight quotes,
    /// plain hyphens, no emphasis marks, single spaces.
    var key: String
    /// Whether the line held bytes that are not text (invalid UTF-8, control characters).
    var isJunk: Bool
    /// What the file said this line is (plain text says nothing).
    var structure: SourceLine.Structure = .plain

    var isBlank: Bool { clean.isEmpty && !isJunk }

    /// A line of underscores (a signature or fill-in line), possibly with a date on it.
    var isRule: Bool {
        let underscores = clean.filter { $0 == "_" }.count
        return underscores >= 5 && underscores * 2 >= clean.filter { $0 != " " }.count
    }
}
