import ArgumentParser
import ScrutinCore
import ScrutinReports
import ScrutinStore

/// `scrutin enter FILE`: one clerk's entry of one tally sheet.
struct Enter: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "enter",
        abstract: HelpText.enterAbstract.text,
        discussion: HelpText.enterDiscussion.text
    )

    @Argument(help: HelpText.electionFile.help)
    var file: String

    @Option(help: HelpText.round.help)
    var round: Int

    @OptionGroup var sheet: SheetOptions
    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let status = try execute(console: .standard)
        if status != 0 { throw ExitCode(status) }
    }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let entry = try sheet.entry()
        return try sheetAction(
            file: file,
            round: round,
            station: entry.station,
            action: .enter(entry),
            actor: Actor(name: try actorOptions.name(console), role: .clerk),
            clock: try actorOptions.clock(),
            console: console,
            language: language
        )
    }
}

/// `scrutin resolve FILE`: a supervisor settles two different entries.
struct Resolve: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: HelpText.resolveAbstract.text,
        discussion: HelpText.resolveDiscussion.text
    )

    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case first
        case second
    }

    @Argument(help: HelpText.electionFile.help)
    var file: String

    @Option(help: HelpText.round.help)
    var round: Int

    @Option(help: HelpText.stationCode.help)
    var station: String

    @Option(help: HelpText.resolveKeep.help)
    var keep: Choice?

    @Flag(help: HelpText.resolveSendBack.help)
    var sendBack = false

    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if (keep == nil) == !sendBack { throw ValidationError(.keepOrSendBack, languageOptions.chosen) }
    }

    func run() throws {
        let status = try execute(console: .standard)
        if status != 0 { throw ExitCode(status) }
    }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let action: DataEntryState.Action =
            switch keep {
            case .first: .keep(.first)
            case .second: .keep(.second)
            case nil: .sendBack
            }
        return try sheetAction(
            file: file,
            round: round,
            station: station,
            action: action,
            actor: Actor(name: try actorOptions.name(console), role: .supervisor),
            clock: try actorOptions.clock(),
            console: console,
            language: language
        )
    }
}

/// Records a sheet action and says what state the sheet is in now.
func sheetAction(
    file: String,
    round: Int,
    station: String,
    action: DataEntryState.Action,
    actor: Actor,
    clock: () -> String,
    console: Console,
    language: Language
) throws -> Int32 {
    do {
        let store = try ElectionStore.open(at: file, options: .machine)
        let appended = try store.append(.sheet(round: round, station: station, action: action), by: actor, clock: clock)
        let state = try store.record().entryState(round: round, station: station)
        console.write(
            "#\(appended.event.sequence) "
                + DataEntryText.describe(state, station: station, round: round, language: language)
                + "\n"
        )
        return 0
    } catch {
        return report(error, console: console, language: language)
    }
}

/// `scrutin queue FILE`: the sheets that wait for a second clerk or a supervisor.
struct Queue: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract:
            HelpText.queueAbstract.text,
        discussion: HelpText.queueDiscussion.text
    )

    @Argument(help: HelpText.electionFile.help)
    var file: String

    @Option(help: HelpText.queueRound.help)
    var round: Int?

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let status = try execute(console: .standard)
        if status != 0 { throw ExitCode(status) }
    }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        do {
            let record = try ElectionStore.open(at: file, options: .machine).record()
            let all = Array(1...(record.definition?.system.rounds ?? 1))
            if let round, !all.contains(round) {
                console.fail(.roundNotInElection(round), language)
                return Status.usage
            }
            let rounds = round.map { [$0] } ?? all
            var waiting = 0
            var text = ""
            for round in rounds {
                for (station, state) in record.entries(round: round) {
                    switch state {
                    case .keyedOnce, .different:
                        text +=
                            "  " + DataEntryText.describe(state, station: station, round: round, language: language)
                            + "\n"
                        waiting += 1
                    case .empty, .accepted: continue
                    }
                }
            }
            console.write(CommandText.waiting(waiting)(language) + "\n" + text)
            return waiting == 0 ? 0 : 1
        } catch {
            return report(error, console: console, language: language)
        }
    }
}
