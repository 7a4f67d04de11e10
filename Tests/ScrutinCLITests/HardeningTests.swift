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
                ? "impossible d'écrire sur la sortie standard" : "cannot write to standard output"
            #expect(result.errors.contains(expected), "\(arguments) \(redirection): \(result.errors)")
        }
    }

    @Test("Output that can be written still exits 0")
    func writableOutput() throws {
        let folder = try scratch.write(Fixture.bundle)
        let result = try runShell(["results", folder], stdout: ">/dev/null")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
    }
}
