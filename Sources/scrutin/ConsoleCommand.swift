import ArgumentParser

/// A command that writes to a console and returns its exit status, so that tests run it in
/// process with a console that keeps what it writes; `run()` is `try finish(execute(console:
/// .standard))`.
protocol ConsoleCommand {
    func execute(console: Console) throws -> Int32
}

/// Ends the process with the status, as `run()` does (0 returns normally).
func finish(_ status: Int32) throws {
    if status != 0 { throw ExitCode(status) }
}
