import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinFileSystem
import ScrutinSynthetic

/// `scrutin bench worker BUNDLE`: one measured run for `scrutin bench`.
///
/// It runs in a process of its own so that its peak memory is its own. Hidden: only `bench` runs it.
struct BenchWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "One measured run of `scrutin bench` (internal).",
        shouldDisplay: false
    )

    @Argument var bundle: String
    @Option var outcomes: String?
    @Option var incremental: Int = 0

    struct Phase: Codable {
        var wallSeconds: Double
        var cpuSeconds: Double
        /// Peak resident memory of the process so far.
        var peakMiB: Double
    }

    struct Incremental: Codable {
        var sheets: Int
        var meanMicroseconds: Double
        var medianMicroseconds: Double
        var p99Microseconds: Double
        var maxMicroseconds: Double
        /// Whether, once every held sheet is added, each constituency's outcome and the seats equal
        /// those of the full load.
        var matchesFullLoad: Bool
    }

    struct Report: Codable {
        /// The definition alone (parties, constituencies, lists, candidates, stations).
        var definition: Phase
        var stations: Int
        var constituencies: Int
        var voteRows: [Int]
        var round1: Phase
        var round2: Phase
        var incremental: Incremental?
    }

    func run() throws {
        let source = DirectoryBundle(path: bundle)
        let start = Measure.now()
        var count = try ElectionCount.load(from: source, throughRound: 0, options: .machine)
        let definition = start.phase()
        try count.loadNextRound(from: source, options: .machine)
        let round1 = start.phase()
        let second = Measure.now()
        if !count.hasAllRounds { try count.loadNextRound(from: source, options: .machine) }
        let round2 = second.phase()
        if let outcomes {
            try Self.outcomesCSV(count, round: 1).write(toFile: outcomes, atomically: true, encoding: .utf8)
        }
        var incremental: Incremental?
        if self.incremental > 0 {
            incremental = try measureIncremental(sheets: self.incremental)
        }
        let report = Report(
            definition: definition,
            stations: count.definition.stations.count,
            constituencies: count.definition.constituencies.count,
            voteRows: count.rounds.map { $0.sheets.voteRowCount },
            round1: round1,
            round2: round2,
            incremental: incremental
        )
        print(try json(report), terminator: "")
    }

    /// Holds `sheets` sheets back from round 1, loads the rest, then submits them one at a time,
    /// timing each; checks at the end that the count equals round 1 read whole.
    func measureIncremental(sheets: Int) throws -> Incremental {
        let directory = DirectoryBundle(path: bundle)
        let full = try ElectionCount.load(from: directory, throughRound: 1, options: .machine)
        var files: [String: [UInt8]] = [:]
        for path in [
            BundleLayout.election, BundleLayout.parties, BundleLayout.constituencies, BundleLayout.lists,
            BundleLayout.candidates, BundleLayout.stations, BundleLayout.previous, BundleLayout.sheets(round: 1),
            BundleLayout.votes(round: 1), BundleLayout.closed(round: 1),
        ] {
            if let bytes = try directory.read(path) { files[path] = bytes }
        }
        let total = full.rounds[0].sheets.count
        let (partial, held) = Withholding.withhold(
            every: max(1, total / sheets),
            round: 1,
            from: InMemoryBundle(name: bundle, files: files)
        )
        files = [:]
        var count = try ElectionCount.load(from: partial, throughRound: 1, options: .machine)
        var durations: [Double] = []
        durations.reserveCapacity(held.count)
        for sheet in held {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = count.submit(sheet)
            durations.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000)
        }
        let matches =
            count.rounds[0].constituencies == full.rounds[0].constituencies
            && count.rounds[0].nation == full.rounds[0].nation && count.seats.rows == full.seats.rows
            && Set(count.seats.elected) == Set(full.seats.elected)
        let sorted = durations.sorted()
        return Incremental(
            sheets: held.count,
            meanMicroseconds: durations.reduce(0, +) / Double(max(1, durations.count)),
            medianMicroseconds: sorted.isEmpty ? 0 : sorted[sorted.count / 2],
            p99Microseconds: sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 99 / 100)],
            maxMicroseconds: sorted.last ?? 0,
            matchesFullLoad: matches
        )
    }

    /// `constituency,status,lists`, sorted by constituency, lists sorted and joined by spaces: the
    /// format of `Benchmarks/duckdb/bench.py`.
    static func outcomesCSV(_ count: ElectionCount, round: Int) -> String {
        let definition = count.definition
        var rows: [(String, String)] = []
        for constituency in count.rounds[round - 1].constituencies {
            let code = { (list: ListID) in definition[list].code }
            let line: String
            switch constituency.outcome {
            case .decided(.elected(let awards)):
                line = "elected," + awards.map { code($0.list) }.sorted().joined(separator: " ")
            case .decided(.runoff(let lists)): line = "runoff," + lists.map(code).sorted().joined(separator: " ")
            case .decided(.tie(let tie)): line = "tie," + tie.tied.map(code).sorted().joined(separator: " ")
            case .counting: line = "counting,"
            case .blocked: line = "blocked,"
            case .noContest: line = "no-contest,"
            case .annulled: line = "annulled,"
            }
            rows.append((definition[constituency.constituency].code, line))
        }
        return "constituency,status,lists\n"
            + rows.sorted { $0.0 < $1.0 }.map { "\($0.0),\($0.1)\n" }.joined()
    }
}

/// Wall clock, CPU time and peak memory of this process.
struct Measure {
    let wall: UInt64
    let cpu: Double

    static func now() -> Measure { Measure(wall: DispatchTime.now().uptimeNanoseconds, cpu: cpuSeconds()) }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func peakMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    func phase() -> BenchWorker.Phase {
        BenchWorker.Phase(
            wallSeconds: Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9,
            cpuSeconds: Measure.cpuSeconds() - cpu,
            peakMiB: Measure.peakMiB()
        )
    }
}
