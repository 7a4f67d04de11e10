import ArgumentParser
import ScrutinCore
import ScrutinReports

/// `scrutin runoffs BUNDLE`: the runoff pair of each constituency after round 1.
struct Runoffs: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "After round 1: the two lists of each runoff, to print round-2 ballots.",
        discussion: """
            Also lists constituencies elected in round 1 and those not settled yet (still counting, quarantined \
            sheets, ties). Exit status: 0 when every constituency is elected or has its pair; 2 when some are not \
            settled; 3 when the bundle cannot be read.
            """
    )

    @Argument(help: "The bundle folder, or an election file (scrutin init).")
    var bundle: String

    @Option(
        help:
            "Election file only: the runoffs as they stood at this moment (an event number, a time, head, provisional-1, …)."
    )
    var asOf: String?

    @Option(help: "Output format: table, json or csv.")
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
