import ArgumentParser
import ScrutinCore
import ScrutinPublished
import ScrutinReference
import ScrutinReports

/// `scrutin` / `scrutin mali-2020`: the 2020 election from the embedded data.
struct Mali2020: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "mali-2020",
        abstract: "The 2020 election of Mali's National Assembly, from the embedded sourced data.",
        discussion: """
            Seats by party by round with the change since 2013, votes and turnout per round (provisional and final), \
            what the Constitutional Court changed, women elected. Every figure comes from shared/data/mali-2020; \
            shares, sums, changes and checks between levels are computed. Where sources conflict, the value used is \
            shown and the conflict named.
            """
    )

    @Flag(help: "Name the sources of each figure and list them with their addresses.")
    var sources = false

    @Option(help: "Output format: table or json (schema scrutin.reference/1).")
    var format: TableOrJSON = .table

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let record: PublishedRecord
        do {
            record = try RecordLoader.load(from: ReferenceData.mali2020)
        } catch {
            console.writeError(
                CheckReport(bundle: "embedded mali-2020", error: error, language: language).text(language: language)
            )
            return Status.unreadable
        }
        let report = ReferenceReport(record)
        switch format {
        case .json: console.write(try json(report))
        case .table: console.write(ReferenceText.render(report, language: language, sources: sources))
        }
        return 0
    }
}
