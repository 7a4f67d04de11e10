import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinFileSystem
import ScrutinReports

/// `scrutin bench`: the national-scale benchmark against DuckDB.
///
/// A tool for developing Scrutin, apart from the commands of an election: it lives in its own
/// folder, and its measured runs are its hidden subcommand `bench worker`.
struct Bench: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure load, checks and tabulation against DuckDB doing the same work on the same files.",
        discussion: """
            Generates the benchmark bundle if needed (fixed seeds), then runs, each in its own process: Scrutin \
            (round 1, then round 2, then one more sheet at a time) and DuckDB (Benchmarks/duckdb/round1.sql, \
            the same checks and outcomes; outcomes-only.sql, the floor). The outcomes of every constituency must \
            be identical before any time is reported. Needs python3 with duckdb (pip install duckdb) unless \
            --no-duckdb. See docs/performance.md.
            """,
        subcommands: [BenchWorker.self, RecordBenchWriter.self]
    )

    enum Scale: String, ExpressibleByArgument, CaseIterable {
        /// The 2020 counts: 22,147 stations, 55 constituencies.
        case mali
        /// 1,000,000 stations, 550 constituencies.
        case national

        /// Stations, constituencies, seed, and deliberate defects (one per five constituencies).
        var parameters: (stations: Int, constituencies: Int, seed: UInt64, defects: Int) {
            switch self {
            case .mali: (22_147, 55, 2020, 11)
            case .national: (1_000_000, 550, 1, 110)
            }
        }
    }

    @Option(help: "mali (22,147 stations, 55 constituencies) or national (1,000,000 stations, 550 constituencies).")
    var scale: Scale = .mali

    @Option(help: "Use this bundle instead of the generated one.")
    var bundle: String?

    @Option(help: "Where generated bundles are kept.")
    var data: String = ".build/bench-data"

    @Option(help: "Runs of each side, alternating; the median is reported.")
    var repeats: Int = 5

    @Option(help: "Sheets held back from round 1, then added one at a time.")
    var incremental: Int = 1_000

    @Flag(help: "Measure Scrutin only.")
    var noDuckdb = false

    @Option(help: "The Python that has duckdb.")
    var python: String = "python3"

    @Option(help: "The folder of the DuckDB scripts.")
    var scripts: String = packageRoot + "/Benchmarks/duckdb"

    @Option(help: "Output format: table or json.")
    var format: TableOrJSON = .table

    @Flag(help: "Measure the election file instead: import, enter, results, verify, and keyed sheets per second.")
    var record = false

    @Option(help: "With --record: sheets held back and keyed twice each in the long-lived process.")
    var sheets: Int?

    @Option(help: "With --record: tasks keying at once.")
    var writers: Int = 50

    func validate() throws {
        if repeats < 1 { throw ValidationError("--repeats must be at least 1") }
        if incremental < 0 { throw ValidationError("--incremental must be 0 or more") }
    }

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        if record {
            return try RecordBench(
                scale: scale,
                data: data,
                sheets: sheets,
                writers: writers,
                repeats: repeats,
                format: format
            ).execute(console: console)
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let folder: String
        if let bundle {
            folder = bundle
        } else {
            let (stations, constituencies, seed, defects) = scale.parameters
            folder = "\(data)/\(scale.rawValue)-\(stations)-\(constituencies)-\(seed)-\(defects)"
            if !FileManager.default.fileExists(atPath: folder + "/election.json") {
                console.progress("Generating the \(scale.rawValue) bundle…")
                _ = try runProcess(
                    executable,
                    [
                        "generate", folder, "--stations", String(stations), "--constituencies", String(constituencies),
                        "--seed", String(seed), "--defects", String(defects),
                    ]
                )
            }
        }
        let outcomes = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scrutin-bench-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: outcomes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outcomes) }

        // Runs alternate between the two sides, so that a change in the machine's load (this is
        // often a shared virtual machine) falls on both alike; medians are reported.
        var swiftRuns: [BenchWorker.Report] = []
        var duckdb: [String: [DuckDBRun]] = [:]
        for run in 1...repeats {
            console.progress("Scrutin, run \(run) of \(repeats)…")
            let output = try runProcess(
                executable,
                [
                    "bench", "worker", folder, "--outcomes", outcomes.appendingPathComponent("scrutin.csv").path,
                    "--incremental", String(run == 1 ? incremental : 0),
                ]
            )
            swiftRuns.append(try JSONDecoder().decode(BenchWorker.Report.self, from: Data(output.utf8)))
            guard !noDuckdb else { continue }
            for script in ["round1", "outcomes-only"] {
                console.progress("DuckDB \(script), run \(run) of \(repeats)…")
                var arguments = ["\(scripts)/bench.py", folder, "\(scripts)/\(script).sql"]
                if script == "round1" && run == 1 {
                    arguments += ["--outcomes", outcomes.appendingPathComponent("duckdb.csv").path]
                }
                let output = try runProcess(python, arguments)
                duckdb[script, default: []].append(try JSONDecoder().decode(DuckDBRun.self, from: Data(output.utf8)))
            }
        }
        var comparison: Comparison?
        if !noDuckdb {
            comparison = try compare(
                outcomes.appendingPathComponent("scrutin.csv").path,
                outcomes.appendingPathComponent("duckdb.csv").path
            )
        }
        console.endProgress()
        let report = BenchReport(
            scale: bundle == nil ? scale.rawValue : "bundle",
            bundle: folder,
            machine: Machine.current,
            scrutin: swiftRuns,
            duckdb: duckdb,
            comparison: comparison
        )
        if let comparison, !comparison.identical {
            console.writeError(
                "Outcomes differ between Scrutin and DuckDB on \(comparison.differences.count) constituencies; "
                    + "no time is reported:\n" + comparison.differences.prefix(20).joined(separator: "\n") + "\n"
            )
            return 1
        }
        switch format {
        case .json: console.write(try json(report))
        case .table: console.write(report.text)
        }
        return 0
    }

    struct DuckDBRun: Codable {
        var engine: String
        var threads: Int
        var wallSeconds: Double
        var cpuSeconds: Double
        var peakMiB: Double
        var constituencies: Int
    }

    struct Comparison: Codable {
        var constituencies: Int
        var identical: Bool
        var differences: [String]
    }

    func compare(_ left: String, _ right: String) throws -> Comparison {
        let scrutin = try String(contentsOfFile: left, encoding: .utf8).split(separator: "\n").dropFirst().map(
            String.init
        )
        let duckdb = try String(contentsOfFile: right, encoding: .utf8).split(separator: "\n").dropFirst().map(
            String.init
        )
        var differences: [String] = []
        if scrutin.count != duckdb.count {
            differences.append("Scrutin has \(scrutin.count) constituencies, DuckDB \(duckdb.count)")
        }
        for (ours, theirs) in zip(scrutin, duckdb) where ours != theirs {
            differences.append("  Scrutin \(ours)  ≠  DuckDB \(theirs)")
        }
        return Comparison(constituencies: scrutin.count, identical: differences.isEmpty, differences: differences)
    }

    /// Runs a program and returns its standard output; fails when it exits with an error.
    func runProcess(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.contains("/") ? program : "/usr/bin/env")
        process.arguments = program.contains("/") ? arguments : [program] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError(
                "\(program) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)):\n"
                    + String(decoding: errorData, as: UTF8.self)
            )
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The machine a benchmark ran on.
struct Machine: Codable {
    var cores: Int
    var cpu: String
    var memoryGiB: Int
    var system: String

    static var current: Machine {
        let info = ProcessInfo.processInfo
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) }
            ?? "unknown"
        return Machine(
            cores: info.activeProcessorCount,
            cpu: model,
            memoryGiB: Int(info.physicalMemory >> 30),
            system: info.operatingSystemVersionString
        )
    }
}

/// What `scrutin bench` reports.
struct BenchReport: Codable {
    var schema = "scrutin.bench/1"
    var scale: String
    var bundle: String
    var machine: Machine
    var scrutin: [BenchWorker.Report]
    var duckdb: [String: [Bench.DuckDBRun]]
    var comparison: Bench.Comparison?

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    var text: String {
        func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }
        func mib(_ value: Double) -> String { String(format: "%.0f MiB", value) }
        var text = "SCRUTIN BENCHMARK · \(scale) · \(bundle)\n"
        if let first = scrutin.first {
            text += "\(first.stations) stations, \(first.constituencies) constituencies, "
            text +=
                "\(first.voteRows[0]) vote rows in round 1, \(first.voteRows.count > 1 ? first.voteRows[1] : 0) in round 2\n"
        }
        text += "Machine: \(machine.cores) cores, \(machine.cpu), \(machine.memoryGiB) GiB, \(machine.system)\n"
        text += "Median of \(scrutin.count) run(s) each; every run in its own process.\n\n"
        var table = TextTable([
            .init("What"), .init("Wall", .right), .init("CPU", .right), .init("Peak memory", .right),
        ])
        let round1Wall = Self.median(scrutin.map(\.round1.wallSeconds))
        let round1 = scrutin.first { $0.round1.wallSeconds == round1Wall } ?? scrutin[0]
        table.add([
            "Scrutin, round 1: load, checks, tabulation, outcomes", seconds(round1.round1.wallSeconds),
            seconds(round1.round1.cpuSeconds), mib(round1.round1.peakMiB),
        ])
        let round2Wall = Self.median(scrutin.map(\.round2.wallSeconds))
        let round2 = scrutin.first { $0.round2.wallSeconds == round2Wall } ?? scrutin[0]
        table.add([
            "Scrutin, then round 2", "+" + seconds(round2.round2.wallSeconds), "+" + seconds(round2.round2.cpuSeconds),
            mib(round2.round2.peakMiB),
        ])
        var duckdbWall: Double?
        for (script, label) in [
            ("round1", "DuckDB, round 1: same checks and outcomes"),
            ("outcomes-only", "DuckDB, round 1: outcomes only, no check"),
        ] {
            guard let runs = duckdb[script], !runs.isEmpty else { continue }
            let wall = Self.median(runs.map(\.wallSeconds))
            let run = runs.first { $0.wallSeconds == wall } ?? runs[0]
            if script == "round1" { duckdbWall = wall }
            table.add([
                label + " (\(run.threads) threads)", seconds(run.wallSeconds), seconds(run.cpuSeconds),
                mib(run.peakMiB),
            ])
        }
        text += table.render(indent: 0) + "\n"
        func mark(_ pass: Bool) -> String { pass ? "✓" : "✗" }
        if let duckdbWall {
            let ratio = round1.round1.wallSeconds / duckdbWall
            text += String(format: "Wall time, Scrutin ÷ DuckDB: %.3f (target ≤ 0.200) %@\n", ratio, mark(ratio <= 0.2))
        }
        text += String(
            format: "Peak memory, round 1: %.0f MiB (target ≤ 315 MiB) %@\n",
            round1.round1.peakMiB,
            mark(round1.round1.peakMiB <= 315)
        )
        if let incremental = scrutin.first?.incremental, incremental.sheets > 0 {
            text += String(
                format:
                    "One more sheet (%d sheets, one at a time): mean %.2f µs, median %.2f µs, p99 %.2f µs, max %.2f µs (target ≤ 10 µs) %@\n",
                incremental.sheets,
                incremental.meanMicroseconds,
                incremental.medianMicroseconds,
                incremental.p99Microseconds,
                incremental.maxMicroseconds,
                mark(incremental.meanMicroseconds <= 10)
            )
            text +=
                "  after every held sheet is added, the results equal a full load: \(mark(incremental.matchesFullLoad))\n"
        }
        if let comparison {
            text +=
                "Outcomes identical to DuckDB's on \(comparison.constituencies) of \(comparison.constituencies) constituencies \(mark(comparison.identical))\n"
        }
        return text
    }
}

/// The package root, for the default paths of the benchmark scripts.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
