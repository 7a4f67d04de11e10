import ArgumentParser
import Foundation
import ScrutinCore
import ScrutinFileSystem
import Testing

@testable import scrutin

/// What a command printed, and its exit status.
struct Run {
    var status: Int32
    var output: String
    var errors: String
}

/// A console that keeps what it is given.
final class Capture: @unchecked Sendable {  // Only used from one test at a time.
    var output = ""
    var errors = ""

    var console: Console {
        Console(
            write: { self.output += $0 },
            writeError: { self.errors += $0 },
            showsProgress: false,
            environment: ["LANG": "C"]
        )
    }
}

/// Parses arguments as the `scrutin` command would and runs the command in process.
func run(_ arguments: [String]) throws -> Run {
    let command = try Scrutin.parseAsRoot(arguments)
    let capture = Capture()
    let status: Int32
    switch command {
    case let command as any ConsoleCommand: status = try command.execute(console: capture.console)
    default:
        Issue.record("unexpected command \(type(of: command))")
        status = -1
    }
    return Run(status: status, output: capture.output, errors: capture.errors)
}

/// Folders for one test, removed with it.
final class Scratch: @unchecked Sendable {  // Each test owns its own instance.
    let root: String

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("scrutin-tests-\(UUID().uuidString)").path
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// A fresh, empty folder.
    func folder() throws -> String {
        let path = root + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes a bundle to a fresh folder and returns its path.
    func write(_ bundle: InMemoryBundle) throws -> String {
        let folder = try folder()
        for (path, bytes) in bundle.files { try FileIO.write(bytes, to: folder + "/" + path) }
        return folder
    }
}

/// Runs the built `scrutin` binary as a separate process.
func runBinary(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
    let process = binaryProcess(arguments, environment: environment)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
        status: process.terminationStatus,
        output: String(decoding: outputData, as: UTF8.self),
        errors: String(decoding: errorData, as: UTF8.self)
    )
}

/// The built `scrutin` binary, beside the test bundle.
var scrutinBinary: String {
    let products = Bundle.main.bundleURL.deletingLastPathComponent()
    let binary = products.appendingPathComponent("scrutin").path
    if FileManager.default.isExecutableFile(atPath: binary) { return binary }
    return Bundle.main.bundleURL.appendingPathComponent("scrutin").path
}

/// A `scrutin` process, not started, with a C locale.
func binaryProcess(_ arguments: [String], environment: [String: String] = [:]) -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: scrutinBinary)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C"
    env["LC_ALL"] = nil
    env["LC_MESSAGES"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    return process
}
