import ArgumentParser
import ScrutinCore
import ScrutinFileSystem
import ScrutinReports
import ScrutinStore

#if canImport(Glibc)
import Glibc
#endif

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
    /// Standard output could not be written (EX_IOERR): a full disk, a closed descriptor.
    static let outputFailed: Int32 = 74
}

/// Loads a bundle folder, showing progress on a terminal, or prints why it cannot be read.
///
/// - Returns: the count, or nil after printing every fatal problem to standard error.
func loadBundle(_ path: String, console: Console, language: Language) -> ElectionCount? {
    let bundle = DirectoryBundle(path: path)
    if let problem = bundle.problem {
        console.writeError(problem(language) + "\n")
        return nil
    }
    console.progress(CommandText.reading(path)(language))
    defer { console.endProgress() }
    do {
        return try ElectionCount.load(from: bundle, options: .machine)
    } catch {
        console.endProgress()
        console.writeError(CheckReport(bundle: path, error: error, language: language).text(language: language))
        return nil
    }
}

/// Reads a file of a folder (a bundle, a round's folder) for a command that copies it, or says
/// on standard error why it cannot be read.
///
/// - Returns: the bytes, nil when there is no such file, or the exit status after the message.
func readFile(
    _ name: String,
    of folder: DirectoryBundle,
    console: Console,
    language: Language
) -> Result<[UInt8]?, ExitStatus> {
    let path = folder.path.hasSuffix("/") ? folder.path + name : folder.path + "/" + name
    do {
        return .success(try folder.read(name))
    } catch let error as NotARegularFile {
        console.fail(.path(path, error.message), language)
    } catch {
        console.fail(.cannotRead("\(error)"), language)
    }
    return .failure(ExitStatus(Status.unreadable))
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

/// An election as a command reads it: counted from sheets, or as declared.
enum LoadedElection {
    case counted(ElectionCount)
    case declared(ResultsSnapshot)
}

/// Whether a path names an election file (a regular file) rather than a bundle folder.
func isElectionFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
}

/// Loads a bundle folder or an election file (as of a moment), or prints why it cannot.
///
/// - Returns: the election, or, after printing the reason to standard error, the exit status:
///   64 for a moment that does not exist, else the reading's.
func loadElection(
    _ path: String,
    asOf: String?,
    console: Console,
    language: Language
) -> Result<LoadedElection, ExitStatus> {
    guard isElectionFile(path) else {
        if asOf != nil {
            console.fail(.asOfNeedsFile, language)
            return .failure(ExitStatus(Status.usage))
        }
        guard let count = loadBundle(path, console: console, language: language) else {
            return .failure(ExitStatus(Status.unreadable))
        }
        return .success(.counted(count))
    }
    console.progress(CommandText.reading(path)(language))
    defer { console.endProgress() }
    do {
        let store = try ElectionStore.open(at: path, options: .machine)
        var record = try store.record()
        if let asOf {
            do {
                record = try store.record(
                    through: try Moment.resolve(
                        asOf,
                        in: record,
                        journal: { try store.events(after: 0) },
                        language: language
                    )
                )
            } catch let error as ValidationError {
                console.endProgress()
                console.fail(text: error.message, language)
                return .failure(ExitStatus(Status.usage))
            }
        }
        if record.isDeclared { return .success(.declared(ResultsSnapshot(declared: record))) }
        return .success(.counted(try record.count(blobs: store.blobs, options: .machine)))
    } catch let error as StoreError {
        console.endProgress()
        return .failure(ExitStatus(report(error, console: console, language: language)))
    } catch let error as RecordError {
        console.endProgress()
        return .failure(ExitStatus(report(.record(error), console: console, language: language)))
    } catch {
        console.endProgress()
        console.fail(text: "\(error)", language)
        return .failure(ExitStatus(Status.unreadable))
    }
}

/// An exit status, as the failure of a load.
struct ExitStatus: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
