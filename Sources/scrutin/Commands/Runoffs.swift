import ArgumentParser
import ScrutinCore
import ScrutinReports

/// `scrutin runoffs BUNDLE`: the runoff pair of each constituency after round 1.
struct Runoffs: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "runoffs",
        abstract: HelpText.runoffsAbstract.text,
        discussion: HelpText.runoffsDiscussion.text
    )

    @Argument(help: HelpText.bundleOrFile.help)
    var bundle: String

    @Option(
        help:
            HelpText.runoffsAsOf.help
    )
    var asOf: String?

    @Option(help: HelpText.formatTableJSONCSV.help)
    var format: OutputFormat = .table

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let count: ElectionCount
        switch loadElection(bundle, asOf: asOf, console: console, language: language) {
        case .failure(let status): return status.code
        case .success(.counted(let counted)): count = counted
        case .success(.declared):
            console.fail(.declaredSeeResults, language)
            return Status.usage
        }
        let report = RunoffReport(count, language: language)
        switch format {
        case .table: console.write(report.text(language: language))
        case .json: console.write(try json(report))
        case .csv: console.write(report.csv)
        }
        return report.isComplete ? 0 : 2
    }
}
