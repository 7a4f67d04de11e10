import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinFileSystem
import ScrutinStore
import ScrutinSynthetic

#if canImport(Glibc)
import Glibc
#endif

/// `scrutin bench --record`: the election file against the bundle, and keyed sheets per second in
/// a long-lived process.
///
/// Each command runs in its own process, timed with its peak memory (`wait4`): the bundle's load,
/// `init`, `import` of round 1, `enter` of one sheet, `results` from the file, `verify`. Then, in
/// one process (`bench record-writer`), 50 tasks key held-back sheets twice each through one
/// `RecordWriter` (group commit); every answer comes once its transaction is durable. The count of
/// events and of accepted sheets is checked at the end: nothing lost, nothing doubled.
struct RecordBench {
    var scale: Bench.Scale
    var data: String
    /// Sheets held back from round 1 and keyed by two clerks each in the long-lived process.
    var sheets: Int?
    /// Tasks keying at once.
    var writers: Int
    /// Runs of each command; the median is reported.
    var repeats: Int
    var format: TableOrJSON

    struct Step: Codable {
        var name: String
        var seconds: [Double]
        var peakMiB: [Double]
        var median: Double { BenchReport.median(seconds) }
        var peak: Double { peakMiB.max() ?? 0 }
    }

    struct Report: Codable {
        var scale: String
        var stations: Int
        var steps: [Step]
        var writer: RecordBenchWriter.Report
    }

    func execute(console: Console) throws -> Int32 {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let (stations, constituencies, seed, _) = scale.parameters
        let held = sheets ?? (scale == .mali ? 2_000 : 10_000)
        // Clean sheets (no deliberate defect): an import naming unknown stations is refused whole.
        let folder = "\(data)/record-\(scale.rawValue)-\(stations)-\(constituencies)-\(seed)"
        if !FileManager.default.fileExists(atPath: folder + "/election.json") {
            console.progress("Generating the \(scale.rawValue) bundle…")
            _ = try Self.measure(
                executable,
                [
                    "generate", folder, "--stations", String(stations), "--constituencies", String(constituencies),
                    "--seed", String(seed),
                ]
            )
        }
        // Round 1 with `held` sheets held back, spread over the country, for entries.
        let partial = folder + "-partial"
        let heldFile = partial + "/held.csv"
        if !FileManager.default.fileExists(atPath: heldFile) {
            try? FileManager.default.removeItem(atPath: partial)
            try Self.holdBack(held, from: folder + "/round-1", into: partial + "/round-1", list: heldFile)
        }
        let file = "\(data)/record-\(scale.rawValue).scrutin"
        var steps: [Step] = []
        func step(_ name: String, _ arguments: () -> [String], before: () throws -> Void = {}) throws {
            var result = Step(name: name, seconds: [], peakMiB: [])
            for run in 1...repeats {
                console.progress("\(name), run \(run) of \(repeats)…")
                try before()
                let measured = try Self.measure(executable, arguments())
                result.seconds.append(measured.seconds)
                result.peakMiB.append(measured.peakMiB)
            }
            steps.append(result)
        }
        try step("bundle: results round 1", { ["results", folder, "--round", "1", "--format", "json"] })
        try step(
            "init",
            { ["init", file, "--from", folder, "--actor", "admin"] },
            before: { try? FileManager.default.removeItem(atPath: file) }
        )
        try step(
            "import round 1",
            { ["import", file, partial + "/round-1", "--actor", "admin"] },
            before: {
                try? FileManager.default.removeItem(atPath: file)
                _ = try Self.measure(executable, ["init", file, "--from", folder, "--actor", "admin"])
            }
        )
        let heldSheets = try Self.heldSheets(heldFile)
        var next = 0
        try step(
            "enter one sheet",
            {
                let sheet = heldSheets[next % heldSheets.count]
                next += 1
                return ["enter", file, "--round", "1", "--station", sheet.station, "--actor", "clerk-bench"]
                    + sheet.arguments
            }
        )
        try step("file: results round 1", { ["results", file, "--round", "1", "--format", "json"] })
        try step("verify", { ["verify", file] })

        // The long-lived process, on a fresh file with the held sheets still to key.
        console.progress("\(writers) writers keying \(held) sheets twice each…")
        try? FileManager.default.removeItem(atPath: file)
        _ = try Self.measure(executable, ["init", file, "--from", folder, "--actor", "admin"])
        _ = try Self.measure(executable, ["import", file, partial + "/round-1", "--actor", "admin"])
        let output = try Self.measure(
            executable,
            ["bench", "record-writer", file, heldFile, "--writers", String(writers)]
        )
        let writer = try JSONDecoder().decode(RecordBenchWriter.Report.self, from: Data(output.output.utf8))
        // Opening the file after results night: the writer's many events, then the checkpoint it
        // wrote as it closed.
        try step("file after the writers: results", { ["results", file, "--round", "1", "--format", "json"] })
        console.endProgress()
        let report = Report(scale: scale.rawValue, stations: stations, steps: steps, writer: writer)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            console.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        case .table: console.write(Self.text(report))
        }
        return writer.lost == 0 && writer.doubled == 0 ? 0 : 1
    }

    static func text(_ report: Report) -> String {
        func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }
        var text = "Election file, \(report.scale) scale (\(report.stations) stations), medians:\n"
        for step in report.steps {
            text += "  \(step.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(seconds(step.median))"
            text += String(format: "  peak %.0f MiB\n", step.peak)
        }
        let writer = report.writer
        text += String(
            format: "Long-lived process: %d events from %d writers in %.2f s: %.0f keyed sheets/s, "
                + "%.0f sheets accepted/s\n",
            writer.events,
            writer.writers,
            writer.seconds,
            writer.eventsPerSecond,
            writer.acceptedPerSecond
        )
        text += String(
            format: "  latency to durable: median %.1f ms, p99 %.1f ms, max %.1f ms; %d transactions, largest %d\n",
            writer.medianMilliseconds,
            writer.p99Milliseconds,
            writer.maxMilliseconds,
            writer.transactions,
            writer.largestBatch
        )
        text += "  counted at the end: \(writer.lost) lost, \(writer.doubled) doubled, \(writer.refused) refused\n"
        text += String(format: "  closing (a checkpoint at the head): %.3f s\n", writer.closeSeconds)
        return text
    }

    /// A held-back sheet and its `enter` arguments.
    struct HeldSheet {
        var station: String
        var registered: Int
        var voters: Int
        var invalid: Int
        var valid: Int
        var votes: [(String, Int)]

        var arguments: [String] {
            [
                "--registered", String(registered), "--voters", String(voters), "--invalid", String(invalid),
                "--valid", String(valid), "--votes", votes.map { "\($0.0)=\($0.1)" }.joined(separator: ","),
            ]
        }

        var entry: SheetEntry {
            SheetEntry(
                station: station,
                registered: registered,
                voters: voters,
                invalid: invalid,
                valid: valid,
                votes: votes.map { .init(list: $0.0, votes: $0.1) }
            )
        }
    }

    /// Copies a generated round-1 folder without every n-th sheet (and its votes); lists those
    /// sheets in `list` as `station,registered,voters,invalid,valid,list=votes;…`.
    static func holdBack(_ count: Int, from source: String, into target: String, list: String) throws {
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        let sheets = try String(contentsOfFile: source + "/sheets.csv", encoding: .utf8).split(separator: "\n")
        let votes = try String(contentsOfFile: source + "/votes.csv", encoding: .utf8).split(separator: "\n")
        let step = max(1, (sheets.count - 1) / max(1, count))
        var held: [Substring: Substring] = [:]
        var keptSheets = [sheets[0]]
        for (index, line) in sheets.dropFirst().enumerated() {
            if index % step == 0, held.count < count, let station = line.split(separator: ",").first {
                held[station] = line
            } else {
                keptSheets.append(line)
            }
        }
        var keptVotes = [votes[0]]
        var heldVotes: [Substring: [Substring]] = [:]
        for line in votes.dropFirst() {
            let fields = line.split(separator: ",")
            if let station = fields.first, held[station] != nil, fields.count == 3 {
                heldVotes[station, default: []].append(fields[1] + "=" + fields[2])
            } else {
                keptVotes.append(line)
            }
        }
        try (keptSheets.joined(separator: "\n") + "\n").write(
            toFile: target + "/sheets.csv",
            atomically: true,
            encoding: .utf8
        )
        try (keptVotes.joined(separator: "\n") + "\n").write(
            toFile: target + "/votes.csv",
            atomically: true,
            encoding: .utf8
        )
        if FileManager.default.fileExists(atPath: source + "/closed.csv") {
            try FileManager.default.copyItem(atPath: source + "/closed.csv", toPath: target + "/closed.csv")
        }
        let lines = held.sorted { $0.key < $1.key }.map { station, line in
            String(line) + "," + (heldVotes[station] ?? []).joined(separator: ";")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: list, atomically: true, encoding: .utf8)
    }

    static func heldSheets(_ path: String) throws -> [HeldSheet] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 6, let registered = Int(fields[1]), let voters = Int(fields[2]),
                let invalid = Int(fields[3]), let valid = Int(fields[4])
            else { return nil }
            let votes: [(String, Int)] = fields[5].split(separator: ";").compactMap { item in
                let parts = item.split(separator: "=")
                guard parts.count == 2, let value = Int(parts[1]) else { return nil }
                return (String(parts[0]), value)
            }
            return HeldSheet(
                station: String(fields[0]),
                registered: registered,
                voters: voters,
                invalid: invalid,
                valid: valid,
                votes: votes
            )
        }
    }

    /// Runs a program to its end; its wall time, its own peak memory, and its output.
    static func measure(
        _ program: String,
        _ arguments: [String]
    ) throws -> (
        seconds: Double, peakMiB: Double, output: String
    ) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("scrutin-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["SCRUTIN_ACTOR"] = environment["SCRUTIN_ACTOR"] ?? "bench"
        // The peak memory is read by /usr/bin/time, a small process that starts the command: a
        // child of this process would count this process's own pages as its peak.
        let memory = output.path + ".rss"
        defer { try? FileManager.default.removeItem(atPath: memory) }
        let timer = "/usr/bin/time"
        let timed = FileManager.default.isExecutableFile(atPath: timer)
        let command = timed ? [timer, "-f", "%M", "-o", memory, program] + arguments : [program] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        guard posix_spawn(&pid, command[0], &actions, nil, argv, envp) == 0 else {
            throw ValidationError("cannot start \(program)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        // A normal exit with status 0: the low 7 bits (the signal) and the status byte are zero.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw ValidationError("\(([program] + arguments).joined(separator: " ")) failed (status \(status))")
        }
        let peak = (try? String(contentsOfFile: memory, encoding: .utf8))?.split(separator: "\n").last.flatMap {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        return (seconds, (peak ?? 0) / 1024, text)
    }
}

/// `scrutin bench record-writer FILE HELD`: the long-lived process of `bench --record`.
struct RecordBenchWriter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record-writer",
        abstract: "Key held-back sheets twice each from many tasks through one RecordWriter (for bench --record).",
        shouldDisplay: false
    )

    @Argument var file: String
    @Argument var held: String
    @Option var writers: Int = 50

    struct Report: Codable {
        var writers: Int
        var events: Int
        var seconds: Double
        var eventsPerSecond: Double
        var acceptedPerSecond: Double
        var medianMilliseconds: Double
        var p99Milliseconds: Double
        var maxMilliseconds: Double
        var transactions: Int
        var largestBatch: Int
        var lost: Int
        var doubled: Int
        var refused: Int
        var peakMiB: Double
        /// Closing the file, which writes a checkpoint at the head.
        var closeSeconds: Double
    }

    func run() throws {
        // The tasks run on the concurrency pool; this thread waits for them.
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<String, any Error> = .success("")
        Task {
            do { outcome = .success(try await measure()) } catch { outcome = .failure(error) }
            done.signal()
        }
        done.wait()
        print(try outcome.get())
    }

    func measure() async throws -> String {
        let store = try ElectionStore.open(at: file, options: .machine, checkpointInterval: Int.max / 2)
        // Only figures are kept from the record as it was: a copy of it held through the run would
        // share the live count's columns, and the first write would copy them all (the peak was
        // 526 MiB at national scale with it, 417 MiB without), as in a server that held an old
        // record.
        let (baseHead, baseCounted) = try { () throws -> (Int, Int) in
            let before = try store.record()
            return (before.head, try before.count(blobs: store.blobs).rounds[0].nation.coverage.counted)
        }()
        let sheets = try RecordBench.heldSheets(held)
        let writer = RecordWriter(store: store, clock: { RecordClock.now() })
        let writers = max(1, self.writers)
        let start = DispatchTime.now()
        let latencies = try await withThrowingTaskGroup(of: ([Double], Int).self) { group in
            for task in 0..<writers {
                group.addTask {
                    var latencies: [Double] = []
                    var refused = 0
                    let mine = stride(from: task, to: sheets.count, by: writers).map { sheets[$0] }
                    for sheet in mine {
                        for clerk in ["clerk-\(task)-a", "clerk-\(task)-b"] {
                            let begin = DispatchTime.now()
                            do {
                                _ = try await writer.append(
                                    .init(
                                        body: .sheet(round: 1, station: sheet.station, action: .enter(sheet.entry)),
                                        actor: Actor(name: clerk, role: .clerk)
                                    )
                                )
                            } catch StoreError.record {
                                refused += 1
                            }
                            latencies.append(
                                Double(DispatchTime.now().uptimeNanoseconds - begin.uptimeNanoseconds) / 1e6
                            )
                        }
                    }
                    return (latencies, refused)
                }
            }
            var all: ([Double], Int) = ([], 0)
            for try await (latencies, refused) in group {
                all.0 += latencies
                all.1 += refused
            }
            return all
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        // Counted again from the file, by a new reader: every event there once, every sheet accepted.
        let after = try ElectionStore.open(at: file).record()
        let events = after.head - baseHead
        let counted = try after.count(blobs: store.blobs).rounds[0].nation.coverage.counted - baseCounted
        let sorted = latencies.0.sorted()
        func percentile(_ share: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
        }
        // A server stopping: the events since the import are more than the interval, so closing
        // writes a checkpoint, and the next process to open the file reads a short stretch.
        let closing = DispatchTime.now()
        try store.close()
        let closeSeconds = Double(DispatchTime.now().uptimeNanoseconds - closing.uptimeNanoseconds) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let report = Report(
            writers: writers,
            events: events,
            seconds: seconds,
            eventsPerSecond: Double(events) / seconds,
            acceptedPerSecond: Double(counted) / seconds,
            medianMilliseconds: percentile(0.5),
            p99Milliseconds: percentile(0.99),
            maxMilliseconds: sorted.last ?? 0,
            transactions: await writer.transactions,
            largestBatch: await writer.largestBatch,
            lost: max(0, sheets.count * 2 - latencies.1 - events) + max(0, sheets.count - counted),
            doubled: max(0, events - (sheets.count * 2 - latencies.1)),
            refused: latencies.1,
            peakMiB: Double(usage.ru_maxrss) / 1024,
            closeSeconds: closeSeconds
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
