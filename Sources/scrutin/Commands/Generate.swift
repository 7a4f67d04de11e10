import ArgumentParser
import ScrutinCore
import ScrutinFileSystem
import ScrutinSynthetic

/// `scrutin generate DIR`: a deterministic synthetic bundle.
struct Generate: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: HelpText.generateAbstract.text,
        discussion: HelpText.generateDiscussion.text
    )

    @Argument(help: HelpText.generateDirectory.help)
    var directory: String

    @Option(help: HelpText.generateStations.help)
    var stations: Int = 2_000

    @Option(help: HelpText.generateConstituencies.help)
    var constituencies: Int = 55

    @Option(help: HelpText.generateSeed.help)
    var seed: UInt64 = 2020

    @Option(help: HelpText.generateMinLists.help)
    var minLists: Int = 2

    @Option(help: HelpText.generateMaxLists.help)
    var maxLists: Int = 12

    @Option(help: HelpText.generateDefects.help)
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
