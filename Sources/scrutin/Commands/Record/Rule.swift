import ArgumentParser
import ScrutinCore
import ScrutinReports
import ScrutinStore

/// The decision a ruling cites, and who records it.
struct DecisionOptions: ParsableArguments {
    @Option(help: "The authority that decided (default: Cour constitutionnelle).")
    var authority = "Cour constitutionnelle"

    @Option(help: "The decision's number, like 'arrêt n°2020-04/CC-EL'.")
    var number: String

    @Option(help: "The decision's date, YYYY-MM-DD.")
    var date: String

    @Option(help: "Its grounds, in a few words (optional).")
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
        abstract:
            "Record a ruling: annul or correct a sheet, a station not opened, a list disqualified, a constituency overturned, annulled or sent to a runoff, a tie settled.",
        discussion: """
            Each ruling cites its decision (authority, number, date) and is recorded by the court. After it, the \
            results are recomputed and the changes printed. Exit status: 0 recorded; 2 refused (nothing written: a \
            station, list or constituency that does not exist, a round that does not, a tie where there is none); \
            3 unreadable; 75 busy.
            """,
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
            let diff = ResultsDiff.between(beforeSnapshot, try after.snapshot(blobs: store.blobs), record: after)
            let event = appended.event
            console.write(
                "#\(event.sequence) " + JournalText.describe(event.body, language: language) + "\n"
                    + DiffText.render(
                        diff,
                        from: .init(
                            sequence: before.head,
                            time: before.events.last?.time ?? "",
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
            abstract: "Annul a station's sheet for a round: the station counts as not opened."
        )
        @Argument(help: "The election file.") var file: String
        @Option(help: "The round.") var round: Int
        @Option(help: "The polling station's code.") var station: String
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
            abstract: "Replace a station's sheet for a round by the court's figures."
        )
        @Argument(help: "The election file.") var file: String
        @Option(help: "The round.") var round: Int
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
            abstract: "Record that a station did not open in a round (its sheet, if any, no longer counts)."
        )
        @Argument(help: "The election file.") var file: String
        @Option(help: "The round.") var round: Int
        @Option(help: "The polling station's code.") var station: String
        @Option(help: "Why it did not open.") var reason: String
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
            abstract: "Disqualify a list: it can win nothing in any round; its votes stay valid votes."
        )
        @Argument(help: "The election file.") var file: String
        @Option(help: "The list's code.") var list: String
        @OptionGroup var decision: DecisionOptions
        func run() throws { try finish(execute(console: .standard)) }
        func execute(console: Console) throws -> Int32 {
            try Rule.record(.disqualifyList(list: list), file: file, decision: decision, console: console)
        }
    }

    struct Overturn: ParsableCommand, ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "overturn",
            abstract: "Proclaim another list elected in a constituency for a round."
        )
        @Argument(help: "The election file.") var file: String
        @Option(help: "The round.") var round: Int
        @Option(help: "The constituency's code.") var constituency: String
        @Option(help: "The list the court proclaims elected.") var list: String
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
                "Name a constituency's runoff pair after a round (or send a constituency declared won to a runoff)."
        )
        @Argument(help: "The election file.") var file: String
        @Option(help: "The round after which the runoff is held.") var round: Int
        @Option(help: "The constituency's code.") var constituency: String
        @Option(help: "The two lists, joined by a comma.") var lists: String
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
            abstract: "Annul a constituency's election in a round: no seat; a new vote is due."
        )
        @Argument(help: "The election file.") var file: String
        @Option(help: "The round.") var round: Int
        @Option(help: "The constituency's code.") var constituency: String
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
            abstract: "Settle a tie (drawing of lots, or the court), recording the draw."
        )
        @Argument(help: "The election file.") var file: String
        @Option(help: "The round.") var round: Int
        @Option(help: "The constituency's code.") var constituency: String
        @Option(help: "The list(s) that win the tie, joined by commas.") var lists: String
        @Option(help: "How it was drawn, and by whom.") var draw: String
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
