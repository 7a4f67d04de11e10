public import ArgumentParser
import ScrutinCore
import ScrutinReports

/// `scrutin results BUNDLE`: the count at every level, the outcomes and the seats.
struct Results: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract:
            HelpText.resultsAbstract.text,
        discussion: HelpText.resultsDiscussion.text
    )

    @Argument(help: HelpText.bundleOrFile.help)
    var bundle: String

    @Option(
        help:
            HelpText.resultsAsOf.help
    )
    var asOf: String?

    @Option(help: HelpText.roundOneOrTwo.help)
    var round: Int?

    @Option(help: HelpText.resultsConstituency.help)
    var constituency: String?

    @Option(help: HelpText.formatTableJSONCSV.help)
    var format: OutputFormat = .table

    @Option(help: HelpText.resultsLevel.help)
    var level: ResultsCSV.Level?

    @Flag(help: HelpText.resultsStations.help)
    var stations = false

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if let round, !(1...2).contains(round) { throw ValidationError(.roundOneOrTwo, languageOptions.chosen) }
        if level != nil && format != .csv { throw ValidationError(.levelNeedsCSV, languageOptions.chosen) }
    }

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let count: ElectionCount
        switch loadElection(bundle, asOf: asOf, console: console, language: language) {
        case .failure(let status): return status.code
        case .success(.counted(let counted)): count = counted
        case .success(.declared(let snapshot)):
            switch format {
            case .table: console.write(SnapshotText.render(snapshot, round: round, language: language))
            case .json: console.write(try json(snapshot))
            case .csv:
                console.fail(.declaredNotCounted, language)
                return Status.usage
            }
            return 0
        }
        if let round, round > count.rounds.count {
            console.fail(.roundCount(count.rounds.count), language)
            return Status.usage
        }
        if let constituency, count.definition.constituency(code: constituency) == nil {
            console.fail(.unknownConstituency(constituency), language)
            return Status.usage
        }
        let level = self.level ?? .list
        let document = ResultsDocument(
            count,
            selection: .init(round: round, constituency: constituency, stations: stations || level == .station),
            independentsLabel: Word.independents(language)
        )
        switch format {
        case .table: console.write(ResultsText.render(document, language: language))
        case .json: console.write(try json(document))
        case .csv: console.write(ResultsCSV.render(document, level: level))
        }
        return 0
    }
}

extension ResultsCSV.Level: ExpressibleByArgument {}
