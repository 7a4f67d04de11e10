import ArgumentParser
import ScrutinCore
import ScrutinFileSystem
import ScrutinJournal
import ScrutinReference
import ScrutinStore

/// `scrutin init FILE --from BUNDLE`: a new election file whose first event is the definition.
struct Init: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: HelpText.initAbstract.text,
        discussion: HelpText.initDiscussion.text
    )

    @Argument(help: HelpText.initFile.help)
    var file: String

    @Option(help: HelpText.initFrom.help)
    var from: String?

    @Flag(name: .customLong("mali-2020"), help: HelpText.initMali2020.help)
    var mali2020 = false

    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if (from == nil) == !mali2020 { throw ValidationError(.fromOrMali2020, languageOptions.chosen) }
    }

    func run() throws {
        let status = try execute(console: .standard)
        if status != 0 { throw ExitCode(status) }
    }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        do {
            if mali2020 {
                let store = try writeMali2020()
                let report = try store.verify()
                console.write(
                    CommandText.createdMali2020(file: file, events: report.events, head: report.head ?? "")(language)
                        + "\n"
                )
                return 0
            }
            guard let from else { return Status.usage }
            let bundle = DirectoryBundle(path: from)
            if let problem = bundle.problem {
                console.writeError(problem(language) + "\n")
                return Status.unreadable
            }
            var files: [String: [UInt8]] = [:]
            for path in [
                BundleLayout.election, BundleLayout.parties, BundleLayout.constituencies, BundleLayout.lists,
                BundleLayout.candidates, BundleLayout.stations, BundleLayout.previous,
            ] {
                switch readFile(path, of: bundle, console: console, language: language) {
                case .success(let bytes): files[path] = bytes
                case .failure(let status): return status.code
                }
            }
            let store = try ElectionStore.create(
                at: file,
                definition: files,
                actor: Actor(name: try actorOptions.name(console), role: .administrator),
                time: try actorOptions.when()
            )
            let record = try store.record()
            let definition = record.definition
            console.write(
                CommandText.created(
                    file: file,
                    name: definition?.settings.name ?? "",
                    constituencies: definition?.constituencies.count ?? 0,
                    stations: definition?.stations.count ?? 0
                )(language) + "\n"
            )
            let rounds = (1...(definition?.system.rounds ?? 2)).filter {
                (try? bundle.read(BundleLayout.sheets(round: $0))) != nil
            }
            if !rounds.isEmpty {
                let commands = rounds.map { "scrutin import \(file) \(from)/round-\($0)" }.joined(separator: "; ")
                console.write(CommandText.addSheets(commands)(language) + "\n")
            }
            if !record.candidacyProblems.isEmpty {
                console.write(
                    CommandText.candidacyProblems(record.candidacyProblems.count, file: file)(language) + "\n"
                )
            }
            return 0
        } catch let error as StoreError {
            return report(error, console: console, language: language)
        }
    }

    /// Writes the embedded journal, event by event, with its original times and actors.
    func writeMali2020() throws -> ElectionStore {
        let made = try Mali2020Journal.make(digest: HashChain.digest)
        guard let first = made.events.first, case .defineElection(let digests) = first.body else {
            throw StoreError.database(StoreText.embeddedNoDefinition.message)
        }
        func files(_ digests: [FileDigest]) -> [String: [UInt8]] {
            Dictionary(digests.compactMap { digest in made.blobs.blobs[digest.sha256].map { (digest.path, $0) } }) {
                first,
                _ in first
            }
        }
        let store = try ElectionStore.create(at: file, definition: files(digests), actor: first.actor, time: first.time)
        for event in made.events.dropFirst() {
            try store.append(event.body, by: event.actor, time: event.time)
        }
        return store
    }
}

/// `scrutin import FILE ROUND_DIR`: a round's sheets from a trusted transmission, in one transaction.
struct Import: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.importAbstract.text,
        discussion: HelpText.importDiscussion.text
    )

    @Argument(help: HelpText.electionFile.help)
    var file: String

    @Argument(help: HelpText.importRoundFolder.help)
    var roundFolder: String

    @Option(help: HelpText.importRound.help)
    var round: Int?

    @Option(help: HelpText.importSource.help)
    var source: String?

    @OptionGroup var actorOptions: ActorOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let status = try execute(console: .standard)
        if status != 0 { throw ExitCode(status) }
    }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let name = roundFolder.split(separator: "/").last.map(String.init) ?? roundFolder
        guard let round = round ?? (name.hasPrefix("round-") ? Int(name.dropFirst(6)) : nil) else {
            throw ValidationError(.cannotTellRound(name), language)
        }
        let folder = DirectoryBundle(path: roundFolder)
        if let problem = folder.problem {
            console.fail(problem.message, language)
            return Status.unreadable
        }
        // A file of the folder that the import would pass over (Closed.csv, sheets (1).csv).
        let strays = StrayEntries.problems(inRoundFolder: folder, round: round)
        guard strays.isEmpty else {
            console.writeError(
                strays.map { $0.line(language) }.joined(separator: "\n") + "\n" + CommandText.nothingWritten(language)
                    + "\n"
            )
            return Status.unreadable
        }
        var files: [String: [UInt8]] = [:]
        for (local, path) in [
            ("sheets.csv", BundleLayout.sheets(round: round)), ("votes.csv", BundleLayout.votes(round: round)),
            ("closed.csv", BundleLayout.closed(round: round)),
        ] {
            switch readFile(local, of: folder, console: console, language: language) {
            case .success(let bytes): files[path] = bytes
            case .failure(let status): return status.code
            }
        }
        guard !files.isEmpty else {
            console.fail(.noSheetsInFolder(roundFolder), language)
            return Status.unreadable
        }
        console.progress(CommandText.importing(roundFolder)(language))
        defer { console.endProgress() }
        do {
            let store = try ElectionStore.open(at: file, options: .machine)
            let appended = try store.append(
                .importRound(round: round, files: ElectionStore.digests(files), source: source ?? roundFolder),
                by: Actor(name: try actorOptions.name(console), role: .administrator),
                clock: try actorOptions.clock(),
                files: files
            )
            console.endProgress()
            let count = try store.record().count(blobs: store.blobs)
            let held = count.rounds.count >= round ? count.rounds[round - 1] : nil
            let quarantined = held.map { round in
                (0..<round.sheets.count).count { round.sheets.state(ofSheet: $0) == .quarantined }
            }
            let size = files.values.map(\.count).reduce(0, +)
            console.write(
                CommandText.imported(
                    round: round,
                    sequence: appended.event.sequence,
                    bytes: size,
                    counted: held?.nation.coverage.counted,
                    quarantined: quarantined ?? 0
                )(language) + "\n"
            )
            return 0
        } catch let error as StoreError {
            console.endProgress()
            return report(error, console: console, language: language)
        } catch let error as RecordError {
            console.endProgress()
            return report(.record(error), console: console, language: language)
        }
    }
}
