import ArgumentParser
import ScrutinCore
import ScrutinFileSystem
import ScrutinReports

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Exit statuses shared by every command that reads a bundle.
enum Status {
    /// The bundle cannot be read: nothing loaded (see `CheckReport.Status.unreadable`).
    static let unreadable: Int32 = 3
    /// Wrong arguments (EX_USAGE, as swift-argument-parser uses).
    static let usage: Int32 = 64
}

/// Loads a bundle folder, showing progress on a terminal, or prints why it cannot be read.
///
/// - Returns: the count, or nil after printing every fatal problem to standard error.
func loadBundle(_ path: String, console: Console, language: Language) -> ElectionCount? {
    let bundle = DirectoryBundle(path: path)
    if let problem = bundle.problem {
        console.writeError(problem.format(language, [path]) + "\n")
        return nil
    }
    console.progress(Localized(en: "Reading {0}…", fr: "Lecture de {0}…").format(language, [path]))
    defer { console.endProgress() }
    do {
        return try ElectionCount.load(from: bundle, options: .machine)
    } catch {
        console.endProgress()
        console.writeError(CheckReport(bundle: path, error: error, language: language).text(language: language))
        return nil
    }
}

/// Encodes a value as stable JSON: sorted keys, indented, ending with a newline.
func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}

extension LoadOptions {
    /// One thread per core of this machine.
    static var machine: LoadOptions { LoadOptions(threads: ProcessInfo.processInfo.activeProcessorCount) }
}
