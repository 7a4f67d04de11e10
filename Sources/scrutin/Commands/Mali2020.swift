import ArgumentParser
import ScrutinCore
import ScrutinPublished
import ScrutinReference
import ScrutinReports

/// `scrutin` / `scrutin mali-2020`: the 2020 election from the embedded data.
struct Mali2020: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "mali-2020",
        abstract: HelpText.mali2020Abstract.text,
        discussion: HelpText.mali2020Discussion.text
    )

    @Flag(help: HelpText.mali2020Sources.help)
    var sources = false

    @Option(help: HelpText.mali2020Format.help)
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
