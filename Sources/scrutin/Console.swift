import Foundation

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
            write: { text in writeAll(STDOUT_FILENO, text) },
            writeError: { text in writeAll(STDERR_FILENO, text) },
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

/// Writes a whole text to a file descriptor, retrying short writes.
private func writeAll(_ descriptor: Int32, _ text: String) {
    var text = text
    text.withUTF8 { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
