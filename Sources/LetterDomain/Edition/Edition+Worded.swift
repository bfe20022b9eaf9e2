/// An edition's words for a letter of another school year.
extension Edition {
    /// The edition as a letter of `year` prints it: every place its words name the
    /// edition's own school year names `year` instead, in the form's own style (see
    /// `YearWording` for exactly what counts), and `schoolYear` is `year`.
    ///
    /// Everything else stays as the edition has it: its id (the letter still uses this
    /// edition), lists and item ids, rules and the form date (`5-31-19` dates the form, not
    /// the letter). The edition's own year gives the edition back unchanged, so a bundled
    /// edition prints word for word for its year, and wording an already worded edition
    /// again changes nothing.
    ///
    /// `FormLayout` applies this for every letter it lays out, so text, Markdown, HTML, the
    /// wizard and the review screen all print the letter's year.
    public func worded(for year: SchoolYear) -> Edition {
        guard year != schoolYear else { return self }
        let wording = YearWording(from: schoolYear, to: year)
        var edition = mappingText(wording.apply)
        edition.schoolYear = year
        return edition
    }

    /// The edition with `change` applied to every string it prints (title, header lines,
    /// headings, paragraphs, list items, field labels, questions and notes, signature
    /// captions, the KDE designee, the network's names, pillars, the return-to block).
    /// Not to the id, the form date, the return-to email address or the ids of items and
    /// questions, which are not wording.
    public func mappingText(_ change: (String) -> String) -> Edition {
        // Copies changed field by field, so a field added to a type later is kept, not dropped.
        var edition = self
        edition.network.name = change(network.name)
        edition.network.abbreviation = change(network.abbreviation)
        edition.title = change(title)
        edition.headerLines = headerLines.map(change)
        edition.pillars = pillars?.map(change)
        for s in edition.sections.indices {
            edition.sections[s].heading = change(edition.sections[s].heading)
            edition.sections[s].blocks = edition.sections[s].blocks.map { $0.mappingText(change) }
        }
        for s in edition.signatories.indices {
            edition.signatories[s].label = change(edition.signatories[s].label)
            edition.signatories[s].dateLabel = change(edition.signatories[s].dateLabel)
        }
        edition.kdeDesignee.name = kdeDesignee.name.map(change)
        edition.kdeDesignee.title = kdeDesignee.title.map(change)
        edition.returnTo.name = change(returnTo.name)
        edition.returnTo.title = change(returnTo.title)
        edition.returnTo.office = returnTo.office.map(change)
        edition.returnTo.postalAddress = returnTo.postalAddress.map(change)
        edition.returnTo.text = returnTo.text.map(change)
        return edition
    }
}

extension EditionBlock {
    /// The block with `change` applied to its printed words.
    func mappingText(_ change: (String) -> String) -> EditionBlock {
        switch self {
        case .paragraph(let text): return .paragraph(change(text))
        case .subheading(let text): return .subheading(change(text))
        case .list(let role, let style, let items):
            return .list(role: role, style: style, items: items.map { item in
                var item = item
                item.title = item.title.map(change)
                item.text = change(item.text)
                return item
            })
        case .field(let field, let label): return .field(field, label: change(label))
        case .prompt(var prompt):
            prompt.text = change(prompt.text)
            prompt.note = prompt.note.map(change)
            return .prompt(prompt)
        case .signatures: return .signatures
        }
    }
}
