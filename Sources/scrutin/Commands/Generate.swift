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
        if maxLists < minLists { throw ValidationError("--max-lists must be at least --min-lists") }
        if let problem = parameters.problem { throw ValidationError(problem) }
    }

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let generating = Message(en: "Generating", fr: "Génération")(language)
        let bundle = SyntheticElection.generate(parameters) { done, total in
            if done % 16 == 0 || done == total { console.progress("\(generating) \(done * 100 / total)%") }
        }
        console.endProgress()
        var bytes = 0
        for (path, contents) in bundle.files.sorted(by: { $0.key < $1.key }) {
            do {
                try FileIO.write(contents, to: directory + "/" + path)
            } catch {
                console.writeError("\(error)\n")
                return 1
            }
            bytes += contents.count
        }
        let done = Message(
            en: "Wrote a synthetic bundle to {0}: {1} stations, {2} constituencies, seed {3}, {4} MB.",
            fr: "Dossier synthétique écrit dans {0} : {1} bureaux, {2} circonscriptions, graine {3}, {4} Mo."
        )
        console.writeError(
            done.format(
                language,
                [
                    directory, String(stations), String(constituencies), String(seed),
                    String((bytes + 500_000) / 1_000_000),
                ]
            )
                + "\n"
        )
        return 0
    }
}
