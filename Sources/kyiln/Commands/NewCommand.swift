import ArgumentParser
import LetterDomain
import LetterRules
import LetterStore

/// `kyiln new --district "Boone County" --year 2022-2023`: creates a draft and prints its slug.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create a draft letter and print its slug.")

    @ParentCommand var root: Kyiln

    @Option(help: ArgumentHelp("The district's name as written on the letter.", valueName: "name"))
    var district: String

    @Option(help: ArgumentHelp("The school year, such as 2022-2023.", valueName: "year"))
    var year: String

    @Option(help: ArgumentHelp("The edition id (default: the newest edition for the year).", valueName: "id"))
    var edition: String?

    @Option(help: ArgumentHelp("The slug to use instead of one derived from the name.", valueName: "slug"))
    var slug: String?

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let letter = try context.service.create(districtName: district, slug: try slug.map { try DistrictSlug($0) },
                                                    year: try SchoolYear(year), editionID: edition)
            print(letter.district.slug.rawValue)
        }
    }
}
