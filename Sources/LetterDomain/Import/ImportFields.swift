/// Reading single values out of the lines the importer found for a field.
enum ImportFields {
    /// Characters that separate a name from an address ("Jo Ray, jo@x.us", "Jo Ray <jo@x.us>").
    static let separators: Set<Character> = [",", "/", "|", ";", ":", "<", ">", "(", ")", "[", "]", "-", "\u{2013}", "\u{2014}", "\"", "'"]

    /// The words of a text that look like email addresses, with surrounding punctuation removed.
    static func emails(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "/" || $0 == "|" }).compactMap { word in
            guard word.contains("@") else { return nil }
            var w = Substring(word)
            while let first = w.first, separators.contains(first) || first == "." { w = w.dropFirst() }
            while let last = w.last, separators.contains(last) || last == "." { w = w.dropLast() }
            if w.lowercased().hasPrefix("mailto:") { w = w.dropFirst(7) }
            return w.isEmpty ? nil : String(w)
        }
    }

    /// Text with separators and white space trimmed from both ends.
    static func trimSeparators(_ text: String) -> String {
        var s = Substring(text.trimmed)
        while let first = s.first, separators.contains(first) || first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, separators.contains(last) || last.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// A name and an address written together; nil parts were not there or unclear.
    static func nameAndEmail(_ text: String) -> (name: String?, email: String?, problem: String?) {
        let found = emails(in: text)
        if found.count > 1 { return (nil, nil, "more than one email address; which is the superintendent's is unclear") }
        guard let email = found.first else {
            let name = trimSeparators(text)
            return (name.isEmpty ? nil : name, nil, nil)
        }
        var rest = text
        if let range = rest.firstRange(of: email) { rest.removeSubrange(range) }
        rest = rest.replacing("mailto:", with: "")
        var name = trimSeparators(rest)
        // "Email:" or "email address" written as a label before the address.
        for label in ["email address", "e-mail", "email"] where name.lowercased().hasSuffix(label) {
            name = trimSeparators(String(name.dropLast(label.count)))
        }
        return (name.isEmpty ? nil : name, email, nil)
    }

    /// One point of contact written `name/title/email` (the form's way), or with commas,
    /// tabs, semicolons or bars; nil when the line does not split clearly.
    static func contact(_ raw: String) -> Contact? {
        for separator in ["/", "\t", "|", ";", " \u{2013} ", " \u{2014} ", " - ", ","] {
            let parts = raw.split(separator: separator, omittingEmptySubsequences: false).map { String($0) }.map { trimSeparatorsKeepingInner($0) }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { continue }
            let mailParts = parts.indices.filter { parts[$0].contains("@") && !parts[$0].contains(" ") }
            guard mailParts.count == 1, mailParts[0] == parts.count - 1, let email = emails(in: parts[parts.count - 1]).first else { continue }
            let title = parts.count >= 3 ? parts[1..<(parts.count - 1)].joined(separator: [",": ", ", ";": "; ", "|": " | ", "\t": " "][separator] ?? separator) : ""
            return Contact(name: parts[0], title: title, email: email)
        }
        return nil
    }

    private static func trimSeparatorsKeepingInner(_ text: String) -> String {
        text.replacing("\t", with: " ").trimmed
    }

    /// The dates written in a line: `8/18/15`, `8/18/2015`, `2015-08-18`, `August 18, 2015`.
    /// Tokens that look like dates but are not real days are returned as problems.
    static func dates(in text: String) -> (dates: [CalendarDate], problems: [String]) {
        var dates: [CalendarDate] = []
        var problems: [String] = []
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "_" }).map { String($0).trimmingPunctuation }
        var i = 0
        while i < words.count {
            let word = words[i]
            let lower = word.lowercased()
            if lower.count >= 3, lower.allSatisfy(\.isLetter), let month = monthNames.firstIndex(where: { $0.hasPrefix(lower) }),
               i + 2 < words.count, let day = Int(words[i + 1]), words[i + 2].count == 4, let year = Int(words[i + 2]) {
                do { dates.append(try CalendarDate(year: year, month: month + 1, day: day)) } catch { problems.append(error.description) }
                i += 3
                continue
            }
            let looksLikeDate = word.contains(where: \.isNumber) && (word.filter({ $0 == "/" }).count == 2 || (word.filter({ $0 == "-" }).count == 2 && word.first?.isNumber == true))
                && word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "/" || $0 == "-") }
            if looksLikeDate {
                do { dates.append(try CalendarDate(parsing: word)) } catch { problems.append(error.description) }
            }
            i += 1
        }
        return (dates, problems)
    }

    /// Whether a word is a month's name or its abbreviation ("Oct", "Oct.", "October").
    static func isMonthName(_ word: String) -> Bool {
        let lower = word.lowercased().trimmingPunctuation
        return lower.count >= 3 && lower.allSatisfy(\.isLetter) && monthNames.contains { $0.hasPrefix(lower) }
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]

    /// The first school year written like `2015-2016` or `2022 - 2023` (en dash too).
    static func schoolYear(in text: String) -> SchoolYear? {
        let chars = Array(text)
        var i = 0
        func fourDigits(at index: Int) -> Int? {
            guard index + 4 <= chars.count, chars[index..<(index + 4)].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if index > 0, chars[index - 1].isNumber { return nil }
            if index + 4 < chars.count, chars[index + 4].isNumber { return nil }
            return Int(String(chars[index..<(index + 4)]))
        }
        while i < chars.count {
            if let first = fourDigits(at: i) {
                var j = i + 4
                while j < chars.count, chars[j] == " " { j += 1 }
                if j < chars.count, chars[j] == "-" || chars[j] == "\u{2013}" || chars[j] == "\u{2014}" {
                    j += 1
                    while j < chars.count, chars[j] == " " { j += 1 }
                    if let second = fourDigits(at: j), second == first + 1, let year = try? SchoolYear("\(first)-\(second)") {
                        return year
                    }
                }
                i += 4
            } else {
                i += 1
            }
        }
        return nil
    }
}

extension String {
    /// Without leading and trailing punctuation that often clings to a date (commas, dots, parentheses).
    fileprivate var trimmingPunctuation: String {
        var s = Substring(self)
        let strip: Set<Character> = [",", ".", ";", ":", "(", ")", "[", "]", "\"", "'"]
        while let first = s.first, strip.contains(first) { s = s.dropFirst() }
        while let last = s.last, strip.contains(last) { s = s.dropLast() }
        return String(s)
    }
}

extension ImportFields {
    /// A value written after a label, without the label's colon.
    static func trimLeadingColon(_ text: String) -> String {
        var s = Substring(text.trimmed)
        while s.first == ":" { s = s.dropFirst() }
        return String(s).trimmed
    }
}
