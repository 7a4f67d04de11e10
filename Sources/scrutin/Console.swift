import Foundation
import ScrutinCore
import ScrutinFileSystem
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes: standard output for results, standard error for progress and errors.
///
/// Tests replace it to capture what a command prints.
struct Console {
    var write: (String) -> Void
    var writeError: (String) -> Void
    /// Whether standard error is a terminal: progress shows only then.
    var showsProgress: Bool
    var environment: [String: String]

    static var standard: Console {
        Console(
            write: StandardOutput.write,
            writeError: { text in FileIO.writeAll(STDERR_FILENO, Array(text.utf8)) },
            showsProgress: isatty(STDERR_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment
        )
    }

    /// A progress line on standard error, redrawn in place; nothing when not a terminal.
    func progress(_ text: String) {
        if showsProgress { writeError("\r\u{1B}[K" + text) }
    }

    /// Clears the progress line.
    func endProgress() {
        if showsProgress { writeError("\r\u{1B}[K") }
    }
}

/// Standard output of the process: every write of the standard console goes through here, and a
/// write that fails (a full disk, a closed descriptor) is remembered, so that the command ends
/// with an error instead of exit status 0 (`Scrutin.main` checks it).
enum StandardOutput {
    private struct State {
        /// The `errno` of the first failed write, or 0.
        var failure: Int32 = 0
        /// The language the command chose, for the message about the failure.
        var language: Language?
    }

    private static let state = Mutex(State())

    /// Writes to standard output; after a failure, nothing more is written.
    static func write(_ text: String) {
        guard failure == nil else { return }
        let error = FileIO.writeAll(STDOUT_FILENO, Array(text.utf8))
        if error != 0 { state.withLock { if $0.failure == 0 { $0.failure = error } } }
    }

    /// Why a write to standard output failed, or nil when none did.
    static var failure: Int32? {
        let error = state.withLock { $0.failure }
        return error == 0 ? nil : error
    }

    /// Records the language the command writes in (`LanguageOptions.resolved`).
    static func speak(_ language: Language) { state.withLock { $0.language = language } }

    /// The language the command chose, or the environment's.
    static func language(_ environment: [String: String]) -> Language {
        state.withLock { $0.language } ?? Language.fromEnvironment(environment)
    }

    /// The message for a failed write, in a language.
    static func message(_ error: Int32, language: Language) -> String {
        let reason = String(cString: strerror(error))
        return CommandText.error(CommandText.outputFailed(reason: reason).message)(language) + "\n"
    }

    /// Makes sure descriptors 0, 1 and 2 are open: a closed one is taken by `/dev/null`, read
    /// only, so that no file the command opens (a bundle file, the election file) gets its number
    /// and receives the output, and writes to a closed standard output still fail.
    static func holdStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != descriptor {
                // Descriptors are given lowest first, so this only happens if another is taken.
                close(opened)
            }
        }
    }
}
