import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinFileSystem
import ScrutinTestSupport
import Testing

@testable import scrutin

#if canImport(Glibc)
import Glibc
#endif

/// Issue 8, "Nothing fools the file, nothing crashes it": output that cannot be written, files
/// that are not files, names that are not names.
@Suite(.serialized)
final class HardeningTests {
    let scratch = Scratch()

    /// Runs the built binary through the shell, with standard output redirected as `redirection`
    /// says (`>/dev/full`, `>&-`); standard error is kept.
    func runShell(_ arguments: [String], stdout redirection: String) throws -> Run {
        let process = binaryProcess([])
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \"$@\" \(redirection)", scrutinBinary] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: "", errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test(
        "Output that cannot be written is an error (exit 74), for every command that writes results",
        arguments: [">/dev/full", ">&-"]
    )
    func unwritableOutput(redirection: String) throws {
        let folder = try scratch.write(Fixture.bundle)
        for arguments in [
            ["results", folder], ["report", folder, "--format", "md"], ["check", folder], ["log"],
            ["results", folder, "--lang", "fr"],
        ] {
            let result = try runShell(arguments, stdout: redirection)
            #expect(result.status == 74, "\(arguments) \(redirection): \(result.status) \(result.errors)")
            let expected =
                arguments.contains("fr")
                ? "impossible d’écrire sur la sortie standard" : "cannot write to standard output"
            #expect(result.errors.contains(expected), "\(arguments) \(redirection): \(result.errors)")
        }
    }

    /// Runs the built binary, killed after `seconds` if it has not ended (recorded as an issue).
    func runBinary(_ arguments: [String], timeout seconds: Double, environment: [String: String] = [:]) throws -> Run {
        let process = binaryProcess(arguments, environment: environment)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            Issue.record("scrutin \(arguments.joined(separator: " ")) still runs after \(seconds) s")
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            output: String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
            errors: String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        )
    }

    /// Replaces a file of a folder by a named pipe with no writer.
    func makeFIFO(_ path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o644) == 0)
    }

    @Test("A named pipe in place of a bundle file is refused, not read: check, results, init --from, import")
    func namedPipes() throws {
        let folder = try scratch.write(Fixture.bundle)
        try makeFIFO(folder + "/parties.csv")
        var result = try runBinary(["check", folder], timeout: 20)
        #expect(result.status == 3)
        #expect(
            result.output.contains(
                "parties.csv S016 fatal: is a named pipe (FIFO), not a regular file; it is not read (put the file itself here)"
            ),
            "\(result.output)"
        )
        result = try runBinary(["check", folder, "--lang", "fr"], timeout: 20)
        #expect(
            result.output.contains(
                "parties.csv S016 bloquant\u{00A0}: est un tube nommé (FIFO), pas un fichier ordinaire"
            )
        )

        let rounds = try scratch.write(Fixture.bundle)
        try makeFIFO(rounds + "/round-1/votes.csv")
        result = try runBinary(["results", rounds], timeout: 20)
        #expect(result.status == 3)
        #expect(result.errors.contains("round-1/votes.csv S016 fatal: is a named pipe (FIFO)"), "\(result.errors)")

        let definition = try scratch.write(Fixture.bundle)
        try makeFIFO(definition + "/stations.csv")
        let file = try scratch.folder() + "/e.scrutin"
        result = try runBinary(["init", file, "--from", definition, "--actor", "admin"], timeout: 20)
        #expect(result.status == 3)
        #expect(result.errors.contains("stations.csv is a named pipe (FIFO), not a regular file"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: file))

        result = try runBinary(["init", file, "--from", rounds, "--actor", "admin"], timeout: 20)
        #expect(result.status == 0, "\(result.errors)")
        result = try runBinary(["import", file, rounds + "/round-1", "--actor", "admin"], timeout: 20)
        #expect(result.status == 3)
        #expect(
            result.errors.contains("round-1/votes.csv is a named pipe (FIFO), not a regular file"),
            "\(result.errors)"
        )
    }

    @Test("A device or a folder in place of a bundle file is named for what it is")
    func devicesAndFolders() throws {
        let folder = try scratch.write(Fixture.bundle)
        try FileManager.default.removeItem(atPath: folder + "/parties.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/parties.csv", withDestinationPath: "/dev/null")
        try FileManager.default.removeItem(atPath: folder + "/lists.csv")
        try FileManager.default.createDirectory(atPath: folder + "/lists.csv", withIntermediateDirectories: false)
        let result = try runBinary(["check", folder], timeout: 20)
        #expect(result.status == 3)
        #expect(result.output.contains("parties.csv S016 fatal: is a device, not a regular file"), "\(result.output)")
        #expect(result.output.contains("lists.csv S016 fatal: is a folder, not a regular file"), "\(result.output)")
    }

    @Test("A round folder named round-01 on disk is refused, not read as a round without sheets")
    func strayRoundFolder() throws {
        let folder = try scratch.write(Fixture.bundle)
        try FileManager.default.moveItem(atPath: folder + "/round-2", toPath: folder + "/round-02")
        try FileManager.default.copyItem(atPath: folder + "/round-1/sheets.csv", toPath: folder + "/sheets.csv")
        let result = try runBinary(["check", folder], timeout: 60)
        #expect(result.status == 3)
        #expect(result.output.contains("round-02 S017 fatal:"), "\(result.output)")
        #expect(result.output.contains("sheets.csv S017 fatal:"), "\(result.output)")
        let results = try runBinary(["results", folder], timeout: 60)
        #expect(results.status == 3)
        #expect(results.output.isEmpty)
    }

    @Test("import refuses a round folder with a file it would pass over")
    func strayFileOnImport() throws {
        let bundle = try scratch.write(Fixture.bundle)
        let file = try scratch.folder() + "/e.scrutin"
        #expect(try run(["init", file, "--from", bundle, "--actor", "admin"]).status == 0)
        try "station,reason\nS1-02,flood\n".write(
            toFile: bundle + "/round-1/Closed.csv",
            atomically: true,
            encoding: .utf8
        )
        let result = try run(["import", file, bundle + "/round-1", "--actor", "admin"])
        #expect(result.status == 3)
        #expect(result.errors.contains("round-1/Closed.csv S017 fatal:"), "\(result.errors)")
        #expect(result.errors.contains("round-1/closed.csv"))
        #expect(try run(["log", file]).output.contains("import") == false)
    }

    @Test("A name with an escape sequence never reaches the terminal, Markdown or wikitext")
    func controlCharactersInNames() throws {
        let bundle = Fixture.bundle(
            replacingLine: 2,
            of: BundleLayout.parties,
            with: "A,Alpha\u{1B}[2J\u{202E},#FF0000"
        )
        let folder = try scratch.write(bundle)
        for arguments in [
            ["report", folder, "--format", "md"], ["report", folder, "--format", "wikitext"], ["results", folder],
        ] {
            let result = try run(arguments)
            #expect(result.status == 3, "\(arguments)")
            #expect(result.output.isEmpty)
            #expect(
                result.errors.contains(
                    "parties.csv:2 [name] D003 fatal: 'Alpha\\u{1B}[2J\\u{202E}' is not a text without control or invisible characters"
                ),
                "\(result.errors)"
            )
            #expect(!result.errors.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        }
    }

    @Test("Key files: a public key given to sign, a private key given to verify, a folder or a device")
    func keyFiles() throws {
        let folder = try scratch.folder()
        let key = folder + "/court.key"
        #expect(try run(["keygen", key]).status == 0)
        let bundle = try scratch.write(Fixture.bundle)
        let file = folder + "/e.scrutin"
        #expect(try run(["init", file, "--from", bundle, "--actor", "admin"]).status == 0)
        #expect(try run(["import", file, bundle + "/round-1", "--actor", "admin"]).status == 0)
        func publish(_ key: String, _ extra: [String] = []) throws -> Run {
            try run(
                ["publish", file, "--round", "1", "--stage", "provisional", "--actor", "MATD", "--key", key] + extra
            )
        }
        var result = try publish(key + ".pub")
        #expect(result.status == 3)
        #expect(
            result.errors.contains("court.key.pub is a public key; signing needs the private key"),
            "\(result.errors)"
        )
        #expect(!result.errors.contains("others can read"))
        result = try publish(key + ".pub", ["--lang", "fr"])
        #expect(
            result.errors.contains("est une clé publique\u{00A0}; signer demande la clé privée"),
            "\(result.errors)"
        )
        result = try publish(folder)
        #expect(
            result.status == 3 && result.errors.contains("\(folder) is a folder, not a key file"),
            "\(result.errors)"
        )
        result = try publish("/dev/null")
        #expect(
            result.status == 3 && result.errors.contains("/dev/null is a device, not a key file"),
            "\(result.errors)"
        )
        result = try run(["verify", file, "--key", key])
        #expect(result.status == 3 && result.errors.contains("court.key is a private key; give the public key"))
        result = try run(["verify", file, "--key", folder])
        #expect(result.status == 3 && result.errors.contains("is a folder, not a key file"), "\(result.errors)")
        #expect(try publish(key).status == 0)
    }

    @Test("A device or a pipe given as a bundle is named for what it is, not called a file")
    func bundleThatIsNotAFolder() throws {
        var result = try run(["results", "/dev/null"])
        #expect(result.status == 3)
        #expect(result.errors.contains("/dev/null: is a device, not a folder; a bundle is a folder of CSV files"))
        let fifo = try scratch.folder() + "/pipe"
        try makeFIFO(fifo)
        result = try run(["check", fifo])
        #expect(result.status == 3)
        #expect(result.errors.contains("is a named pipe (FIFO), not a folder"), "\(result.errors)")
        result = try run(["check", "/dev/null", "--lang", "fr"])
        #expect(result.errors.contains("/dev/null\u{00A0}: est un périphérique, pas un dossier"), "\(result.errors)")
    }

    @Test("Each command's help offers only the formats it accepts")
    func helpOffersAcceptedFormats() throws {
        func help(_ command: any ParsableCommand.Type) -> String {
            Scrutin.helpMessage(for: command, columns: 1000).split(whereSeparator: \.isWhitespace).joined(
                separator: " "
            )
        }
        for command in [Check.self, Mali2020.self, Bench.self, Log.self, Diff.self] as [any ParsableCommand.Type] {
            #expect(help(command).contains("(values: table, json; default: table)"), "\(command): \(help(command))")
            #expect(!help(command).contains("csv;"), "\(command): \(help(command))")
        }
        for command in [Results.self, Runoffs.self] as [any ParsableCommand.Type] {
            #expect(help(command).contains("(values: table, json, csv; default: table)"))
        }
        #expect(throws: (any Error).self) { try run(["check", "/tmp", "--format", "csv"]) }
    }

    @Test("A wrong argument found as a command runs shows that command's usage")
    func usageOfTheCommand() throws {
        let folder = try scratch.folder()
        let file = folder + "/e.scrutin"
        let bundle = try scratch.write(Fixture.bundle)
        #expect(try run(["init", file, "--from", bundle, "--actor", "admin"]).status == 0)
        var result = try runBinary(["import", file, bundle, "--actor", "admin"], timeout: 60)
        #expect(result.status == 64)
        #expect(result.errors.contains("Error: cannot tell the round from"), "\(result.errors)")
        #expect(result.errors.contains("Usage: scrutin import <file> <round-folder>"), "\(result.errors)")
        #expect(result.errors.contains("See 'scrutin import --help' for more information."))
        #expect(!result.errors.contains("<subcommand>"))
        result = try runBinary(
            [
                "rule", "not-opened", file, "--round", "1", "--station", "N1-01", "--reason", "flood", "--number", "1",
                "--date", "2024-03-10",
            ],
            timeout: 60,
            environment: ["SCRUTIN_ACTOR": ""]
        )
        #expect(result.status == 64)
        #expect(result.errors.contains("Error: give --actor NAME"), "\(result.errors)")
        #expect(result.errors.contains("Usage: scrutin rule not-opened <file>"), "\(result.errors)")
        #expect(result.errors.contains("See 'scrutin rule not-opened --help'"))
    }

    @Test("Counts on the command line follow the files' rule: no sign, digits only")
    func countsOnTheCommandLine() throws {
        let folder = try scratch.folder()
        let file = folder + "/e.scrutin"
        #expect(try run(["init", file, "--from", try scratch.write(Fixture.bundle), "--actor", "admin"]).status == 0)
        func enter(_ voters: String, _ votes: String) throws -> Run {
            try run([
                "enter", file, "--round", "1", "--station", "N1-01", "--actor", "clerk-a", "--registered", "500",
                "--voters", voters, "--invalid", "10", "--valid", "290", "--votes", votes,
            ])
        }
        for (voters, votes, expected) in [
            ("+300", "LA-N1=150,LB-N1=100,LI-N1=40", "'+300' is not a count: digits only, no sign"),
            ("300", "LA-N1=+150,LB-N1=100,LI-N1=40", "--votes LA-N1: '+150' is not a count"),
            ("300", "LA-N1=-0,LB-N1=100,LI-N1=40", "--votes LA-N1: '-0' is not a count"),
            ("300", "LA-N1=-150,LB-N1=100,LI-N1=40", "--votes LA-N1: '-150' is negative"),
            ("3000000000", "LA-N1=150", "'3000000000' is too large"),
            ("3 00", "LA-N1=150", "'3 00' is not a count"),
        ] {
            do {
                _ = try enter(voters, votes)
                Issue.record("\(voters) \(votes) accepted")
            } catch {
                #expect(Scrutin.fullMessage(for: error).contains(expected), "\(Scrutin.fullMessage(for: error))")
            }
        }
        let accepted = try enter(" 300 ", "LA-N1= 150 ,LB-N1=100,LI-N1=40")
        #expect(accepted.status == 0, "\(accepted.errors)")
    }

    @Test("log refuses a constituency or station that does not exist (exit 64)")
    func logFilters() throws {
        var result = try run(["log", "--constituency", "ZZ"])
        #expect(result.status == 64)
        #expect(result.errors.contains("Error: no constituency has the code 'ZZ' in this election"), "\(result.errors)")
        #expect(result.output.isEmpty)
        #expect(try run(["log", "--constituency", "BKO-C3"]).status == 0)
        let file = try scratch.folder() + "/e.scrutin"
        #expect(try run(["init", file, "--from", try scratch.write(Fixture.bundle), "--actor", "admin"]).status == 0)
        result = try run(["log", file, "--station", "N9-99\u{1B}[2J", "--lang", "fr"])
        #expect(result.status == 64)
        #expect(
            result.errors.contains(
                "Erreur\u{00A0}: aucun bureau de vote n’a le code «\u{00A0}N9-99\\u{1B}[2J\u{00A0}»"
            ),
            "\(result.errors)"
        )
        #expect(try run(["log", file, "--station", "N1-01", "--constituency", "N1"]).status == 0)
    }

    @Test("bench stays available, apart: its worker is a hidden subcommand of bench, not of scrutin")
    func benchApart() throws {
        #expect(try Scrutin.parseAsRoot(["bench", "--no-duckdb"]) is Bench)
        #expect(try Scrutin.parseAsRoot(["bench", "worker", "/tmp/bundle", "--incremental", "0"]) is BenchWorker)
        #expect(throws: (any Error).self) { try Scrutin.parseAsRoot(["bench-worker", "/tmp/bundle"]) }
        let help = Scrutin.helpMessage(columns: 1000)
        #expect(help.contains("bench"))
        #expect(!help.contains("worker"))
        let benchHelp = Scrutin.helpMessage(for: Bench.self, columns: 1000)
        #expect(benchHelp.contains("--record") && !benchHelp.contains("SUBCOMMANDS"), "\(benchHelp)")
        let parsed = try Scrutin.parseAsRoot(["bench", "--record", "--scale", "national", "--format", "json"])
        #expect((parsed as? Bench).map { $0.record && $0.scale == .national && $0.format == .json } == true)
    }

    @Test("Output that can be written still exits 0")
    func writableOutput() throws {
        let folder = try scratch.write(Fixture.bundle)
        let result = try runShell(["results", folder], stdout: ">/dev/null")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
    }
}
