import Foundation
import ScrutinTestSupport
import Testing

@testable import scrutin

/// Election files damaged on disk.
///
/// A value of the wrong type after a schema edit, bytes overwritten inside a page: every reading
/// command, run as its own process, must end with a status and a message, never a trap (a
/// signal) or a hang.
@Suite(.serialized)
final class DamagedFileTests {
    let scratch = Scratch()

    /// The commands that read an election file, `FILE` standing for its path.
    static let readers: [[String]] = [
        ["verify", "FILE"], ["results", "FILE"], ["log", "FILE"], ["queue", "FILE"],
        ["report", "FILE", "--format", "json"], ["diff", "FILE"], ["check", "FILE"],
    ]

    /// An election file as the README's session makes it: defined, round 1 imported, published
    /// provisionally (unsigned) and finally (signed).
    func electionFile() throws -> String {
        let bundle = try scratch.write(Fixture.bundle)
        let folder = try scratch.folder()
        let file = folder + "/e.scrutin"
        let steps: [[String]] = [
            ["init", file, "--from", bundle, "--actor", "admin", "--time", "2024-03-03T19:00:00Z"],
            ["import", file, bundle + "/round-1", "--actor", "admin", "--time", "2024-03-03T21:00:00Z"],
            ["keygen", folder + "/court.key"],
            [
                "publish", file, "--round", "1", "--stage", "provisional", "--actor", "MATD", "--unsigned", "--time",
                "2024-03-05",
            ],
            [
                "publish", file, "--round", "1", "--stage", "final", "--actor", "Court", "--key", folder + "/court.key",
                "--time", "2024-03-10",
            ],
        ]
        for step in steps {
            let result = try run(step)
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
        return file
    }

    /// How a process ended.
    struct Ending {
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var output: String
        var errors: String
    }

    /// Runs the binary with a time limit; its output goes to files (a pipe that fills would
    /// look like a hang).
    func runBounded(_ arguments: [String], timeout: TimeInterval = 20) throws -> Ending {
        let folder = try scratch.folder()
        let paths = (output: folder + "/out", errors: folder + "/err")
        for path in [paths.output, paths.errors] { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        // No backtrace on a crash: the test wants the signal, quickly.
        let process = binaryProcess(arguments, environment: ["SWIFT_BACKTRACE": "enable=no"])
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.output))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.errors))
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return Ending(
            status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut,
            output: (try? String(contentsOfFile: paths.output, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: paths.errors, encoding: .utf8)) ?? ""
        )
    }

    /// Runs every reader on a file and checks how each ended; returns their statuses.
    @discardableResult
    func readAll(_ file: String, _ what: String) throws -> [String: Int32] {
        var statuses: [String: Int32] = [:]
        for command in Self.readers {
            let arguments = command.map { $0 == "FILE" ? file : $0 }
            let ending = try runBounded(arguments)
            #expect(!ending.timedOut, "\(what): \(arguments[0]) hangs")
            #expect(!ending.signalled, "\(what): \(arguments[0]) traps (signal \(ending.status)): \(ending.errors)")
            #expect([0, 1, 2, 3].contains(ending.status), "\(what): \(arguments[0]) exits \(ending.status)")
            #expect(
                ending.status == 0 || !(ending.errors + ending.output).isEmpty,
                "\(what): \(arguments[0]) fails without a message"
            )
            #expect(!ending.errors.contains("Fatal error"), "\(what): \(arguments[0]): \(ending.errors)")
            statuses[arguments[0]] = ending.status
        }
        return statuses
    }

    @Test(
        "A value of the wrong type (NULL where the schema said NOT NULL, text for a number): a clear error, exit 3",
        arguments: [
            ("events", "hash", "NULL"), ("events", "event", "NULL"), ("events", "previous_hash", "NULL"),
            ("events", "sequence", "'two'"), ("events", "round", "'one'"), ("events", "actor", "NULL"),
            ("blobs", "size", "NULL"), ("blobs", "bytes", "NULL"), ("blobs", "size", "'big'"),
            ("signatures", "sequence", "NULL"), ("signatures", "signature", "NULL"), ("snapshots", "snapshot", "NULL"),
            ("snapshots", "sequence", "'x'"), ("meta", "value", "NULL"),
        ]
    )
    func wrongType(_ table: String, _ column: String, _ value: String) throws {
        let file = try electionFile()
        // A schema edit: the table rebuilt without its types and constraints, then the value set.
        try sql(
            file,
            """
            PRAGMA writable_schema = OFF;
            CREATE TABLE loose AS SELECT * FROM \(table);
            DROP TABLE \(table);
            ALTER TABLE loose RENAME TO \(table);
            UPDATE \(table) SET \(column) = \(value) WHERE rowid = (SELECT max(rowid) FROM \(table));
            """
        )
        let statuses = try readAll(file, "\(table).\(column) = \(value)")
        #expect(statuses["verify"] != 0, "verify passes a damaged file: \(table).\(column) = \(value)")
    }

    @Test("64 bytes overwritten inside each page in turn: every reader ends with a status and a message")
    func overwrittenPages() throws {
        let file = try electionFile()
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        // The page size: bytes 16–17 of the header, big-endian (1 means 65536).
        let declared = Int(original[16]) << 8 | Int(original[17])
        let pageSize = declared == 1 ? 65_536 : declared
        #expect(pageSize >= 512 && original.count % pageSize == 0)
        let pages = min(original.count / pageSize, 16)
        var seed: UInt64 = 0x5EED
        for page in 0..<pages {
            // The page's header, its cell pointers, its middle, and the cells at its end.
            for offset in [0, 8, pageSize / 2, pageSize - 64] {
                var damaged = original
                let start = page * pageSize + offset
                for index in start..<(start + 64) {
                    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    damaged[index] = UInt8(truncatingIfNeeded: seed >> 56)
                }
                let copy = try scratch.folder() + "/damaged.scrutin"
                try Data(damaged).write(to: URL(fileURLWithPath: copy))
                try readAll(copy, "page \(page) + \(offset)")
            }
        }
    }

    /// Runs SQL on a file behind the program's back (its triggers dropped first).
    func sql(_ path: String, _ sql: String) throws {
        let script = try scratch.folder() + "/edit.sql"
        try Data(sql.utf8).write(to: URL(fileURLWithPath: script))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                + "[c.execute('DROP TRIGGER ' + n) for (n,) in c.execute(\"SELECT name FROM sqlite_master WHERE type = 'trigger'\").fetchall()]; "
                + "c.executescript(open(sys.argv[2]).read()); c.commit()",
            path, script,
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3's sqlite3 could not edit the file")
    }
}
