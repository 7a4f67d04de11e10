import Foundation
import ScrutinCore
import ScrutinTestSupport
import Testing

@testable import scrutin

/// The election file through the command line: a session from `init` to `diff`, refusals, and
/// what happens when processes are killed or write at the same time.
@Suite(.serialized)
final class RecordCommandTests {
    let scratch = Scratch()

    /// A folder with the fixture bundle and a new election file defined from it.
    func initialised() throws -> (bundle: String, file: String) {
        let bundle = try scratch.write(Fixture.bundle)
        let file = try scratch.folder() + "/fixture.scrutin"
        let result = try run(["init", file, "--from", bundle, "--actor", "admin", "--time", "2024-03-03T19:00:00Z"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Created \(file): Fixture election, 2 constituencies, 4 polling stations."))
        return (bundle, file)
    }

    @Test("A session: init, import, double entry, publish signed, rule, publish final, verify, log, diff, as-of")
    func session() throws {
        let (bundle, file) = try initialised()
        var result = try run([
            "import", file, bundle + "/round-1", "--actor", "admin", "--time", "2024-03-03T21:00:00Z",
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Imported round 1: event 2"))
        #expect(result.output.contains("4 sheets counted, 0 quarantined"))

        // Publications, signed by the ministry's and the court's keys.
        let keys = try scratch.folder()
        for name in ["ministry", "court"] {
            result = try run(["keygen", keys + "/" + name + ".key"])
            #expect(result.status == 0)
            let secret = try String(contentsOfFile: keys + "/" + name + ".key", encoding: .utf8)
                .split(separator: "\n")[1]
            #expect(!result.output.contains(secret), "the private key must never be printed")
            let permissions = try FileManager.default.attributesOfItem(atPath: keys + "/" + name + ".key")[
                .posixPermissions
            ]
            #expect(permissions as? Int == 0o600)
        }
        for (round, stage, actor, key, time) in [
            ("1", "provisional", "MATD", "ministry", "2024-03-05T10:00:00Z"),
            ("1", "final", "Court", "court", "2024-03-10T10:00:00Z"),
        ] {
            result = try run([
                "publish", file, "--round", round, "--stage", stage, "--actor", actor, "--key", keys + "/\(key).key",
                "--time", time,
            ])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.contains("Journal head (sha256): "))
        }

        // Round 2, keyed twice: N1-01 agrees at once, N1-02 differs and a supervisor keeps one.
        func enter(_ clerk: String, _ station: String, _ figures: [String], _ votes: String) throws -> Run {
            try run(
                [
                    "enter", file, "--round", "2", "--station", station, "--actor", clerk, "--time",
                    "2024-03-24T20:00:00Z",
                ]
                    + [
                        "--registered", figures[0], "--voters", figures[1], "--invalid", figures[2], "--valid",
                        figures[3],
                    ]
                    + ["--votes", votes]
            )
        }
        result = try enter("clerk-a", "N1-01", ["500", "280", "8", "272"], "LA-N1=130,LB-N1=142")
        #expect(result.output.contains("keyed once (by clerk-a)"), "\(result.output)\(result.errors)")
        result = try enter("clerk-b", "N1-01", ["500", "280", "8", "272"], "LA-N1=130,LB-N1=142")
        #expect(result.output.contains("accepted, clerk-a and clerk-b agree"), "\(result.output)")
        result = try enter("clerk-a", "N1-02", ["400", "190", "4", "186"], "LA-N1=90,LB-N1=96")
        result = try enter("clerk-b", "N1-02", ["400", "190", "4", "186"], "LA-N1=96,LB-N1=90")
        #expect(result.output.contains("differ (list LA-N1, list LB-N1)"), "\(result.output)")
        result = try run(["queue", file])
        #expect(result.status == 1 && result.output.contains("1 sheet(s) waiting"))
        result = try run([
            "resolve", file, "--round", "2", "--station", "N1-02", "--keep", "first", "--actor", "sup",
            "--time", "2024-03-24T21:00:00Z",
        ])
        #expect(result.output.contains("accepted, sup kept the first entry"), "\(result.output)\(result.errors)")
        #expect(try run(["queue", file]).status == 0)

        result = try run([
            "publish", file, "--round", "2", "--stage", "provisional", "--actor", "MATD", "--key",
            keys + "/ministry.key", "--time", "2024-03-26T10:00:00Z",
        ])
        #expect(result.status == 0, "\(result.errors)")

        // The court corrects N1-02's round-2 sheet: LA 230 against LB 228, LA wins N1.
        result = try run([
            "rule", "correct-sheet", file, "--round", "2", "--station", "N1-02", "--registered", "400", "--voters",
            "190",
            "--invalid", "4", "--valid", "186", "--votes", "LA-N1=100,LB-N1=86", "--number", "arrêt n°7",
            "--date", "2024-03-30", "--actor", "Court", "--time", "2024-03-30T10:00:00Z",
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("elected B+C"), "\(result.output)")
        #expect(result.output.contains("elected A"))
        result = try run([
            "publish", file, "--round", "2", "--stage", "final", "--actor", "Court", "--key", keys + "/court.key",
            "--time", "2024-03-30T12:00:00Z",
        ])
        #expect(result.status == 0)

        result = try run(["verify", file, "--key", keys + "/ministry.key.pub", "--key", keys + "/court.key.pub"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("valid signatures: 4"))
        #expect(result.output.contains("OK: the journal is intact."))

        result = try run(["log", file, "--station", "N1-02"])
        #expect(result.output.contains("4 of 12 events"), "\(result.output)")
        result = try run(["log", file, "--kind", "ruling"])
        #expect(result.output.contains("arrêt n°7") && result.output.contains("1 of 12 events"))
        result = try run(["log", file, "--format", "json"])
        #expect(result.output.contains("\"schema\" : \"scrutin.log/1\""))

        // The diff: provisional against final, per round; round 2 has the correction.
        result = try run(["diff", file])
        #expect(result.status == 0)
        #expect(result.output.contains("The results did not change."), "\(result.output)")  // round 1
        #expect(
            result.output.contains("#11 sheet corrected: Cour constitutionnelle, arrêt n°7, 2024-03-30"),
            "\(result.output)"
        )
        result = try run(["diff", file, "provisional-2", "final-2", "--format", "json"])
        #expect(result.output.contains("\"after\" : \"elected A\""), "\(result.output)")

        // As of the round-2 provisional publication, B+C held N1; now A does.
        result = try run(["results", file, "--as-of", "provisional-2", "--format", "json"])
        #expect(result.status == 0)
        let before = result.output
        result = try run(["results", file, "--format", "json"])
        #expect(before != result.output)
        result = try run(["results", file, "--as-of", "2024-03-26", "--round", "2"])
        #expect(result.output.contains("LB-N1"), "\(result.output)")
        result = try run(["results", file, "--as-of", "99"])
        #expect(result.status == 64 && result.errors.contains("event 99 does not exist"))
    }

    @Test("Keys: created owner-only and never over a file; a private key others can read is refused")
    func keys() throws {
        let folder = try scratch.folder()
        let key = folder + "/court.key"
        #expect(try run(["keygen", key]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Never over an existing file, nor through a link.
        let again = try run(["keygen", key])
        #expect(again.status == 3 && again.errors.contains("exists already"))
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/link.key",
            withDestinationPath: folder + "/elsewhere"
        )
        #expect(try run(["keygen", folder + "/link.key"]).status == 3)
        #expect(!FileManager.default.fileExists(atPath: folder + "/elsewhere"))
        // A key others can read is refused, saying how to fix it.
        let (_, file) = try initialised()
        _ = try run(["import", file, try scratch.write(Fixture.bundle) + "/round-1", "--actor", "admin"])
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let open = try run(["publish", file, "--round", "1", "--stage", "provisional", "--actor", "MATD", "--key", key])
        #expect(open.status == 3 && open.errors.contains("chmod 600"), "\(open.errors)")
        #expect(throws: (any Error).self) {
            try run([
                "publish", file, "--round", "1", "--stage", "provisional", "--actor", "M", "--key", key, "--unsigned",
            ])
        }
    }

    @Test("Times: real UTC times, not far ahead of the clock; a bad time or moment is a usage error")
    func times() throws {
        let (_, file) = try initialised()
        for time in ["2024-02-30", "2024-03-03T25:00:00Z", "yesterday", "9999-12-31T23:59:59Z"] {
            #expect(throws: (any Error).self, "\(time)") {
                try run([
                    "publish", file, "--round", "1", "--stage", "provisional", "--actor", "M", "--unsigned", "--time",
                    time,
                ])
            }
        }
        #expect(try run(["results", file, "--as-of", "bogus"]).status == 64)
        #expect(try run(["queue", file, "--round", "9"]).status == 64)
        #expect(try run(["log", file, "--round", "9"]).status == 64)
        #expect(throws: (any Error).self) { try run(["log", file, "--format", "csv"]) }
    }

    @Test("verify: a journal cut short is named as such; caches are not rebuilt from a tampered file")
    func verifyEdges() throws {
        let (bundle, file) = try initialised()
        _ = try run(["import", file, bundle + "/round-1", "--actor", "admin", "--time", "2024-03-03T21:00:00Z"])
        _ = try run([
            "publish", file, "--round", "1", "--stage", "provisional", "--actor", "M", "--unsigned", "--time",
            "2024-03-04",
        ])
        try tamper(file, "DROP TRIGGER events_no_delete; DELETE FROM events WHERE sequence = 3")
        var result = try run(["verify", file])
        #expect(result.status == 1)
        #expect(result.output.contains("refer to event 3, but the journal ends at event 2"), "\(result.output)")
        // A changed file: the caches stay as they were, for the evidence.
        let (_, other) = try initialised()
        _ = try run(["import", other, bundle + "/round-1", "--actor", "admin", "--time", "2024-03-03T21:00:00Z"])
        _ = try run([
            "publish", other, "--round", "1", "--stage", "provisional", "--actor", "M", "--unsigned", "--time",
            "2024-03-04",
        ])
        try tamper(
            other,
            "DROP TRIGGER blobs_no_update; UPDATE blobs SET bytes = CAST(replace(CAST(bytes AS TEXT), 'N1-01,500,300', 'N1-01,500,301') AS BLOB)"
        )
        result = try run(["verify", other, "--rebuild-caches"])
        #expect(result.status == 1 && result.errors.contains("not rebuilt"), "\(result.output)\(result.errors)")
    }

    @Test("A stored file changed behind the program's back: its figure is never shown, proclaimed or signed")
    func changedStoredFile() throws {
        let (bundle, file) = try initialised()
        _ = try run(["import", file, bundle + "/round-1", "--actor", "admin", "--time", "2024-03-03T21:00:00Z"])
        _ = try run([
            "publish", file, "--round", "1", "--stage", "provisional", "--actor", "M", "--unsigned", "--time",
            "2024-03-04",
        ])
        let keys = try scratch.folder()
        #expect(try run(["keygen", keys + "/court.key"]).status == 0)
        let intact = try run(["results", file, "--round", "1", "--format", "json"])
        // LA-N1's 150 votes at N1-01 become 250: the same size, another SHA-256.
        try tamper(
            file,
            "DROP TRIGGER blobs_no_update; UPDATE blobs SET bytes = CAST(replace(CAST(bytes AS TEXT), "
                + "'N1-01,LA-N1,150', 'N1-01,LA-N1,250') AS BLOB) WHERE CAST(bytes AS TEXT) LIKE '%N1-01,LA-N1,150%'"
        )
        // Commands that read the file refuse it (exit 3); those that start from the checkpoint
        // written when the import was taken, from the intact bytes, show the intact figures.
        for arguments in [
            ["results", file, "--round", "1", "--format", "json"], ["check", file], ["runoffs", file],
            ["report", file, "--format", "json"], ["diff", file, "1", "head"],
        ] {
            let result = try run(arguments)
            if result.status == 3 {
                #expect(result.errors.contains("no longer matches its SHA-256"), "\(arguments): \(result.errors)")
                #expect(result.output.isEmpty, "\(arguments)")
            } else {
                // LA-N1's total in North: 230 intact, 330 with the changed figure.
                #expect(!result.output.contains("330"), "\(arguments): \(result.output)")
            }
        }
        #expect(try run(["results", file, "--round", "1", "--format", "json"]).output == intact.output)
        // Proclaiming replays the journal: the changed file is refused, and nothing is signed.
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let publish = try run([
            "publish", file, "--round", "1", "--stage", "final", "--actor", "Court", "--key", keys + "/court.key",
        ])
        #expect(publish.status == 3, "\(publish.output)\(publish.errors)")
        #expect(publish.errors.contains("no longer matches its SHA-256"), "\(publish.errors)")
        #expect(!publish.output.contains("Signed by"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        let verify = try run(["verify", file])
        #expect(verify.status == 1 && verify.output.contains("was changed"), "\(verify.output)")
    }

    @Test("verify --rebuild-caches: refused unless every check passes, signatures included; the evidence stays")
    func rebuildNeedsSignatures() throws {
        let keys = try scratch.folder()
        for name in ["court", "other"] { #expect(try run(["keygen", keys + "/\(name).key"]).status == 0) }
        func published() throws -> String {
            let (bundle, file) = try initialised()
            _ = try run(["import", file, bundle + "/round-1", "--actor", "admin", "--time", "2024-03-03T21:00:00Z"])
            let result = try run([
                "publish", file, "--round", "1", "--stage", "provisional", "--actor", "M", "--key",
                keys + "/court.key", "--time", "2024-03-04",
            ])
            #expect(result.status == 0, "\(result.errors)")
            // The cached results changed: what verify must keep showing until the file is trusted.
            try tamper(
                file,
                "UPDATE snapshots SET snapshot = CAST(replace(CAST(snapshot AS TEXT), '\"voters\":750', "
                    + "'\"voters\":751') AS BLOB)"
            )
            return file
        }
        let file = try published()
        for (keyArguments, reason) in [
            (["--key", keys + "/other.key.pub"], "not by ed25519:"),
            ([String](), "no key was given"),
        ] {
            let result = try run(["verify", file, "--rebuild-caches"] + keyArguments)
            #expect(result.status == 1, "\(keyArguments): \(result.output)\(result.errors)")
            #expect(result.errors.contains("not rebuilt") && result.errors.contains(reason), "\(result.errors)")
            // The caches were left as they were: verify, without a key, still finds the change.
            let check = try run(["verify", file])
            #expect(check.status == 1 && check.output.contains("differ"), "\(check.output)")
        }
        // A forged signature: refused with the right key too.
        let forged = try published()
        try tamper(
            forged,
            "DROP TRIGGER signatures_no_update; UPDATE signatures SET signature = '"
                + String(repeating: "A", count: 86) + "=='"
        )
        var result = try run(["verify", forged, "--rebuild-caches", "--key", keys + "/court.key.pub"])
        #expect(result.status == 1 && result.errors.contains("not rebuilt"), "\(result.output)\(result.errors)")
        #expect(try run(["verify", forged]).output.contains("differ"))
        // With the signer's key and a genuine signature, the caches are rebuilt.
        result = try run(["verify", file, "--rebuild-caches", "--key", keys + "/court.key.pub"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(try run(["verify", file]).status == 0)
    }

    @Test("A list disqualified leaving one list without a majority: the results say a ruling is needed")
    func rulingNeeded() throws {
        let (bundle, file) = try initialised()
        _ = try run(["import", file, bundle + "/round-1", "--actor", "admin", "--time", "2024-03-03T21:00:00Z"])
        var result = try run([
            "rule", "disqualify", file, "--list", "LA-S1", "--number", "arrêt n°1", "--date", "2024-03-05",
            "--actor", "Court", "--time", "2024-03-05T10:00:00Z",
        ])
        #expect(result.status == 0, "\(result.errors)")
        result = try run(["results", file, "--round", "1"])
        #expect(result.output.contains("ruling needed"), "\(result.output)")
        result = try run(["results", file, "--round", "1", "--lang", "fr"])
        #expect(result.output.contains("décision nécessaire"), "\(result.output)")
        result = try run(["runoffs", file])
        #expect(result.status == 2, "\(result.output)")
    }

    @Test("Refused commands: a clear error, exit status 2, nothing written", arguments: RefusedCommand.all)
    func refused(_ refused: RefusedCommand) throws {
        let (bundle, file) = try initialised()
        _ = try run(["import", file, bundle + "/round-1", "--actor", "admin"])
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let result = try run(refused.arguments.map { $0 == "FILE" ? file : $0 })
        #expect(result.status == 2, "\(result.output)\(result.errors)")
        #expect(result.errors.contains(refused.message), "\(result.errors)")
        #expect(result.errors.contains("nothing was written"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    struct RefusedCommand: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var message: String
        var testDescription: String { name }

        static let decision = ["--number", "1", "--date", "2024-03-10", "--actor", "Court"]

        static let all: [RefusedCommand] = [
            RefusedCommand(
                name: "a ruling on a station that does not exist",
                arguments: ["rule", "annul-sheet", "FILE", "--round", "1", "--station", "ZZ-99"] + decision,
                message: "station 'ZZ-99' does not exist"
            ),
            RefusedCommand(
                name: "a list that does not exist",
                arguments: ["rule", "disqualify", "FILE", "--list", "LZ"] + decision,
                message: "list 'LZ' does not exist"
            ),
            RefusedCommand(
                name: "a court correction whose figures do not add up",
                arguments: [
                    "rule", "correct-sheet", "FILE", "--round", "1", "--station", "N1-01", "--registered", "500",
                    "--voters", "300", "--invalid", "10", "--valid", "999", "--votes", "LA-N1=999",
                ] + decision,
                message: "voters 300 ≠ invalid 10 + valid 999"
            ),
            RefusedCommand(
                name: "a ruling dated in 2099",
                arguments: ["rule", "disqualify", "FILE", "--list", "LI-N1", "--number", "1", "--date", "2099-01-01"]
                    + ["--actor", "Court"],
                message: "is after the event's time"
            ),
            RefusedCommand(
                name: "a final publication before any provisional one",
                arguments: ["publish", "FILE", "--round", "1", "--stage", "final", "--actor", "Court", "--unsigned"],
                message: "round 1's final results need provisional results published first"
            ),
            RefusedCommand(
                name: "a round-2 sheet in a constituency decided in round 1",
                arguments: [
                    "enter", "FILE", "--round", "2", "--station", "S1-01", "--registered", "300", "--voters", "1",
                    "--invalid", "0", "--valid", "1", "--votes", "LA-S1=1", "--actor", "clerk-a",
                ],
                message: "S1 has no round 2"
            ),
            RefusedCommand(
                name: "a keyed entry for an imported sheet",
                arguments: [
                    "enter", "FILE", "--round", "1", "--station", "N1-01", "--registered", "500", "--voters", "1",
                    "--invalid", "0", "--valid", "1", "--actor", "clerk-a",
                ],
                message: "came in a trusted import"
            ),
            RefusedCommand(
                name: "a supervisor with nothing to settle",
                arguments: [
                    "resolve", "FILE", "--round", "2", "--station", "N1-01", "--keep", "first", "--actor", "sup",
                ],
                message: "no two different entries to settle"
            ),
        ]
    }

    @Test("The embedded 2020 journal: init writes it, verify passes, diff shows the Court's changes")
    func mali2020() throws {
        let file = try scratch.folder() + "/mali-2020.scrutin"
        var result = try run(["init", file, "--mali-2020"])
        #expect(result.status == 0 && result.output.contains("the 2020 election in 17 events"), "\(result.errors)")
        result = try run(["verify", file])
        #expect(result.status == 0 && result.output.contains("OK: the journal is intact."))
        result = try run(["diff", file])
        #expect(result.output.contains("35.73% → 35.58%"))
        #expect(result.output.contains("35.33% → 35.25%"))
        #expect(result.output.contains("CONSTITUENCIES (7, 30 seats)"))
        #expect(result.output.contains("RPM         43     51   +8"))
        // The same from the embedded journal, without a file.
        #expect(try run(["diff"]).output == result.output)
        result = try run(["results", file, "--as-of", "provisional-1", "--round", "1"])
        #expect(result.output.contains("35.73%"), "\(result.output)")
        result = try run(["log", "--constituency", "KLK-KATI"])
        #expect(result.output.contains("arrêt n°2020-04/CC-EL"), "\(result.output)")
        // Tampering with the file: verify names the event.
        try tamper(
            file,
            "UPDATE events SET event = CAST(replace(CAST(event AS TEXT), 'MOP-KORO/MQB', 'MOP-KORO/CODEM') AS BLOB) WHERE kind = 'ruling-overturn' AND CAST(event AS TEXT) LIKE '%MOP-KORO%'"
        )
        result = try run(["verify", file])
        #expect(result.status == 1)
        #expect(result.output.contains("event 16: changed"), "\(result.output)")
        result = try run(["diff", file])
        #expect(result.status == 1 && result.errors.contains("the journal was changed outside the program"))
    }

    /// Runs SQL on a file behind the program's back, with the sqlite3 library through the store's
    /// own dependency (no triggers: they are dropped first).
    func tamper(_ path: String, _ sql: String) throws {
        let script = try scratch.folder() + "/tamper.sql"
        let drop = sql.contains("DROP TRIGGER") ? "" : "DROP TRIGGER events_no_update;\n"
        try Data(("SELECT 'drop';\n" + drop + sql + ";\n").utf8).write(to: URL(fileURLWithPath: script))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(open(sys.argv[2]).read()); c.commit()",
            path, script,
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3's sqlite3 could not edit the file")
    }

    @Test("An import killed with SIGKILL at any point leaves all of it or none of it")
    func killedImport() throws {
        let folder = try scratch.folder()
        // A synthetic bundle large enough that the import takes a while in a debug build.
        var result = try runBinary([
            "generate", folder + "/bundle", "--stations", "20000", "--constituencies", "40", "--seed", "11",
        ])
        #expect(result.status == 0, "\(result.errors)")
        let template = folder + "/template.scrutin"
        result = try runBinary(["init", template, "--from", folder + "/bundle", "--actor", "admin"])
        #expect(result.status == 0, "\(result.errors)")

        // How long a whole import takes here.
        let timed = folder + "/timed.scrutin"
        try FileManager.default.copyItem(atPath: template, toPath: timed)
        let start = Date()
        result = try runBinary(["import", timed, folder + "/bundle/round-1", "--actor", "admin"])
        let duration = Date().timeIntervalSince(start)
        #expect(result.status == 0, "\(result.errors)")

        var outcomes: [Int] = []
        for fraction in [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95] {
            let file = folder + "/killed-\(fraction).scrutin"
            try FileManager.default.copyItem(atPath: template, toPath: file)
            let process = binaryProcess(["import", file, folder + "/bundle/round-1", "--actor", "admin"])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // The file opens (a hot journal is rolled back), verifies, and holds 1 or 2 events.
            result = try runBinary(["verify", file])
            #expect(result.status == 0, "\(fraction): \(result.output)\(result.errors)")
            let events = result.output.contains(": 2 events") ? 2 : (result.output.contains(": 1 events") ? 1 : 0)
            #expect(events == 1 || events == 2, "\(result.output)")
            outcomes.append(events)
            if events == 1 {
                // Nothing of the import remains: importing again works and counts every sheet.
                result = try runBinary(["import", file, folder + "/bundle/round-1", "--actor", "admin"])
                #expect(result.status == 0, "\(result.errors)")
            }
            let results = try runBinary(["results", file, "--format", "json", "--round", "1"])
            let reference = try runBinary(["results", timed, "--format", "json", "--round", "1"])
            #expect(results.output == reference.output)
        }
        // The kills landed before the commit at least once (else the test proved nothing).
        #expect(outcomes.contains(1), "\(outcomes), a whole import takes \(duration) s")
    }

    @Test("Writers that wait for the lock take their time under it: both succeed, in turn, timed after the wait")
    func timeTakenUnderTheLock() throws {
        let (bundle, file) = try initialised()
        _ = try run(["import", file, bundle + "/round-1", "--actor", "admin"])
        // A third process holds the write lock for 2.5 s, then says when it lets go.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = [
            "python3", "-c",
            "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
                + "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(2.5); "
                + "print(time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()), flush=True); c.execute('COMMIT')",
            file,
        ]
        let said = Pipe()
        holder.standardOutput = said
        try holder.run()
        var heard = ""
        while !heard.contains("locked") {
            let data = said.fileHandleForReading.availableData
            if data.isEmpty { break }
            heard += String(decoding: data, as: UTF8.self)
        }
        #expect(heard.contains("locked"))
        // The first writer starts at once and waits; the second starts 1.2 s later and waits too.
        var writers: [Process] = []
        for (index, station) in ["N1-01", "N1-02"].enumerated() {
            let process = binaryProcess([
                "enter", file, "--round", "2", "--station", station, "--registered", "500", "--voters", "280",
                "--invalid", "8", "--valid", "272", "--votes", "LA-N1=130,LB-N1=142", "--actor", "clerk-\(index)",
            ])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            writers.append(process)
            if index == 0 { Thread.sleep(forTimeInterval: 1.2) }
        }
        holder.waitUntilExit()
        for process in writers { process.waitUntilExit() }
        heard += String(decoding: said.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let released = heard.split(separator: "\n").last.map(String.init) ?? ""
        #expect(released.count == 20, "\(heard)")
        #expect(writers.map(\.terminationStatus) == [0, 0])
        // Each event is timed when its writer held the lock: not before the holder let go.
        let record = try RecordSource.open(file).record()
        let entered = try RecordSource.open(file).events().filter { $0.body.kind == "sheet-enter" }
        #expect(entered.count == 2)
        for event in entered {
            #expect(!RecordTime.isBefore(event.time, released), "\(event.time) is before \(released)")
        }
        #expect(try run(["verify", file]).status == 0)
    }

    @Test("Two processes entering sheets at the same moment both succeed, in turn")
    func concurrentProcesses() throws {
        let (bundle, file) = try initialised()
        _ = try run(["import", file, bundle + "/round-1", "--actor", "admin"])
        let processes = ["N1-01", "N1-02"].enumerated().map { index, station in
            let process = binaryProcess([
                "enter", file, "--round", "2", "--station", station, "--registered", "500", "--voters", "280",
                "--invalid", "8", "--valid", "272", "--votes", "LA-N1=130,LB-N1=142", "--actor", "clerk-\(index)",
            ])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let log = try run(["log", file, "--kind", "sheet-enter"])
        #expect(log.output.contains("2 of 4 events"), "\(log.output)")
        #expect(try run(["verify", file]).status == 0)
    }
}
