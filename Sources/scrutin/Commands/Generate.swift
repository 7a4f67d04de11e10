import ArgumentParser
import ScrutinCore
import ScrutinFileSystem
import ScrutinSynthetic

/// `scrutin generate DIR`: a deterministic synthetic bundle.
struct Generate: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic bundle (labelled synthetic) made from a seed.",
        discussion: """
            The same options give the same bytes. Round 2 is generated for the constituencies that need a runoff. \
            Mali scale: --stations 22147 --constituencies 55. National scale: --stations 1000000 --constituencies 550.
            """
    )

    @Argument(help: "The folder to write (created if needed; existing bundle files are replaced).")
    var directory: String

    @Option(help: "Number of polling stations.")
    var stations: Int = 2_000

    @Option(help: "Number of constituencies.")
    var constituencies: Int = 55

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 2020

    @Option(help: "Fewest lists per constituency.")
    var minLists: Int = 2

    @Option(help: "Most lists per constituency.")
    var maxLists: Int = 12

    @Option(help: "Deliberate problems to put in round 1 (errors and warnings, for demos and benchmarks).")
    var defects: Int = 0

    @OptionGroup var languageOptions: LanguageOptions

    var parameters: SyntheticElection.Parameters {
        .init(
            stations: stations,
            constituencies: constituencies,
            seed: seed,
            lists: minLists...max(minLists, maxLists),
            defects: defects
        )
    }

    func validate() throws {
        if maxLists < minLists { throw ValidationError(.maxListsBelowMin, languageOptions.chosen) }
        if let problem = parameters.problem { throw ValidationError(problem(languageOptions.chosen)) }
    }

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let bundle = SyntheticElection.generate(parameters) { done, total in
            if done % 16 == 0 || done == total {
                console.progress(CommandText.generating(percent: done * 100 / total)(language))
            }
        }
        console.endProgress()
        var bytes = 0
        for (path, contents) in bundle.files.sorted(by: { $0.key < $1.key }) {
            do {
                try FileIO.write(contents, to: directory + "/" + path)
            } catch {
                console.fail(text: "\(error)", language)
                return 1
            }
            bytes += contents.count
        }
        let done = CommandText.wroteSynthetic(
            folder: directory,
            stations: stations,
            constituencies: constituencies,
            seed: seed,
            megabytes: (bytes + 500_000) / 1_000_000
        )
        console.writeError(done(language) + "\n")
        return 0
    }
}
