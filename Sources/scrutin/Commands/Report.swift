import ArgumentParser
import ScrutinCore
import ScrutinFileSystem
import ScrutinJournal
import ScrutinPublished
import ScrutinReference
import ScrutinReports
import ScrutinStore

#if canImport(Glibc)
import Glibc
#endif

/// `scrutin report [ELECTION]`: the results as a document: HTML, Markdown, wikitext, SVG, CSV,
/// JSON, or the NIST SP 1500-100 standard export.
struct Report: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.reportAbstract.text,
        discussion: HelpText.reportDiscussion.text
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, table, md, wikitext, svg, csv, json, nist
        case ocdIDs = "ocd-ids"
    }

    enum Chart: String, ExpressibleByArgument, CaseIterable {
        case hemicycle, seats, turnout, constituency
    }

    enum Level: String, ExpressibleByArgument, CaseIterable {
        case nation, region, constituency, list, party, station, elected
    }

    @Argument(help: HelpText.reportElection.help)
    var election: String?

    @Option(
        help:
            HelpText.reportFormat.help
    )
    var format: Format = .html

    @Option(
        help:
            HelpText.reportCountry.help
    )
    var country: String?

    @Option(help: HelpText.reportChart.help)
    var chart: Chart = .hemicycle

    @Option(help: HelpText.reportLevel.help)
    var level: Level = .constituency

    @Option(help: HelpText.reportConstituency.help)
    var constituency: String?

    @Option(help: HelpText.reportRound.help)
    var round: Int?

    @Option(
        help:
            HelpText.resultsAsOf.help
    )
    var asOf: String?

    @Option(name: [.short, .customLong("output")], help: HelpText.reportOutput.help)
    var output: String?

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if let country, country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter }) {
            throw ValidationError(.countryCode, languageOptions.chosen)
        }
        if chart == .constituency && constituency == nil && format == .svg {
            throw ValidationError(.chartNeedsConstituency, languageOptions.chosen)
        }
    }

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let loaded: (book: ResultsBook, count: ElectionCount?)
        switch loadBook(console: console, language: language) {
        case .success(let value): loaded = value
        case .failure(let status): return status.code
        }
        var book = loaded.book
        if let round {
            let counted =
                book.votes.contains { $0.round == round }
                || book.constituencies.contains { $0.rounds.contains { $0.round == round } }
            if book.rounds.contains(where: { $0.round == round }), !counted {
                console.fail(.roundNoResults(round), language)
                return Status.usage
            }
            guard book.rounds.contains(where: { $0.round == round }) else {
                let rounds = book.rounds.map { String($0.round) }.joined(separator: ", ")
                console.fail(.roundNotIn(round, rounds: rounds), language)
                return Status.usage
            }
            book = book.only(round: round)
        }
        if let constituency, book.constituency(constituency) == nil {
            console.fail(.noConstituencyCode(constituency), language)
            return Status.usage
        }
        if format == .nist || format == .ocdIDs, country == nil, book.countryCode == nil {
            console.fail(.noCountry, language)
            return Status.usage
        }
        let text: String
        switch format {
        case .html: text = HTMLReport.render(book, language: language, only: constituency)
        case .table: text = ResultsTables.text(book, language: language)
        case .md: text = ResultsTables.markdown(book, language: language)
        case .wikitext: text = ResultsTables.wikitext(book)
        case .json: text = try json(book)
        case .svg:
            switch chart {
            case .hemicycle: text = Hemicycle.svg(book, language: language)
            case .seats: text = Charts.seats(book, language: language)
            case .turnout: text = Charts.turnout(book, language: language)
            case .constituency:
                guard let code = constituency, let item = book.constituency(code) else { return Status.usage }
                text = Charts.constituency(item, book: book, language: language)
            }
        case .csv:
            if let bookLevel = BookCSV.Level(rawValue: level.rawValue) {
                text = BookCSV.render(book, level: bookLevel)
            } else if let count = loaded.count, let countLevel = ResultsCSV.Level(rawValue: level.rawValue) {
                let document = ResultsDocument(
                    count,
                    selection: .init(round: round, constituency: constituency, stations: true),
                    independentsLabel: Word.independents(language)
                )
                text = ResultsCSV.render(document, level: countLevel)
            } else {
                console.fail(.declaredLevel(level.rawValue), language)
                return Status.usage
            }
        case .nist: text = NISTExport.xml(book, generated: RecordClock.now(), countryCode: country)
        case .ocdIDs: text = NISTExport.ocdIDs(book, countryCode: country)
        }
        guard let output else {
            console.write(text)
            return 0
        }
        let target: String
        switch Self.outputPath(output) {
        case .success(let path): target = path
        case .failure(let problem):
            console.fail(.cannotWrite(output, reason: problem.text.message), language)
            return Status.unreadable
        }
        do {
            try FileIO.write(Array(text.utf8), to: target)
        } catch {
            console.fail(.cannotWriteError("\(error)"), language)
            return Status.unreadable
        }
        console.writeError(
            CommandText.wrote(output, bytes: ScrutinReports.Format(language).number(text.utf8.count))(language) + "\n"
        )
        return 0
    }

    /// Why an output path cannot be written.
    struct OutputProblem: Error {
        var text: CommandText
    }

    /// The file to write for `-o`: the path, or the regular file a link points to.
    ///
    /// A device, a pipe, a folder or a missing folder is refused (the file is written under a
    /// temporary name and renamed, which would replace them).
    static func outputPath(_ path: String) -> Result<String, OutputProblem> {
        var target = path
        var info = stat()
        if lstat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                guard let resolved = realpath(path, nil) else {
                    return .failure(OutputProblem(text: .brokenLink))
                }
                target = String(cString: resolved)
                free(resolved)
                guard stat(target, &info) == 0 else { return .failure(OutputProblem(text: .brokenLink)) }
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                return .failure(OutputProblem(text: .notARegularOutput))
            }
        }
        let folder = target.contains("/") ? String(target[..<(target.lastIndex(of: "/") ?? target.endIndex)]) : "."
        var folderInfo = stat()
        guard stat(folder.isEmpty ? "/" : folder, &folderInfo) == 0, (folderInfo.st_mode & S_IFMT) == S_IFDIR else {
            return .failure(OutputProblem(text: .noSuchFolder(folder)))
        }
        return .success(target)
    }

    /// The book of the election named (with its count, for a count of sheets), or nil after
    /// saying why.
    func loadBook(
        console: Console,
        language: Language
    ) -> Result<(book: ResultsBook, count: ElectionCount?), ExitStatus> {
        do {
            if election == nil || election == RecordSource.embeddedName {
                return .success((try Self.mali2020Book(asOf: asOf, language: language), nil))
            }
            guard let election else { return .failure(ExitStatus(Status.usage)) }
            if !isElectionFile(election) {
                if asOf != nil {
                    throw ValidationError(.asOfNeedsFile, language)
                }
                guard let count = loadBundle(election, console: console, language: language) else {
                    return .failure(ExitStatus(Status.unreadable))
                }
                return .success((ResultsBook(count: count), count))
            }
            let store = try ElectionStore.open(at: election, options: .machine)
            let full = try store.record()
            let through =
                try asOf.map {
                    try Moment.resolve($0, in: full, journal: { try store.events(after: 0) }, language: language)
                } ?? full.head
            let record = try store.record(through: through)
            let book = try Self.book(record: record, source: .file(store))
            return .success((book, record.isDeclared ? nil : try record.count(blobs: store.blobs, options: .machine)))
        } catch let error as StoreError {
            return .failure(ExitStatus(report(error, console: console, language: language)))
        } catch let error as RecordError {
            return .failure(ExitStatus(report(.record(error), console: console, language: language)))
        } catch let error as ValidationError {
            console.fail(text: error.message, language)
            return .failure(ExitStatus(Status.usage))
        } catch {
            console.fail(text: "\(error)", language)
            return .failure(ExitStatus(Status.unreadable))
        }
    }

    /// The book of a record: counted, or declared.
    static func book(record: ElectionRecord, source: RecordSource) throws -> ResultsBook {
        var provisional: [Int: ResultsSnapshot] = [:]
        var diffs: [ResultsDiff] = []
        for round in 1...(record.definition?.system.rounds ?? 1) {
            guard let first = record.publications.last(where: { $0.round == round && $0.stage == .provisional }) else {
                continue
            }
            let before = try source.record(through: first.sequence)
            let snapshot = try before.snapshot(blobs: source.blobs, options: .machine)
            provisional[round] = snapshot
            if let final = record.publications.last(where: { $0.round == round && $0.stage == .final }) {
                let after = try source.record(through: final.sequence)
                diffs.append(
                    ResultsDiff.between(
                        snapshot,
                        try after.snapshot(blobs: source.blobs),
                        record: after,
                        events: try source.events(after: first.sequence)
                    )
                )
            }
        }
        if record.isDeclared {
            return ResultsBook(declared: record, provisional: provisional, diffs: diffs)
        }
        let stage =
            record.publications.contains { $0.stage == .final && $0.round == record.definition?.system.rounds }
            ? "final" : (record.publications.isEmpty ? "count" : "provisional")
        return ResultsBook(
            count: try record.count(blobs: source.blobs, options: .machine),
            stage: stage,
            record: record,
            diffs: diffs,
            provisional: provisional
        )
    }

    /// The embedded 2020 election: the Court's final results with the seed's tables, or the
    /// journal's declarations as of a moment.
    static func mali2020Book(asOf: String?, language: Language = .english) throws -> ResultsBook {
        let source = try RecordSource.open(nil)
        let journal = try source.record()
        if let asOf {
            let through = try Moment.resolve(asOf, in: journal, journal: { try source.events() }, language: language)
            if through < journal.head { return try book(record: try source.record(through: through), source: source) }
        }
        guard case .embedded(let events, let blobs) = source else { return try book(record: journal, source: source) }
        let published = try RecordLoader.load(from: ReferenceData.mali2020)
        return try ResultsBook(reference: ReferenceReport(published), record: published, events: events, blobs: blobs)
    }
}
