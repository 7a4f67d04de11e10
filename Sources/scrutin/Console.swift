import Foundation
import ScrutinFileSystem

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
            write: { text in FileIO.writeAll(STDOUT_FILENO, Array(text.utf8)) },
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
