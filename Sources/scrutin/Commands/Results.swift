public import ArgumentParser
import ScrutinCore
import ScrutinReports

/// `scrutin results BUNDLE`: the count at every level, the outcomes and the seats.
struct Results: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Tabulate a bundle or an election file: turnout, votes and outcomes by constituency, region and nation; seats by party.",
        discussion: """
            Exit status: 0 when the bundle was read (whatever its problems; see `scrutin check`), 3 when it cannot be read, \
            74 when standard output cannot be written.
            JSON (schema scrutin.results/1) gives counts as integers and shares in hundredths of a percent.
            CSV gives one table; choose it with --level (default: list, one row per list per constituency per round).
            """
    )

    @Argument(help: "The bundle folder, or an election file (scrutin init).")
    var bundle: String

    @Option(
        help:
            "Election file only: the results as they stood at this moment (an event number, a time, head, provisional-1, …)."
    )
    var asOf: String?

    @Option(help: "Only this round (1 or 2).")
    var round: Int?

    @Option(help: "Only this constituency (its code), with its polling stations.")
    var constituency: String?

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(help: "CSV table: nation, region, constituency, list (the default), station, seats or elected.")
    var level: ResultsCSV.Level?

    @Flag(help: "Include every polling station (JSON and CSV; implied by --constituency).")
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
