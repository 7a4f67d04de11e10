import ArgumentParser
import CScrutinMalloc
import ScrutinCore

/// `scrutin`: election results from polling-station tally sheets.
@main
struct Scrutin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrutin",
        abstract: HelpText.scrutinAbstract.text,
        discussion: HelpText.scrutinDiscussion.text,
        version: "0.1.0",
        subcommands: [
            Mali2020.self, Results.self, Check.self, Runoffs.self, Generate.self, Codes.self, Init.self, Import.self,
            Enter.self, Resolve.self, Queue.self, Rule.self, Publish.self, Keygen.self, Verify.self, Log.self,
            Diff.self, Report.self,
            // For developing Scrutin, not for an election (Sources/scrutin/Bench).
            Bench.self,
        ],
        defaultSubcommand: Mali2020.self
    )

    static func main() {
        // Buffers of a megabyte or more are mapped on their own and given back when freed. By
        // default glibc raises this threshold as large buffers are freed, after which the
        // temporary arrays of a national load stay resident on the heap (about 40 MB of peak).
        _ = scrutin_set_mmap_threshold(1 << 20)
        StandardOutput.holdStandardDescriptors()
        var failure: (any Error)?
        do {
            var command = try parseAsRoot()
            do {
                try command.run()
            } catch let error as ValidationError {
                // Thrown by the command itself rather than by the parser: the usage shown is
                // the command's, not the root's "scrutin <subcommand>".
                failure = UsageError(message: error.message, command: type(of: command))
            }
        } catch {
            failure = error
        }
        // Output that could not be written is an error, whatever the command's own status.
        if let error = StandardOutput.failure {
            let console = Console.standard
            console.writeError(StandardOutput.message(error, language: StandardOutput.language(console.environment)))
            exit(withError: ExitCode(Status.outputFailed))
        }
        if let failure = failure as? UsageError {
            Console.standard.writeError(failure.text)
            exit(withError: ExitCode(Status.usage))
        }
        exit(withError: failure)
    }

    /// A wrong argument found by a command as it runs, with that command's usage.
    struct UsageError: Error {
        var message: String
        var command: any ParsableCommand.Type

        /// What swift-argument-parser prints for a wrong argument it finds itself, in the
        /// command line's language.
        var text: String {
            let names = Scrutin.names(of: command) ?? [Scrutin._commandName]
            return CommandText.usageError(
                message,
                usage: Scrutin.usageString(for: command),
                help: names.joined(separator: " ") + " --help"
            )(CommandLanguage.current) + "\n"
        }
    }

    /// The names from `scrutin` down to a subcommand (`scrutin rule annul-sheet`), or nil when
    /// it is not in the tree.
    static func names(
        of command: any ParsableCommand.Type,
        from root: any ParsableCommand.Type = Scrutin.self
    ) -> [String]? {
        if command == root { return [root._commandName] }
        for subcommand in root.configuration.subcommands {
            if let names = names(of: command, from: subcommand) { return [root._commandName] + names }
        }
        return nil
    }
}
