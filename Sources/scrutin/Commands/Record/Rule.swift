import ArgumentParser
import ScrutinCore
import ScrutinReports
import ScrutinStore

/// The decision a ruling cites, and who records it.
struct DecisionOptions: ParsableArguments {
    @Option(help: HelpText.ruleAuthority.help)
    var authority = "Cour constitutionnelle"

    @Option(help: HelpText.ruleNumber.help)
    var number: String

    @Option(help: HelpText.ruleDate.help)
    var date: String

    @Option(help: HelpText.ruleNote.help)
    var note: String?

    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var languageOptions: LanguageOptions

    func ruling(_ action: Ruling.Action) -> Ruling {
        Ruling(authority: authority, number: number, date: date, action: action, note: note)
    }
}

/// `scrutin rule …`: a decision of the court, recorded as an event; the results follow it.
struct Rule: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rule",
        abstract:
            HelpText.ruleAbstract.text,
        discussion: HelpText.ruleDiscussion.text,
        subcommands: [
            AnnulSheet.self, CorrectSheet.self, NotOpened.self, Disqualify.self, Overturn.self, DeclareRunoff.self,
            AnnulConstituency.self, SettleTie.self,
        ]
    )

    /// Records a ruling and prints what it changed.
    static func record(
        _ action: Ruling.Action,
        file: String,
        decision: DecisionOptions,
        console: Console
    ) throws -> Int32 {
        let language = decision.languageOptions.resolved(console)
        do {
            let store = try ElectionStore.open(at: file, options: .machine)
            let before = try store.record()
            let beforeSnapshot = try before.snapshot(blobs: store.blobs)
            let appended = try store.append(
                .ruling(decision.ruling(action)),
                by: Actor(name: try decision.actorOptions.name(console), role: .court),
                clock: try decision.actorOptions.clock()
            )
            let after = try store.record()
            let diff = ResultsDiff.between(
                beforeSnapshot,
                try after.snapshot(blobs: store.blobs),
                record: after,
                events: try store.events(after: before.head)
            )
            let event = appended.event
            console.write(
                "#\(event.sequence) " + JournalText.describe(event.body, language: language) + "\n"
                    + DiffText.render(
                        diff,
                        from: .init(
                            sequence: before.head,
                            time: before.lastTime ?? "",
                            what: CommandText.beforeRuling(language)
                        ),
                        to: .init(sequence: event.sequence, time: event.time, what: event.body.kind),
                        language: language
                    )
            )
            return 0
        } catch let error as StoreError {
            return report(error, console: console, language: language)
        } catch let error as RecordError {
            return report(.record(error), console: console, language: language)
        }
    }

    struct AnnulSheet: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "annul-sheet",
            abstract: HelpText.annulSheetAbstract.text
        )
        @Argument(help: HelpText.electionFile.help) var file: String
        @Option(help: HelpText.round.help) var round: Int
        @Option(help: HelpText.stationCode.help) var station: String
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(
                .annulSheet(round: round, station: station),
                file: file,
                decision: decision,
                console: console
            )
        }
    }

    struct CorrectSheet: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct-sheet",
            abstract: HelpText.correctSheetAbstract.text
        )
        @Argument(help: HelpText.electionFile.help) var file: String
        @Option(help: HelpText.round.help) var round: Int
        @OptionGroup var sheet: SheetOptions
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(
                .correctSheet(round: round, sheet: try sheet.entry()),
                file: file,
                decision: decision,
                console: console
            )
        }
    }

    struct NotOpened: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "not-opened",
            abstract: HelpText.notOpenedAbstract.text
        )
        @Argument(help: HelpText.electionFile.help) var file: String
        @Option(help: HelpText.round.help) var round: Int
        @Option(help: HelpText.stationCode.help) var station: String
        @Option(help: HelpText.notOpenedReason.help) var reason: String
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(
                .markNotOpened(round: round, station: station, reason: reason),
                file: file,
                decision: decision,
                console: console
            )
        }
    }

    struct Disqualify: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "disqualify",
            abstract: HelpText.disqualifyAbstract.text
        )
        @Argument(help: HelpText.electionFile.help) var file: String
        @Option(help: HelpText.listCode.help) var list: String
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(.disqualifyList(list: list), file: file, decision: decision, console: console)
        }
    }

    struct Overturn: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "overturn",
            abstract: HelpText.overturnAbstract.text
        )
        @Argument(help: HelpText.electionFile.help) var file: String
        @Option(help: HelpText.round.help) var round: Int
        @Option(help: HelpText.constituencyCode.help) var constituency: String
        @Option(help: HelpText.overturnList.help) var list: String
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(
                .overturn(round: round, constituency: constituency, list: list),
                file: file,
                decision: decision,
                console: console
            )
        }
    }

    struct DeclareRunoff: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "runoff",
            abstract:
                HelpText.declareRunoffAbstract.text
        )
        @Argument(help: HelpText.electionFile.help) var file: String
        @Option(help: HelpText.declareRunoffRound.help) var round: Int
        @Option(help: HelpText.constituencyCode.help) var constituency: String
        @Option(help: HelpText.declareRunoffLists.help) var lists: String
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(
                .declareRunoff(
                    round: round,
                    constituency: constituency,
                    lists: lists.split(separator: ",").map(String.init)
                ),
                file: file,
                decision: decision,
                console: console
            )
        }
    }

    struct AnnulConstituency: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "annul-constituency",
            abstract: HelpText.annulConstituencyAbstract.text
        )
        @Argument(help: HelpText.electionFile.help) var file: String
        @Option(help: HelpText.round.help) var round: Int
        @Option(help: HelpText.constituencyCode.help) var constituency: String
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(
                .annulConstituency(round: round, constituency: constituency),
                file: file,
                decision: decision,
                console: console
            )
        }
    }

    struct SettleTie: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "settle-tie",
            abstract: HelpText.settleTieAbstract.text
        )
        @Argument(help: HelpText.electionFile.help) var file: String
        @Option(help: HelpText.round.help) var round: Int
        @Option(help: HelpText.constituencyCode.help) var constituency: String
        @Option(help: HelpText.settleTieLists.help) var lists: String
        @Option(help: HelpText.settleTieDraw.help) var draw: String
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(
                .settleTie(
                    round: round,
                    constituency: constituency,
                    lists: lists.split(separator: ",").map(String.init),
                    draw: draw
                ),
                file: file,
                decision: decision,
                console: console
            )
        }
    }
}
