import ArgumentParser

/// `--year 2022-2023`, shared by the commands that address one letter.
struct LetterAddress: ParsableArguments {
    @Argument(help: ArgumentHelp("The district's slug, such as boone-county.", valueName: "slug"))
    var slug: String

    @Option(name: .long, help: ArgumentHelp("The school year, such as 2022-2023.", valueName: "year"))
    var year: String
}
