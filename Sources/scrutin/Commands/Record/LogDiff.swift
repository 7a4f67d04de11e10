import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinJournal
import ScrutinReports
import ScrutinStore

/// `scrutin log FILE`: the journal, readable and filterable.
struct Log: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: HelpText.logAbstract.text,
        discussion: HelpText.logDiscussion.text
    )

    @Argument(help: HelpText.journalFile.help)
    var file: String?

    @Option(help: HelpText.logConstituency.help)
    var constituency: String?

    @Option(help: HelpText.logStation.help)
    var station: String?

    @Option(help: HelpText.logActor.help)
    var actor: String?

    @Option(help: HelpText.logKind.help)
    var kind: String?

    @Option(help: HelpText.logRound.help)
    var round: Int?

    @Option(help: HelpText.formatTableJSON.help)
    var format: TableOrJSON = .table

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        do {
            let source = try RecordSource.open(file)
            let record = try source.record()
            if let round, !(1...(record.definition?.system.rounds ?? 1)).contains(round) {
                console.fail(.roundNotInElection(round), language)
                return Status.usage
            }
            // A filter naming nothing of the election would show an empty journal, as if nothing
            // had happened there: refuse it.
            let definition = record.definition
            if let constituency, definition?.constituency(code: constituency) == nil {
                let shown = Problem.displayable(constituency, language: language)
                console.fail(.unknownConstituencyInElection(shown), language)
                return Status.usage
            }
            if let station, definition?.station(code: station) == nil {
                let shown = Problem.displayable(station, language: language)
                console.fail(.unknownStationInElection(shown), language)
                return Status.usage
            }
            let filter = JournalText.Filter(
                constituency: constituency,
                station: station,
                actor: actor,
                kind: kind,
                round: round
            )
            switch format {
            case .json:
                var hashes: [Int: (String, String)] = [:]
                if case .file(let store) = source {
                    for item in try store.chained() { hashes[item.sequence] = (item.previousHash, item.hash) }
                }
                let entries = try source.events().filter { filter.matches($0, definition: record.definition) }.map {
                    LogEntry(event: $0, previousHash: hashes[$0.sequence]?.0, hash: hashes[$0.sequence]?.1)
                }
                console.write(try json(LogDocument(events: entries)))
            case .table:
                console.write(
                    JournalText.render(
                        try source.events(),
                        definition: record.definition,
                        filter: filter,
                        language: language
                    )
                )
            }
            return 0
        } catch let error as StoreError {
            return report(error, console: console, language: language)
        }
    }

    struct LogDocument: Encodable {
        var schema = "scrutin.log/1"
        var events: [LogEntry]
    }

    struct LogEntry: Encodable {
        var event: JournalEvent
        var previousHash: String?
        var hash: String?
    }
}

/// `scrutin diff FILE A B`: what changed between two moments, and why.
struct Diff: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: HelpText.diffAbstract.text,
        discussion: HelpText.diffDiscussion.text
    )

    @Argument(help: HelpText.journalFile.help)
    var file: String?

    @Argument(help: Moment.help)
    var from: String?

    @Argument(help: Moment.help)
    var to: String?

    @Option(help: HelpText.formatTableJSON.help)
    var format: TableOrJSON = .table

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if (from == nil) != (to == nil) { throw ValidationError(.bothMoments, languageOptions.chosen) }
    }

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        do {
            let source = try RecordSource.open(file)
            let record = try source.record()
            var pairs: [(Int, Int)] = []
            if let from, let to {
                do {
                    pairs = [
                        (
                            try Moment.resolve(from, in: record, journal: { try source.events() }, language: language),
                            try Moment.resolve(to, in: record, journal: { try source.events() }, language: language)
                        )
                    ]
                } catch let error as ValidationError {
                    console.fail(text: error.message, language)
                    return Status.usage
                }
            } else {
                for round in 1...(record.definition?.system.rounds ?? 1) {
                    guard
                        let provisional = record.publications.last(where: {
                            $0.round == round && $0.stage == .provisional
                        }),
                        let final = record.publications.last(where: { $0.round == round && $0.stage == .final })
                    else { continue }
                    pairs.append((provisional.sequence, final.sequence))
                }
                if pairs.isEmpty {
                    console.writeError(CommandText.noProvisionalAndFinal(language) + "\n")
                    return Status.usage
                }
            }
            var documents: [DiffDocument] = []
            var text = ""
            for (a, b) in pairs {
                let before = try source.record(through: a)
                let after = try source.record(through: b)
                // The events from `a` on: `a` itself names the first moment.
                let events = try source.events(after: max(0, min(a, b) - 1))
                let diff = ResultsDiff.between(
                    try snapshot(before, source: source),
                    try snapshot(after, source: source),
                    record: after,
                    events: events
                )
                documents.append(DiffDocument(diff))
                text +=
                    (text.isEmpty ? "" : "\n")
                    + DiffText.render(diff, from: moment(a, events), to: moment(b, events), language: language)
            }
            switch format {
            case .json: console.write(try json(documents))
            case .table: console.write(text)
            }
            return 0
        } catch let error as StoreError {
            return report(error, console: console, language: language)
        } catch let error as RecordError {
            return report(.record(error), console: console, language: language)
        }
    }

    func snapshot(_ record: ElectionRecord, source: RecordSource) throws -> ResultsSnapshot {
        try record.snapshot(blobs: source.blobs, options: .machine)
    }

    /// Event `sequence` as a moment, found among `events`.
    func moment(_ sequence: Int, _ events: [JournalEvent]) -> DiffText.Moment {
        guard let event = events.first(where: { $0.sequence == sequence }) else {
            return .init(sequence: sequence, time: "", what: "")
        }
        return .init(sequence: sequence, time: event.time, what: event.actor.name + ", " + event.body.kind)
    }
}
