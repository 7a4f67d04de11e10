import ArgumentParser
import ScrutinCore
import ScrutinFileSystem
import ScrutinReports

/// `scrutin check BUNDLE`: every problem with its code, and an exit status that sums them up.
struct Check: ParsableCommand, ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a bundle: every problem with its code, file, line and field.",
        discussion: """
            Exit status: 0 clean; 1 warnings only (every sheet counted); 2 errors (quarantined sheets or candidacy \
            errors); 3 the bundle cannot be read (nothing loaded); 74 standard output cannot be written. `scrutin codes` \
            lists every code.
            """
    )

    @Argument(help: "The bundle folder, or an election file (scrutin init).")
    var bundle: String

    @Option(
        help:
            "Election file only: the problems as they stood at this moment (an event number, a time, head, provisional-1, …)."
    )
    var asOf: String?

    @Option(help: "Output format: table or json.")
    var format: TableOrJSON = .table

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws { try finish(execute(console: .standard)) }

    func execute(console: Console) throws -> Int32 {
        let language = languageOptions.resolved(console)
        let report: CheckReport
        if isElectionFile(bundle) || asOf != nil {
            switch loadElection(bundle, asOf: asOf, console: console, language: language) {
            case .failure(let status): return status.code
            case .success(.counted(let count)): report = CheckReport(bundle: bundle, count: count, language: language)
            case .success(.declared):
                console.write(CommandText.declaredNoSheets(language) + "\n")
                return 0
            }
            switch format {
            case .json: console.write(try json(report))
            case .table: console.write(report.text(language: language))
            }
            return report.status.rawValue
        }
        let directory = DirectoryBundle(path: bundle)
        if let problem = directory.problem {
            console.writeError(problem(language) + "\n")
            return CheckReport.Status.unreadable.rawValue
        }
        console.progress(CommandText.checking(bundle)(language))
        do {
            let count = try ElectionCount.load(from: directory, options: .machine)
            report = CheckReport(bundle: bundle, count: count, language: language)
        } catch {
            report = CheckReport(bundle: bundle, error: error, language: language)
        }
        console.endProgress()
        switch format {
        case .json: console.write(try json(report))
        case .table: console.write(report.text(language: language))
        }
        return report.status.rawValue
    }
}
