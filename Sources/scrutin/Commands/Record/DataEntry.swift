import ArgumentParser
import ScrutinCore
import ScrutinReports
import ScrutinStore

/// `scrutin enter FILE`: one clerk's entry of one tally sheet.
struct Enter: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Key a tally sheet (double entry: a second clerk keys it again).",
        discussion: """
            Two equal entries by two different clerks accept the sheet; two different ones wait for a supervisor \
            (`scrutin resolve`), who keeps one or sends the sheet back. `scrutin queue` lists what waits. The state \
            machine is drawn in docs/double-entry.md.
            Exit status: 0 taken (whatever the new state); 2 refused (nothing written); 3 unreadable; 75 busy.
            """
    )

    @Argument(help: "The election file.")
    var file: String

    @Option(help: "The round.")
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
        abstract: "Settle a sheet keyed twice differently: keep the first or second entry, or send it back.",
        discussion: "Exit status: 0 taken; 2 refused (nothing written); 3 unreadable; 75 busy."
    )

    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case first
        case second
    }

    @Argument(help: "The election file.")
    var file: String

    @Option(help: "The round.")
    var round: Int

    @Option(help: "The polling station's code.")
    var station: String

    @Option(help: "Keep this entry: first or second.")
    var keep: Choice?

    @Flag(help: "Discard the entries: the sheet is keyed again from the start.")
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
        abstract:
            "List the sheets waiting: keyed once (for a second clerk), or keyed twice differently (for a supervisor).",
        discussion: "Exit status: 0 nothing waits; 1 sheets wait; 3 unreadable; 64 a round that does not exist."
    )

    @Argument(help: "The election file.")
    var file: String

    @Option(help: "Only this round.")
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
